"""A village named with "area" or "zone" after it and a bracket of units ("in the Mondoro area (Douentza,
Mopti)") is that village, as "near Mondoro (Douentza, Mopti)" is: the pins look the name up without the word, as
they do for "the Hombori commune".  And a people's name written the Fulfulde or French way ("Foulbe herders", «
bergers foulbés ») is no place, though GeoNames gives a village that other name.  Notes written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.place_pins import bare_name


@pytest.mark.parametrize("surface, bare", [
    ("Mondoro area", "Mondoro"), ("Talataye zone", "Talataye"), ("Hombori commune", "Hombori"),
    ("Mondoro", "Mondoro"),
])
def test_the_unit_or_area_word_after_a_name_is_not_its_name(surface, bare):
    assert bare_name(surface) == bare


def _place(default_analyzer, make_doc, text: str, language: str = "en"):
    events = default_analyzer.analyse(make_doc(text, published=dt.date(2025, 3, 10), language=language)).events
    assert events, "no event"
    return events[0].place


@pytest.mark.parametrize("text, village", [
    ("On 10 March 2025, FAMa clashed with JNIM militants in the Mondoro area (Douentza, Mopti). Nine militants "
     "were killed.", "Mondoro"),
    ("On 10 March 2025, IS Sahel militants killed five civilians in the Talataye zone (Ansongo, Gao).", "Talataye"),
])
def test_a_village_area_in_a_bracket_of_units_is_the_village(default_analyzer, make_doc, text, village):
    place = _place(default_analyzer, make_doc, text)
    assert place is not None and place.name == village, place


@pytest.mark.parametrize("text, language", [
    ("On 10 March 2025, Dozo militiamen killed three Foulbe herders near Ouenkoro (Bankass, Mopti).", "en"),
    ("Le 10 mars 2025, des chasseurs dozos ont tué trois bergers foulbés près de Ouenkoro (Bankass, Mopti).", "fr"),
])
def test_a_people_named_the_fulfulde_way_is_no_place(default_analyzer, make_doc, text, language):
    place = _place(default_analyzer, make_doc, text, language)
    assert place is not None and place.name == "Ouankoro", place
