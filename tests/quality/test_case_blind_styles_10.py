"""CASE-style snippets in South Asian, Philippine and Latin American press styles the earlier sets did not hold.

``tests/data/case_blind_styles_10.tsv``: 55 snippets written here (main 4dce1859) before any run, 43 ACLED events and
12 that are not: bandhs, gheraos, rasta rokos and wheel-jam strikes, effigies burned, hunger strikes and
self-immolation; stone pelting, lathi-charges and water cannons; "encounters" with security forces, cross-border
firing and ceasefire violations; clashes between party workers and at polling booths; crude bombs hurled, twin blasts
that "rock" a town, militants who "storm" a post; riding-in-tandem gunmen, NPA and Abu Sayyaf, favela shootouts,
lynch mobs; and outside ACLED (DIPLO, a disaster or crime: scored only for the violent events they must not yield)
cricket, football and basketball "clashes" and "battles", anniversaries of attacks, court verdicts and bail, election
counts, a book launch by an "encounter specialist", a cyclone, a flyover collapse and a fake-currency racket.
Measured on main when written: end to end 0.4741 (accuracy 0.4419), 9 ACLED snippets with no event, 1 non-ACLED
snippet with a violent event (a basketball "clash").  After this round 0.736 (accuracy 0.74), 2 with no event, none
violent outside ACLED.  Still weak: a communal clash (read as armed), a mob that burns a police station (mob, not a
riot against the state), a vigil for a massacre (read as the massacre), an effigy burned over an exam "paper leak".
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figure reached, less about a snippet's worth (one of 43 moves the weighted F1 by about 0.023)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_10.tsv", snippets=55, acled=43, end_to_end_floor=0.71, no_event_ceiling=3)


def test_games_verdicts_and_anniversaries_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] == 0


def test_lathi_charges_and_water_cannons_are_interventions(styles):
    assert styles["per_label_f1"]["PROTEST_WITH_INTER"] >= 0.9


def test_bandhs_gheraos_and_self_immolation_are_peaceful_protests(styles):
    assert styles["per_label_f1"]["PEACE_PROTEST"] >= 0.85
