"""CASE-style snippets of the classes the older files cover thinly, scored end to end.

``tests/data/case_blind_styles_7.tsv``: 40 snippets written here (main 96a6ee7) before any run, 30 ACLED events and 10
that are not, from South Asia, the Philippines, Latin America, the Middle East, East Africa and Europe: police firing
on a procession, riot police breaking up a sit-in, one-day strikes, traders' shutter-downs, hartals peaceful and
violent, road blockades, lynchings, soldiers beating villagers as residents tell it, bombings claimed later, shelling,
air and drone strikes, kidnappings for ransom, opposition leaders arrested, towns and localities captured, a
ceasefire signed, two rebel armies fighting; and outside ACLED an election, a currency's fall, cricket and football
told in war words, court rulings, a flood, a gas blast and a gangland feud (elections, markets and matches have no
CASE label: they stand under DIPLO, scored only for the violent events they must not yield).
Measured on main when written: end to end 0.7352 beside the classifier alone 0.7908, 3 ACLED snippets with no event,
1 non-ACLED snippet with a violent event (a derby "stormed back to sink" its rival).  After this round 0.9667
(classifier 0.9289), none without an event, no non-ACLED violent event: work stoppages as peaceful protests, a
procession that demands something as a crowd, a harm verb hung on an organised doer's clause or inside what
witnesses said as that doer's attack, places taken in the plural as territory taken, riot police against a crowd
told as peaceful as an intervention, a match's words and scoreline, and a riot kept by a short text's last resort
only with violence told.  Still missed: "the Arakan Army" is read as the state's army (the generic "army" inside a
rebel army's name), so its capture is coded as the government regaining territory.

Gang violence (``events/gang_violence.py``'s convention, case_blind_styles_19's round): two biker-gang members shot
dead in a gangland feud relabelled from ORG_CRIME to ARMED_CLASH: a gang's or a cartel's own killing is an armed
party's deed; its members killed by rivals a clash.
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figures reached, less about a snippet's worth (one of 30 moves the weighted F1 by about 0.033)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_7.tsv", snippets=40, acled=31, end_to_end_floor=0.93, no_event_ceiling=1)
NON_ACLED_VIOLENT_CEILING = 0


def test_elections_markets_matches_and_courts_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] <= NON_ACLED_VIOLENT_CEILING


def test_strikes_and_shutdowns_are_peaceful_protests(styles):
    assert styles["per_label_f1"]["PEACE_PROTEST"] >= 0.8


def test_crowds_met_by_forces_keep_their_protest_labels(styles):
    assert styles["per_label_f1"]["PROTEST_WITH_INTER"] >= 0.8 and styles["per_label_f1"]["FORCE_AGAINST_PROTEST"] >= 0.8
