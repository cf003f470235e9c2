"""A reprisal the next day at a nearby village is told by recalling the first attack ("a day after
the attack on X, gunmen struck Y", « au lendemain du drame de X, … le village de Y »): the place in
the recalling phrase is the earlier incident's, so the reprisal is placed at Y and fusion keeps the
two attacks apart (``sitrep.analyse.events.recalled``)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.recalled import in_recalled_incident

from .conftest import make_document

TUESDAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize("text, language", [
    ("A day after the attack on Solanga, gunmen struck the village of Yalogo on Monday, killing five people, "
     "residents said.", "en"),
    ("Au lendemain du drame de Solanga, des hommes armés ont attaqué le village de Yalogo, lundi, tuant cinq "
     "personnes, selon des sources concordantes.", "fr"),
])
def test_the_reprisal_is_placed_at_its_own_village(analyzer, text, language):
    doc = make_document(text, TUESDAY, language=language)
    violent = [e for e in analyzer.analyse(doc).events if e.event_type == "Violence against civilians"]
    assert violent and {e.place.name for e in violent if e.place} == {"Yalogo"}


@pytest.mark.parametrize("text, name, recalled", [
    ("after the Solanga massacre, troops deployed to Kaya", "Solanga", True),
    ("les terroristes auteurs de l'attaque de Solanga ont été poursuivis", "Solanga", True),
    ("In retaliation for the raid on Dioura, the army struck Sofara", "Dioura", True),
    # the incident the sentence itself tells
    ("Gunmen killed 12 people in an attack on the village of Solanga", "Solanga", False),
    ("The attack on Solanga killed 27 people", "Solanga", False),
    ("Le bilan de l'attaque perpétrée dimanche dans la commune de Barsalogho s'est alourdi", "Barsalogho", False),
])
def test_a_place_is_recalled_only_after_a_word_that_makes_its_incident_another(text, name, recalled):
    i = text.index(name)
    assert in_recalled_incident(text, i, i + len(name)) is recalled
