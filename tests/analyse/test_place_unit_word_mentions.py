"""A place named with its unit word before a bracket of units, as ACLED's notes sometimes write it.
Written for these tests: "the Hombori commune (Douentza, Mopti)" is the commune seat of Hombori, 140 km from
the cercle's seat, not a place the gazetteer lacks coded at Douentza; "Kouakourou village (Kouakourou
commune, Djenne cercle)" is the village its commune is named after, not another village near it.  Run with
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
