"""A Mali measuring stick for where an event happened, in the place wordings notes written by others use:
``tests/data/notes_mali_place_classes.csv`` holds 41 notes written for it in ACLED's Mali export format,
at least two per class and each with its own place:

- namesakes settled by the units after them: "X (Cercle, Region)", "X (Commune, Cercle)", "X, Region",
  "X in Segou region" (Léré, Dioura, Sokolo, Farabougou, Nampala, Konna, Dourou, Bla, Kita, Diré, Sari, Boni);
- hyphenated cercle names at their seat (Ké-Macina, Gourma-Rharous, Tin-Essako);
- communes GeoNames lacks, from the hand-added Sahel table (Talataye, Tarkint, Tidermène);
- spellings of other transliterations (Diabaly, Hombory, Dogofry, Togere Koumbe, Kalaban Coro);
- relative wordings: "near Bamba (Bourem)", "on the road between Douentza and Hombori, near Boni", "the
  army camp at Sokolo", "30 km south of Gao", "the Ouatagouna area";
- squares and capitals: "Independence Square in Bamako", "the capital of Mali", "the Nigerien capital".

Gold coordinates are GeoNames' rows for the places it has and the cited sources of
``knowledge/data/sahel_added.tsv`` for the others; an offset ("30 km south of Gao") is the point that far.
Measured when written (main 6229bb8 → this change): place 0.659 → 1.000; the other fields unchanged
(actor1 is not this file's concern).  The place floor sits two notes under."""

from __future__ import annotations

import pytest

from sitrep.eval.acled import evaluate_acled

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

NOTES = DATA / "notes_mali_place_classes.csv"
FLOORS = {"found": 0.95, "event_type": 0.95, "place": 0.95, "date": 0.95, "fatalities": 0.92}


@pytest.fixture(scope="module")
def result():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return evaluate_acled(NOTES, analyzer=Analyzer(load_knowledge(None, actor_files=[])))


def test_the_file_is_read_whole(result):
    assert len(result.rows) == 41 and not result.skipped


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_place_class_notes_hold_their_floor(result, field):
    assert result.scores()[field] >= FLOORS[field], (field, result.scores()[field])
