"""Where events happened, told in the phrasings that hide or mislead the place, with the gazetteer a new user
gets (no GeoNames dump imported).

``tests/data/notes_place_phrasings.csv``: 32 ACLED-style notes written for this test (invented events at real
towns of Mali and Burkina Faso, 9 in French): "in the area of X", "between X and Y", "the X-Y axis", "on the road
to X", an area and no village ("in Soum province", "in the department of X", "in the commune of X", "dans le
cercle de X", "the Est region", "the North region", "the Centre-East region"), the area told in a later sentence ("The attack took place in the Bam
province", « L'attaque a eu lieu dans la province du Yagha »), where the attackers came from, are based or the
sources speak from ("militants who came from the Mondoro forest attacked Boni", « des assaillants venus de X »,
"residents of X said", "a herder from X (X, Province) was shot dead at Y", "women from X marched to Y"), where a
journey began ("a convoy escorting traders from X to Y was ambushed near Z", « parti de X vers Y »), and a village the gazetteer lacks told by its distance and direction from a town
("Kuluwere, 30 km north of Douentza", « à 25 km à l'est de Ténenkou »: gold at the town, precision 2, as ACLED's
codebook codes an activity "near" a town; first written at the point the distance told, which no ACLED coder
computes).  Gold coordinates are the GeoNames rows of the towns (an area's seat)."""

from __future__ import annotations

import pytest

from sitrep.eval.notes import evaluate_notes

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

NOTES = DATA / "notes_place_phrasings.csv"
# measured 32 of 32 when written (main at a9842ea: 18 of 32: origins, bases and journeys' starts taken for the
# place, offsets coded at the town, an area told later not found, "the Est region" read as Estonia, "the North region" not found); the floor
# leaves one note
PLACE_FLOOR = 0.96


@pytest.fixture(scope="module")
def result():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return evaluate_notes(NOTES, analyzer=Analyzer(load_knowledge(None, actor_files=[])))


def test_place_phrasings_without_dumps_hold_their_floor(result):
    assert result.scores()["place"] >= PLACE_FLOOR, [n.checks.get("place") for n in result.notes]


@pytest.mark.parametrize("row", [12, 24, 25, 27, 28, 29, 30])
def test_origin_of_attackers_or_sources_is_not_the_place(result, row):
    note = next(n for n in result.notes if n.row == row)
    ok, expected, got = note.checks["place"]
    assert ok, (expected, got)
