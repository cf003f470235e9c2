"""``tests/data/notes_place_fallbacks.csv``: notes in ACLED's export format, written here, whose place is framed by
the units the note names: Malian and Burkinabe villages the gazetteer lacks with their commune, cercle or province
("Koulogon (Koulogon Habe commune, Bankass cercle, Mopti)", "Tadaryat, Tin-Akoff department, Oudalan province",
"Inadiatafane, in the commune of Gossi"), and towns with homonyms elsewhere told apart by the region or cercle
named with them ("Kenieba (Kayes region)", "Dioura (Tenenkou cercle)", "Farabougou (Niono cercle, Segou region)").

Classes fixed: a village found only under a near spelling far from every unit the note names (a Burkinabe
Koulogo for a village of the Bankass cercle) stays unknown, and the event falls to the named commune or cercle;
of a town's homonyms the one in the region the note names, and there the seat of the cercle named like it
(Kéniéba of the Kenieba cercle, Ké-Macina for "Macina"); a GeoNames row with a slipped sign (Tessit) corrected;
a note headed by its place and province ("Nassoumbou (Soum): on 28 April ...") is placed there, not at the
province seat as if the name were a dateline.  On main 7842aff the place within 25 km held for 30 of the 36
notes; after, 35 (the four last rows were kept aside while tuning; one of them, a village GeoNames files as
another's alternate 140 km off, still misses)."""

from __future__ import annotations

import pytest

from .conftest import scored_notes

pytestmark = pytest.mark.xdist_group("quality")

FLOORS = {"found": 0.97, "place": 0.94, "date": 0.97}


@pytest.fixture(scope="module")
def scored():
    """The file's evaluation report, with the knowledge a new user gets from the CLI."""
    return scored_notes("notes_place_fallbacks.csv")


def test_every_note_is_read(scored):
    assert (scored["rows"], scored["skipped_rows"]) == (36, [])


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_place_fallbacks_hold_their_floor(scored, field):
    assert scored["scores"][field] >= FLOORS[field], (field, scored["scores"][field])


def test_no_place_lands_on_a_far_namesake(scored):
    """A miss may fall short of the village (its commune's seat 30 km off), never on a namesake hundreds of km away."""
    far = [f for f in scored["failures"] for x in f["failures"] if x["field"] == "place"
           and "km)" in str(x["got"]) and float(str(x["got"]).rsplit("(", 1)[1].split()[0]) > 150]
    assert far == [], far
