"""A death told without a deed verb in the sentence after an attack (« Six civils ont perdu la vie », "Seven soldiers
lost their lives …, the defence ministry said") is that attack's toll: the dead are its victims, never a new doer, and a
party counting its own dead admits the incident's toll.  Notes written here."""

from __future__ import annotations

import pytest

from tests.analyse.dated_notes import note_event


@pytest.mark.parametrize("text,low", [
    ("On 2 May 2023, JNIM militants attacked an army post at Petelkole (Tera, Tillaberi). Seven soldiers lost their "
     "lives in the assault, the defence ministry said.", 7),
    ("Le 20 septembre 2024, des combattants de l'EIGS ont attaqué un marché près de Banibangou (Banibangou, Tillaberi). "
     "Six civils ont perdu la vie et plusieurs boutiques ont été incendiées.", 6),
])
def test_the_dead_told_after_the_attack_are_its_toll(analyzer, text, low):
    event = note_event(analyzer, text)
    assert event is not None and event.fatalities is not None and event.fatalities.low == low, event

