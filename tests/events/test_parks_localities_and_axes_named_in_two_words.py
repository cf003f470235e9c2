"""Places notes name in ways the gazetteer does not file them.  A park by its short name and a park word ("the W
national park", « le parc national du W », "Parc W") is GeoNames' park whose full name begins with it, not the
country named beside it.  A mine or camp site GeoNames lists only as a locality ("the former Inata gold mine")
is that locality when the gazetteer lacks the name under every spelling.  A French axis whose first end is two
words (« l'axe Fada N'Gourma-Pama ») starts at that town, never at a "Fada" of Niger, and a distance told from
the other end places it there.  Notes written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.place_parks import _core, _matches


def _place(default_analyzer, make_doc, text: str, language: str = "en"):
    events = default_analyzer.analyse(make_doc(text, published=dt.date(2026, 6, 20), language=language)).events
    assert events, "no event"
    return events[0].place


@pytest.mark.parametrize("text, language", [
    ("On 18 June 2026, Nigerien soldiers clashed with JNIM fighters in the W national park, near the border with "
     "Benin; two soldiers were killed.", "en"),
    ("Le 18 juin 2026, des soldats nigériens ont affronté des combattants du JNIM dans le parc national du W ; deux "
     "soldats ont été tués.", "fr"),
    ("On 18 June 2026, Nigerien soldiers clashed with JNIM fighters in Parc W; two soldiers were killed.", "en"),
])
def test_a_park_named_by_its_short_name_is_the_park(default_analyzer, make_doc, text, language):
    place = _place(default_analyzer, make_doc, text, language)
    assert place is not None and place.name == "Parc National Du W Du Niger", place
    assert place.geo_precision == 2


def test_a_park_name_written_longer_than_the_gazetteer_s_is_that_park(default_analyzer, make_doc):
    place = _place(default_analyzer, make_doc, "On 18 June 2026, Malian soldiers clashed with JNIM fighters in the "
                   "Boucle du Baoulé National Park; nine militants were killed.")
    assert place is not None and place.name == "Parc National de la Boucle", place
    assert place.surface == "Boucle du Baoulé"


@pytest.mark.parametrize("written, core, fits", [
    ("W", "Parc National Du W Du Niger", True), ("Boucle du Baoulé", "Parc National de la Boucle", True),
    ("Arly", "Parc National de l’Arly", True), ("Pama", "Parc National de l’Arly", False),
])
def test_a_park_fits_by_its_words_without_the_generic_ones(written, core, fits):
    assert _matches(_core(written), _core(core)) is fits


def test_a_lower_case_park_is_no_park_name(default_analyzer, make_doc):
    place = _place(default_analyzer, make_doc, "On 18 June 2026, gunmen shot dead two traders in a car park in "
                   "Niamey.")
    assert place is not None and place.name == "Niamey", place


@pytest.mark.parametrize("text", [
    "On 18 June 2026, JNIM militants killed five artisanal miners at a gold-panning site near the former Inata gold "
    "mine in Soum province.",
    "On 18 June 2026, JNIM militants killed five civilians near Inata (Soum province).",
])
def test_a_site_geonames_lists_only_as_a_locality_is_that_locality(default_analyzer, make_doc, text):
    place = _place(default_analyzer, make_doc, text)
    assert place is not None and place.name == "Inata" and place.feature_code == "LCTY", place


@pytest.mark.parametrize("text, town", [
    ("Le 18 juin 2026, un engin explosif a tué trois soldats sur l'axe Fada N'Gourma-Pama.", "Fada N'gourma"),
    ("Le 18 juin 2026, un véhicule militaire a sauté sur un engin explosif sur l'axe Fada N'Gourma-Pama, à une "
     "trentaine de kilomètres de Pama ; trois soldats ont été tués.", "Pama"),
])
def test_a_french_axis_whose_first_end_is_two_words(default_analyzer, make_doc, text, town):
    place = _place(default_analyzer, make_doc, text, "fr")
    assert place is not None and place.name == town and place.country == "BF", place
