"""Villages of the Sahel found with the gazetteer a new user gets (no GeoNames dump imported).

``tests/data/notes_sahel_villages.csv``: 41 ACLED-style notes written for this test (invented events at
real villages of Mali, Burkina Faso, Niger and Mauritania, 12 in French): a village named bare, in a
bracket with its commune, cercle or province, after "near", "outside", "around", "the hamlet of", « à »,
« près de »; most name no country.  The world base alone (towns of 500+ people) placed 2 of 41 within
25 km; the shipped Sahel table (``knowledge/sahel_places.py``) places them where the GeoNames dumps would.
Gold coordinates are the GeoNames rows of the villages."""

from __future__ import annotations

import pytest

from sitrep.eval.notes import evaluate_notes

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

NOTES = DATA / "notes_sahel_villages.csv"
# measured 41 of 41 when written (the place miss a note had was a homonym two villages share inside one
# region, which the note now qualifies by its cercle); floors leave room for two notes
FLOORS = {"place": 0.95, "date": 0.95}


@pytest.fixture(scope="module")
def default_knowledge():
    """The CLI's default knowledge: the shipped bases, the world gazetteer, no store, no dump."""
    from sitrep.knowledge import load_knowledge

    return load_knowledge(None, actor_files=[])


@pytest.fixture(scope="module")
def scores(default_knowledge):
    from sitrep.analyse import Analyzer

    return evaluate_notes(NOTES, analyzer=Analyzer(default_knowledge)).scores()


def test_default_gazetteer_is_the_world_base_with_the_sahel_table(default_knowledge):
    gaz = default_knowledge.gazetteer
    assert not gaz.imported
    assert {"ML", "BF", "NE", "MR"} <= gaz.detailed


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_sahel_villages_without_dumps_hold_their_floor(scores, field):
    assert scores[field] >= FLOORS[field], (field, scores[field])
