"""CASE-style snippets in registers the older files lack, scored end to end.

``tests/data/case_blind_styles_6.tsv``: 54 snippets written here (main e02503b), 39 ACLED events and 15 that are
not (diplomacy, attributions and court verdicts, organised crime, natural and man-made disasters), worldwide: wire
headlines with their first line, police statements, court reports of past violence (no event), lynchings, riots at
football grounds, student protests met with tear gas, grenades thrown into shops, looting after an earthquake,
labour strikes, hostages freed by talks.  Measured on main when written: end to end 0.8548 beside the classifier
alone 0.8846, no non-ACLED snippet with a violent event; after this round 0.9719 (a crowd's mob justice on a named
suspect, a negotiated release as an agreement, a seized headquarters as a position taken, drones shot down on their
way in as a weapon stopped).  Still missed: riot police who gas a sit-in read as a riot (the model takes "riot
police" for a sign of one, and the held CASE snippets agree more often than not); since read as an intervention when the crowd is told
as peaceful (a sit-in) and does no violence of its own: 1.0 end to end.

Gang violence (``events/gang_violence.py``'s convention, case_blind_styles_19's round): gang members' killing of a bus
driver who would not pay relabelled from ORG_CRIME to ATTACK: a gang's or a cartel's own killing is an armed party's
deed; its members killed by rivals a clash.
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figures reached, less about a snippet's worth (one of 39 moves the weighted F1 by about 0.025)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_6.tsv", snippets=54, acled=40, end_to_end_floor=0.94, no_event_ceiling=1)
NON_ACLED_VIOLENT_CEILING = 1


def test_disasters_crime_and_diplomacy_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] <= NON_ACLED_VIOLENT_CEILING


def test_lynchings_by_crowds_are_mob_violence(styles):
    assert styles["per_label_f1"]["MOB_VIOL"] >= 0.8
