"""CASE-style snippets of the classes the hidden half finds weak, scored end to end.

``tests/data/case_blind_styles_8.tsv``: 32 snippets written here (main 5a18859) before any run, 23 ACLED events and 9
that are not, from South and South-East Asia, Latin America, East and West Africa, Europe and North America:
organisations named "Army", "Front" or "Force" that bear no arms (a church's charity, an army's civil-works corps, an
air force's fly-past) beside rebel armies written partly in lower case ("the Arakan army", "the Kachin independence
army") and a front that shells; floggings, whippings and lashings by militants, soldiers and the Taliban beside a
court's caning; strikes and boycotts; sit-ins cleared with tear gas or live fire; supporters' and youths' riots;
party workers fighting at a polling station and a candidate shot; hostages freed beside a priest abducted; bandits'
raids, a landmine, an ambush, a lynching, a paramilitary's capture; and outside ACLED a factory fire, a cocaine
seizure, an army chief's visit, an earthquake and a court's sentence (no CASE label: DIPLO or ATTRIB, scored only
for the violent events they must not yield).
Measured on main when written: end to end 0.7283 beside the classifier alone 0.7065, 2 ACLED snippets with no event,
1 non-ACLED snippet with a violent event (the fly-past read as an air strike).  After this round 0.9014 (classifier
0.7783), none without an event, no non-ACLED violent event: a release told as the news is a strategic development,
armed men who flog, whip, lash or cane people attack them, a raid "shooting 12 villagers dead" is an attack, a show
of aircraft names no strike, and a movement's army written in lower case is the movement's.  Still missed: an
outpost overrun by the Arakan army is read as territory taken (gold: the battle), a paramilitary's capture after the
army withdrew as a non-violent transfer, and youths setting cars ablaze at night as destruction of property rather
than a riot.
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figures reached, less about a snippet's worth (one of 23 moves the weighted F1 by about 0.043)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_8.tsv", snippets=32, acled=23, end_to_end_floor=0.85, no_event_ceiling=1)
NON_ACLED_VIOLENT_CEILING = 0


def test_charities_corps_and_fly_pasts_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] <= NON_ACLED_VIOLENT_CEILING


def test_floggings_by_armed_men_are_attacks(styles):
    assert styles["per_label_f1"]["ATTACK"] >= 0.9


def test_releases_are_told_apart_from_abductions(styles):
    assert styles["per_label_f1"]["OTHER"] >= 0.8 and styles["per_label_f1"]["ABDUCT_DISSAP"] >= 0.8
