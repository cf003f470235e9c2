"""A second blind Mali measuring stick: ``tests/data/notes_mali_blind_2.csv`` holds 60 notes in ACLED's Mali
export format, written before reading the pipeline's code and without opening the first blind file.  They aim
at styles the first set did not: "According to local sources," / "Reportedly," / "The army claimed" openings;
places as "X village (Y commune, Z cercle)", "on the outskirts of", "in the vicinity of", "X and surrounding
villages", "at X market", "on the X-Y road", "near the border with ..."; dates as "On the night of 4 to 5 May",
"On or around", "Between 3 and 5 June" (ACLED's first day); vague and split tolls with "Fatalities coded as"
sentences; actors under many names (FAMa, the military, Russian instructors, GSIM, Katiba Macina, EIGS, ISGS,
Dogon militia, Dozo hunters, CSP-PSD, GATIA and MSA).  Event kinds in ACLED Mali's proportions (21 violence
against civilians, 18 battles, 9 remote violence, 6 strategic developments, 6 protests and riots); 10 rows
of villages absent from GeoNames coded at their commune seat (precision 2).  Four codings were corrected
against the notes before the baseline was recorded (an IED whose layer the note does not name is an
unidentified group's, twice; a decree is the government's; a town retaken without a fight is a non-violent
transfer).

Scored as ``sitrep eval acled`` scores it, with the CLI's default knowledge (no GeoNames dump).  Measured
when written (main 516114a → this change): found 1.000, event_type 1.000, sub_event_type 0.967, place
0.900 → 0.917 (a border's far side no longer moves the note's country), fatalities 0.900, date 0.950,
actor1 0.950 → 0.983 (unnamed gunmen near a border, "unknown men", "unidentified individuals").  The floors sit
about a note under the figures reached, so that a regression on this style of note fails."""

from __future__ import annotations

import pytest

from sitrep.eval.acled import evaluate_acled

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

NOTES = DATA / "notes_mali_blind_2.csv"
FLOORS = {"found": 0.98, "event_type": 0.98, "sub_event_type": 0.95, "actor1": 0.96, "date": 0.93,
          "fatalities": 0.88, "place": 0.88}


@pytest.fixture(scope="module")
def report():
    """The evaluation's JSON report, with the knowledge a new user gets from the CLI."""
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return evaluate_acled(NOTES, analyzer=Analyzer(load_knowledge(None, actor_files=[]))).to_dict()


def test_every_row_is_read_and_every_actor1_label_is_known(report):
    assert (report["rows"], report["skipped_rows"], report["actor1_unknown_to_base"]) == (60, [], 0)


@pytest.mark.parametrize("field, floor", sorted(FLOORS.items()))
def test_second_blind_mali_notes_hold_their_floor(report, field, floor):
    assert report["scores"][field] >= floor, (field, report["scores"][field])
