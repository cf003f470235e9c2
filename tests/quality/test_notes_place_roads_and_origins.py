"""``tests/data/notes_place_roads_and_origins.csv``: 32 notes in ACLED's export format (Mali, Burkina Faso,
Niger; English and French), written here for the place classes that are not the deed's own wording:

- a road named by its ends ("the Torodi-Makalondi road", « l'axe Boni-Hombori ») with the spot on it told by
  a distance from a town ("about 15 km from Makalondi", « à une dizaine de kilomètres de Hombori »): ACLED
  codes the town measured from, at precision 2, not the road's first end;
- "between X and Y" without a nearer spot: the first end, at precision 2 (ACLED's Burkina notes code the
  first end throughout), also when the model reads the first end's whole name as a person's
  ("between Fada N'Gourma and Pama");
- someone's origin, a unit's base, where the wounded were taken or a statement was made ("traders from
  Tillaberi near Ayorou", "troops from the Boni camp … in Hombori", "the bodies were taken to Ouahigouya",
  "a communique read in Niamey"): the deed's place wins.

On main 7842aff place (within 25 km) was 0.844 (27 of 32: the road's first end three times, the stretch's second
end, the victims' origin); after: 1.0."""

from __future__ import annotations

import pytest

from .conftest import scored_notes

pytestmark = pytest.mark.xdist_group("quality")

FLOORS = {"found": 0.96, "place": 0.93}


@pytest.fixture(scope="module")
def scored():
    """The file's evaluation report, with the knowledge a new user gets from the CLI."""
    return scored_notes("notes_place_roads_and_origins.csv")


def test_every_note_is_read(scored):
    assert (scored["rows"], scored["skipped_rows"]) == (32, [])


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_place_classes_hold_their_floor(scored, field):
    assert scored["scores"][field] >= FLOORS[field], (field, scored["scores"][field])
