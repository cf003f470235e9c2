"""The forty-ninth Mali blind notes set (``notes_mali_blind_49.csv``, 35 notes in ACLED's export format, written with
their gold before any run, coordinates from the GeoNames dump of Mali): Mali 2025-2026 in shapes the earlier sets
leave out: events placed between two towns ("on the road between Kolokani and Didieni", gold at the first named,
precision 2), villages told only by their commune and cercle ("a village of Madougou commune (Koro, Mopti)", "Sobane
Da, a Dogon village in Sangha commune"), brackets that end on the regions of Mali's 2023 reform ("(Nara, Nara)",
"(Kita, Kita)", "Garalo (Bougouni, Bougouni)"), ACLED's ``[women targeted: ...]`` tags, tolls split between sides or
told by two sources ("The army reported 2 soldiers killed and 15 assailants neutralised, while JNIM claimed to have
killed 11 soldiers": 17; "A security source reported 6 soldiers killed, while local sources spoke of about 10 dead": 6;
"FAMa announced 5 terrorists neutralised; JNIM for its part claimed 12 soldiers": 17), a range from "different
sources" (the lower), executions told by a participle, FLA against FAMa at Anefis and Tessalit, ISSP in Ansongo and
Menaka, Africa Corps with FAMa (looting, arrests, executions), a JNIM local agreement, a blockade announced (coded
Change to group/activity as the project's sets code blockades; the codebook gives no rule), a town left by its
garrison (Non-violent transfer of territory), dates "On or around ... (as reported)" and "Overnight 21-22 January".

Before (main f9f89fd): found 1.000, event_type 0.971, sub_event_type 0.971, place 0.971, fatalities 0.943, date 1.000,
actor1 0.971: "executing at least 9 civilians accused of collaborating with JNIM" read as an arrest, the two versions
of the soldiers' dead summed with the assailants' (28 for 17) and "15 assailants neutralised, while JNIM ..." taken
for the attackers' name (JNIM as actor1 of a fight FAMa opened), "6 soldiers ... while local sources spoke of about 10
dead" read as 10, and "Balle (Nara, Nara)" placed at Nara, Japan.  After (``contested_toll``: a side-less total and
one side told again against a sum; the "executing" cue and « exécutant » toll; ``attributed_doer``: the attackers
named only in apposition, after a hedge or when identified): every field 1.000 but place, 0.971.  Still missed:
"Balle (Nara, Nara)" (row 29), placed at Nara city in Nara prefecture, Japan: GeoNames has Mali's regions of the 2023
reform only as towns and cercles (adding them as first-level units sharing the old regions' admin1 codes moved
"Menaka (Menaka)" to Gao and "(Bandiagara, Mopti)" communes to Bandiagara on older sets, so it was reverted).  Three golds were corrected after the first run, each for an objective reason, not to match the output: a town
abandoned without a fight is ACLED's Non-violent transfer of territory (not Non-state actor overtakes territory, a
Battles sub-type), Ogossagou is in the GeoNames dump (Ogossogou, 2452421), and the blockade's sub-type follows the
project's sets."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_49.csv"
FLOORS = {"found": 0.99, "event_type": 0.97, "sub_event_type": 0.97, "place": 0.97, "fatalities": 0.97, "date": 0.99,
          "actor1": 0.97}


scored, test_every_row_is_read, test_notes_mali_blind_49_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=35, every_actor_known=True)


def _failing(scored) -> dict[int, set[str]]:
    return {f["row"]: {x["field"] for x in f["failures"]} for f in scored.get("failures", [])}


def test_split_and_rival_tolls_are_coded_as_acled_codes_them(scored):
    """Row 4 (a sum of two sides with one side told again by the other teller: 17), row 21 (one side's figure against
    a larger total of no side: 6), row 28 (two sides' claims summed: 17), row 27 (a range from different sources: the
    lower, 3)."""
    failing = _failing(scored)
    for row in (4, 21, 27, 28):
        assert "fatalities" not in failing.get(row, set()), (row, failing.get(row))


def test_an_execution_told_by_a_participle_is_an_attack(scored):
    """Row 7 ("executing at least 9 civilians accused of collaborating with JNIM") is an attack with its toll."""
    failing = _failing(scored)
    assert not failing.get(7), failing.get(7)
