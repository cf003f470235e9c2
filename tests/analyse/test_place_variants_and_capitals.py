"""Places notes by others name in ways the gazetteer's keys alone missed: a village under another
transliteration ("Diabaly" is GeoNames' Diabali), a commune GeoNames lacks (the hand-added Sahel table),
a namesake pinned by "in Y region", a square named after something else ("Independence Square"), and a
capital named by its role ("the capital of Mali", "the Nigerien capital", « la capitale burkinabè »)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.place_variants import variant_spelling
from sitrep.geo import haversine_km
from sitrep.knowledge.sahel_places import ADDED, read_rows
from sitrep.model import Published

from .seeds import make_document


@pytest.fixture(scope="module")
def analyzer():
    from sitrep.eval.gold import default_analyzer

    return default_analyzer()


def _places(analyzer, text: str, language: str = "en"):
    doc = make_document(f"pv{abs(hash(text)) % 10**8}", text, Published(date=dt.date(2024, 5, 1)), language=language)
    return analyzer.analyse(doc)


@pytest.mark.parametrize("written, geonames_name", [
    ("Hombory", "Hombori"), ("Togere Koumbe", "Toguéré-Koumbé"),
])
def test_a_variant_spelling_finds_the_village_of_the_documents_country(analyzer, written, geonames_name):
    gaz = analyzer.knowledge.gazetteer
    assert not gaz.lookup(written)  # the gazetteer's own key misses it
    found = variant_spelling(gaz, written, {"ML"})
    assert [c.name for c in found] == [geonames_name]


@pytest.mark.parametrize("written, geonames_name", [("Diabaly", "Diabali"), ("Dogofry", "Dogofri")])
def test_a_press_spelling_added_to_its_geonames_row_is_found_by_key(analyzer, written, geonames_name):
    # the hand-added table carries these spellings on the GeoNames row itself: the key finds them, no variant needed
    assert [c.name for c in analyzer.knowledge.gazetteer.lookup(written) if c.country == "ML"] == [geonames_name]


def test_a_variant_spelling_needs_the_same_letters_a_long_key_and_the_documents_countries(analyzer):
    gaz = analyzer.knowledge.gazetteer
    assert variant_spelling(gaz, "Diabalyko", {"ML"}) == []  # letters more: another name
    assert variant_spelling(gaz, "Bly", {"ML"}) == []  # too short to stand for one village
    assert variant_spelling(gaz, "Diabaly", {"US"}) == []  # not a country known down to its villages


def test_a_variant_spelling_places_the_event_at_the_village(analyzer):
    analysis = _places(analyzer, "On 28 May 2024, unidentified gunmen killed a herder on the outskirts of "
                                 "Diabaly town in the Segou region.")
    assert any(p.name == "Diabali" for p in analysis.places)
    assert analysis.events and analysis.events[0].place.name == "Diabali"


def test_in_y_region_without_article_pins_the_namesake(analyzer):
    analysis = _places(analyzer, "On 21 June 2024, JNIM militants attacked the army camp at Sokolo in Segou region. "
                                 "Four soldiers were killed.")
    sokolo = next(p for p in analysis.places if p.surface == "Sokolo")
    assert sokolo.admin1 and sokolo.admin1.startswith("S") and abs(sokolo.latitude - 14.73) < 0.05


def test_added_sahel_rows_are_sourced_high_ids_and_found_by_name(analyzer):
    shipped = {row[0] for row, _, _ in read_rows(added=None)}
    added = [row for row, _, _ in read_rows(path=ADDED.with_name("sahel_places.tsv.gz"), added=ADDED)][len(shipped):]
    assert ADDED.read_text(encoding="utf-8").startswith("#") and "Wikipedia" in ADDED.read_text(encoding="utf-8")
    # a place the dumps lack takes an id from 8,000,000,000 up, one each; a row with a GeoNames id is that row
    # (spellings added to a shipped place, or a place of the world base the table left out)
    new_places = [row[0] for row in added if row[0] >= 8_000_000_000]
    assert len(new_places) >= 7 and len(set(new_places)) == len(new_places)
    assert all(row[0] in shipped for row in added if row[1] in ("Diabali", "Dogofri", "Ogossogou"))
    talataye = [c for c in analyzer.knowledge.gazetteer.lookup("Talataye") if c.country == "ML"]
    assert len(talataye) == 1 and talataye[0].geonameid >= 8_000_000_000
    assert haversine_km(talataye[0].latitude, talataye[0].longitude, 16.533, 1.530) < 1.0


def test_a_square_named_after_something_is_no_town(analyzer):
    analysis = _places(analyzer, "On 7 July 2024, several hundred people gathered at Independence Square in Bamako "
                                 "to support the transitional authorities.")
    assert not any(p.place_id and p.country == "US" for p in analysis.places)
    assert analysis.events and analysis.events[0].place.name == "Bamako"


@pytest.mark.parametrize("text, language, capital", [
    ("On 15 July 2024, teachers demonstrated in the capital of Mali to demand salary arrears.", "en", "Bamako"),
    ("On 19 July 2024, students staged a sit-in in the Nigerien capital against the closure of a university.",
     "en", "Niamey"),
    ("On 3 March 2024, traders protested in Burkina Faso's capital against new taxes.", "en", "Ouagadougou"),
    ("Le 3 mars 2024, des commerçants ont manifesté dans la capitale burkinabè contre les taxes.", "fr", "Ouagadougou"),
])
def test_a_capital_named_by_its_role_is_the_capital_city(analyzer, text, language, capital):
    analysis = _places(analyzer, text, language)
    assert any(p.name == capital and p.feature_code == "PPLC" for p in analysis.places)


def test_the_capital_without_a_country_is_left_alone(analyzer):
    analysis = _places(analyzer, "On 15 July 2024, teachers demonstrated in the capital to demand salary arrears.")
    assert not any(p.surface.lower().startswith("capital") for p in analysis.places)


def test_a_name_in_part_of_a_country_is_that_countrys_and_stays_so_when_named_again(analyzer):
    # Léré has namesakes in Burkina Faso; "in central Mali" pins the first mention, and the second,
    # unpinned ("a strike near Lere"), is the same place
    analysis = _places(analyzer, "A drone strike killed dozens of civilians at a livestock market in the town of Lere "
                                 "in central Mali on Sunday, officials in Russia and Ukraine said.\n"
                                 "The army said it had neutralised fifteen terrorists in a strike near Lere.")
    leres = [p for p in analysis.places if p.surface == "Lere"]
    assert len(leres) == 2 and all(p.country == "ML" for p in leres)



@pytest.mark.parametrize("between", ["dans le centre du Mali", "au nord du Mali"])
def test_a_french_name_in_part_of_a_country_is_not_a_namesake_abroad(analyzer, between):
    # « Boulkessi, dans le centre du Mali »: the French telling pins the name to the country like the English one,
    # so Burkina Faso's Boulikéssi (a loose namesake) is not taken, whatever a capital named later suggests
    analysis = _places(analyzer, f"Une frappe a visé Boulkessi, {between}, selon Ouagadougou.", language="fr")
    named = [p for p in analysis.places if p.surface == "Boulkessi"]
    assert named and all(p.country != "BF" for p in named)


def test_a_bracket_of_units_named_like_the_town_leaves_the_town_the_town(analyzer):
    analysis = _places(analyzer, "On 6 January 2024, the Malian army took over the former camp in Tessalit "
                                 "(Tessalit, Tessalit) after the withdrawal of the UN mission.")
    assert analysis.events and analysis.events[0].place.feature_code == "PPLA2"


def test_a_vowel_is_never_folded_into_another_country_wide(analyzer):
    gaz = analyzer.knowledge.gazetteer
    # "o" and "ou" are two sounds: a near spelling is searched only around a place the note pins it to
    assert all(c.name != "Diabali" for c in variant_spelling(gaz, "Diaboli", {"ML"}))
