"""CASE-style snippets in South Asian and Latin American press styles (India, Pakistan, Bangladesh, Colombia, Mexico,
Brazil) the earlier sets did not hold.

``tests/data/case_blind_styles_11.tsv``: 47 snippets written here (main dc3884b6) before any run, 37 ACLED events and
10 that are not: polling stations stormed by gunmen (an attack on a civilian site and its election staff, active and
passive voice), social leaders and journalists killed, a temple ransacked by a mob, lynchings; ISPR's "sent to hell",
favela and cartel shootouts, FARC dissidents and the ELN fighting "for control" of coca routes, drones dropping
explosives, motorcycle bombs; self-immolation, fasts-unto-death and hunger strikes, sit-ins, land occupations, labour
and truckers' strikes, OPD boycotts; rioting workers, lawyers and normalistas destroying property; tear gas, police
firing on a blockade; arrests in overnight and dawn raids; and outside ACLED (scored only for the violent events they
must not yield) dengue and cholera, a tanker fire, a firecracker-factory blast, a bus in a gorge, football and cricket
headlines that "storm", "fire" and "blow away", markets "crashing" in a "massacre", a cocaine seizure.
Measured on main when written: end to end 0.782 (accuracy 0.757), 4 ACLED snippets with no event, none violent outside
ACLED; the polling stations and a social leader read as battles.  After this round 0.895 (accuracy 0.865), 3 with no
event.  Still weak: shootouts of police or cartels with drug traffickers (read as crime, no event), miners who open fire
on a village (read as a mob), lawyers ransacking a hospital and students burning buses outside a congress (a mob, not
a demonstration).
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figure reached, less about a snippet's worth (one of 37 moves the weighted F1 by about 0.027)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_11.tsv", snippets=47, acled=37, end_to_end_floor=0.865, no_event_ceiling=4)


def test_diseases_accidents_games_and_markets_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] == 0


def test_gunmen_storming_polling_stations_attack_civilians(styles):
    assert styles["per_label_f1"]["ATTACK"] >= 0.85


def test_self_immolation_fasts_sit_ins_and_strikes_are_peaceful_protests(styles):
    assert styles["per_label_f1"]["PEACE_PROTEST"] >= 0.9


def test_raids_that_round_people_up_are_arrests(styles):
    assert styles["per_label_f1"]["ARREST"] >= 0.9
