"""Place wordings of others' notes that used to send an event to a namesake far away, by class:
``tests/data/notes_mali_place_classes_2.csv`` holds notes written for it in ACLED's Mali export format,
two per class, each with its own place and wording:

- a neighbourhood or quarter named before its word and its town ("the Hamdallaye neighbourhood of Gao
  town", "the Sikoro quarter in Mopti"): the town, not a village of the neighbourhood's name elsewhere;
- a number word opening a sentence ("Four soldiers and an unknown number of assailants...", "Three truck
  drivers were abducted..."): a count, never a place, so the note's own place stands.

Gold coordinates are GeoNames' rows.  Measured when written (main fac7b7d → this change): place 0.50 → 1.00;
the other fields unchanged.  The place floor sits one note under."""

from __future__ import annotations

import pytest

from sitrep.eval.acled import evaluate_acled

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

NOTES = DATA / "notes_mali_place_classes_2.csv"
FLOORS = {"found": 0.95, "event_type": 0.95, "place": 0.74, "date": 0.95, "fatalities": 0.95}


@pytest.fixture(scope="module")
def result():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return evaluate_acled(NOTES, analyzer=Analyzer(load_knowledge(None, actor_files=[])))


def test_the_file_is_read_whole(result):
    assert len(result.rows) == 4 and not result.skipped


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_place_class_notes_hold_their_floor(result, field):
    assert result.scores()[field] >= FLOORS[field], (field, result.scores()[field])
