"""Where Malian events happened, with the gazetteer a new user gets (no GeoNames dump imported).

``tests/data/notes_mali_placement.csv``: 26 ACLED-style notes written for this test (invented events at real
villages of the Mopti, Ségou, Timbuktu and Gao regions, 8 in French), in the phrasings that decide a place:
homonyms told apart by "X (Commune, Cercle)", "X, N km northeast of Y", "X, dans le cercle de Y" or the
region (two Tangos, two Goumbos, two Lérés, Sokoura, Douna, Farabougou); and destinations and journeys
the event did not happen at: "fled to X", "were displaced to X", "evacuated to X", "families who fled to
X reported", "who sought refuge in X said", « ont fui vers X », "on the road between X and Y", « de X à
Y », "travelling from X to Y", "5 km before X".  Gold coordinates are the GeoNames rows of the villages."""

from __future__ import annotations

import pytest

from sitrep.eval.notes import evaluate_notes

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

NOTES = DATA / "notes_mali_placement.csv"
# measured 21 of 26 when written (main at 74de0b0: 18, destinations taken for the place and a "5 km before X"
# read as a date); the five misses are notes no event is found in ("robbed traders"), not places.  The floor
# leaves room for two notes
PLACE_FLOOR = 0.73


@pytest.fixture(scope="module")
def scores():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return evaluate_notes(NOTES, analyzer=Analyzer(load_knowledge(None, actor_files=[]))).scores()


def test_malian_places_without_dumps_hold_their_floor(scores):
    assert scores["place"] >= PLACE_FLOOR, scores["place"]
