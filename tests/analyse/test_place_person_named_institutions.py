"""A name that opens an institution named after a person ("Abdou Moumouni University") is the person's, not a
hamlet the gazetteer happens to hold; a town of note opening an institution's name ("Bamako Olympic Stadium",
"Winnipeg Animal Emergency Hospital") is still that town.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.eval.geoparse import place_mentions


def _surfaces(analyzer, text: str) -> set[str]:
    return {m.surface for m in place_mentions(analyzer, text) if m.place_id is not None}


def test_a_person_s_name_opening_an_institution_is_no_place(default_analyzer):
    surfaces = _surfaces(default_analyzer, "Students of Abdou Moumouni University marched through Niamey on Monday.")
    assert "Abdou" not in surfaces
    assert "Niamey" in surfaces


@pytest.mark.parametrize("text,town", [
    ("Fans gathered outside the Bamako Olympic Stadium on Sunday.", "Bamako"),
    ("The calf is being kept warm at Winnipeg Animal Emergency Hospital.", "Winnipeg"),
    ("He earned his medical degree from the University of Iowa Carver College of Medicine.", "Iowa"),
])
def test_a_town_of_note_opening_an_institution_s_name_stays_a_place(default_analyzer, text, town):
    assert town in _surfaces(default_analyzer, text)
