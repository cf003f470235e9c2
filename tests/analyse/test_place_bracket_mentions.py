"""Places before a bracket of units, as ACLED's notes write them.  A place named with its unit word:
Written for these tests: "the Hombori commune (Douentza, Mopti)" is the commune seat of Hombori, 140 km from
the cercle's seat, not a place the gazetteer lacks coded at Douentza; "Kouakourou village (Kouakourou
commune, Djenne cercle)" is the village its commune is named after, not another village near it.  A bracket's
commune the gazetteer lacks in the cercle's country is no namesake abroad: "(Kareri, Tenenkou)" names no Kareri
of Niger, "(Haire, Douentza)" no Haïré of Mauritania.  Run with
the CLI's default knowledge (the shipped Sahel places)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.place_pins import bare_name
from sitrep.eval.notes import Note, note_document, primary_event
from sitrep.geo import haversine_km

HOMBORI = (15.27898, -1.70037)
KOUAKOUROU = (14.2223, -4.49593)


@pytest.mark.parametrize("surface,bare", [
    ("Hombori commune", "Hombori"), ("Djenne cercle", "Djenne"), ("Mopti Region", "Mopti"), ("Hombori", "Hombori"),
    ("Commune Kouakourou", "Commune Kouakourou"),
])
def test_the_unit_word_after_a_name_is_left_out_of_its_spelling(surface, bare):
    assert bare_name(surface) == bare


@pytest.mark.parametrize("text,where", [
    ("On 2 June 2026, gunmen abducted a trader in the Hombori commune (Douentza, Mopti).", HOMBORI),
    ("On 2 June 2026, gunmen stole cattle in the Hombori commune (Douentza cercle, Mopti region).", HOMBORI),
    ("On 2 June 2026, militants shot a fisherman in Kouakourou village (Kouakourou commune, Djenne cercle).", KOUAKOUROU),
])
def test_a_place_named_with_its_unit_word_is_that_place(default_analyzer, text, where):
    note = Note(row=1, notes=text, event_date=dt.date(2026, 6, 2), event_type="", sub_event_type="")
    event = primary_event(default_analyzer.analyse(note_document(note, "test")))
    assert event is not None and event.place is not None, text
    assert haversine_km(*where, event.place.latitude, event.place.longitude) < 5, event.place.name


@pytest.mark.parametrize("text,commune", [
    ("On 2 June 2026, militants abducted a trader in Nouh Bozo (Kareri, Tenenkou).", "Kareri"),
    ("On 2 June 2026, militants killed two herders in Kikiri (Haire, Douentza).", "Haire"),
    ("On 2 June 2026, militants killed two herders in Petaka (Haire, Douentza).", "Haire"),
])
def test_a_bracket_s_commune_is_never_a_namesake_abroad(default_analyzer, text, commune):
    note = Note(row=1, notes=text, event_date=dt.date(2026, 6, 2), event_type="", sub_event_type="")
    result = default_analyzer.analyse(note_document(note, "test"))
    assert all(p.country in (None, "ML") for p in result.places), [(p.surface, p.country) for p in result.places]
    event = primary_event(result)
    assert event is not None and event.place is not None and event.place.country == "ML", text


def test_timbuktu_names_its_region_too(default_analyzer):
    gaz = default_analyzer.knowledge.gazetteer
    assert any(c.feature_code == "ADM1" and c.country == "ML" for c in gaz.lookup("Timbuktu"))


def test_a_bracket_ending_in_timbuktu_bounds_its_villages_by_that_region(default_analyzer):
    """Niaki is a village of the Mopti region only: before "(Bambara Maoude, Timbuktu)" it is a place of that
    commune the gazetteer lacks, coded at the commune, not the Mopti village 150 km south."""
    note = Note(row=1, notes="On 2 June 2026, militants killed a herder in Niaki (Bambara Maoude, Timbuktu).",
                event_date=dt.date(2026, 6, 2), event_type="", sub_event_type="")
    event = primary_event(default_analyzer.analyse(note_document(note, "test")))
    assert event is not None and event.place is not None
    assert haversine_km(15.85207, -2.78604, event.place.latitude, event.place.longitude) < 5, event.place.name
