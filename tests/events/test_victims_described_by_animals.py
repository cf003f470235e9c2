"""A killing's object is animals only by its head noun: "a livestock dealer" and "three cattle herders" are people
killed (violence against civilians), while "40 head of cattle" stays no attack on people.  Notes written for
these tests; places from the shipped gazetteer (``default_analyzer``)."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document


def _types(analyzer, text: str) -> set[tuple[str, str]]:
    return {(e.event_type, e.sub_event_type) for e in analyzer.analyse(make_document(text, dt.date(2023, 2, 5))).events}


@pytest.mark.parametrize("text", [
    "On 3 February 2023, unidentified gunmen killed a livestock dealer on the road north of Nioro (Nioro, Kayes).",
    "On 3 February 2023, unidentified gunmen killed three cattle herders near Nioro (Nioro, Kayes).",
])
def test_people_described_by_their_animals_are_civilians(default_analyzer, text):
    assert ("Violence against civilians", "Attack") in _types(default_analyzer, text)


def test_animals_killed_are_no_attack_on_people(default_analyzer):
    text = "On 3 February 2023, unidentified gunmen killed 40 head of cattle near Nioro (Nioro, Kayes)."
    assert ("Violence against civilians", "Attack") not in _types(default_analyzer, text)
