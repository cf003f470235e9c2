"""Doers a Sahel note names in its own words become the event's side 1: robbers and bandits (the country's
unidentified armed group), state services (its police), and the army beside foreign contractors described by
their nationality, whose home country does not make the note a story about it."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.eval.notes import Note, note_document


def _events(analyzer, text: str):
    note = Note(row=1, notes=text, event_date=dt.date(2024, 8, 29), event_type="", sub_event_type="")
    return analyzer.analyse(note_document(note, "own")).events


def test_soldiers_beside_russian_paramilitaries_are_the_malian_army(default_analyzer):
    events = _events(default_analyzer, "On 29 August 2024, soldiers escorted by Russian paramilitaries shot dead "
                                       "three herders near Dioura (Tenenkou, Mopti).")
    assert events and events[0].side1[:1] == ["malian-armed-forces"]
    assert "wagner-group" in events[0].side1 + events[0].assoc1


@pytest.mark.parametrize("text, doer", [
    ("On 29 August 2024, bandits on motorbikes killed a shopkeeper near Kolokani (Kolokani, Koulikoro).",
     "unidentified-armed-group-mali"),
    ("On 29 August 2024, water and forest agents exchanged fire with presumed JNIM militants near Kadiolo (Kadiolo, Sikasso).",
     "malian-police"),
])
def test_doers_named_in_plain_words(default_analyzer, text, doer):
    events = _events(default_analyzer, text)
    assert events and events[0].side1[:1] == [doer]
