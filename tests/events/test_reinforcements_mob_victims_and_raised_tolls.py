"""Three French wire constructions: troops sent somewhere (« des renforts ont été dépêchés à X », "reinforcements were
sent to X") then a fight told in the next sentence (« Ils ont affronté … ») — the fight is an event of its own at X,
its dead never folded into the deployment; the person a crowd lynched or beat to death is a civilian (ACLED's mob
violence: Rioters against Civilians of the country); a toll raised to a new total in a later sentence (« Un blessé a
succombé lundi, ce qui porte le bilan à huit morts ») replaces the lead's figure instead of adding to it.  Sentences
written for this test, at real towns."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document

REPORT = dt.date(2027, 1, 14)


def _events(default_analyzer, text, language="fr"):
    return default_analyzer.analyse(make_document(text, REPORT, language=language)).events


@pytest.mark.parametrize("text, language, town, dead", [
    ("Des renforts ont été dépêchés mardi à Léré. Ils ont affronté des combattants du JNIM dans l'après-midi, "
     "faisant une dizaine de morts.", "fr", "Léré", 10),
    ("Mardi, les FAMa ont envoyé des renforts à Sokolo. Des affrontements avec des éléments du JNIM ont fait cinq morts.",
     "fr", "Sokolo", 5),
    ("Reinforcements were sent to Léré on Tuesday. They clashed with JNIM militants, and five were killed.", "en",
     "Léré", 5),
])
def test_a_fight_after_troops_were_sent_is_its_own_clash_at_their_destination(default_analyzer, text, language, town, dead):
    clashes = [e for e in _events(default_analyzer, text, language) if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1, [(e.sub_event_type, e.fatalities) for e in _events(default_analyzer, text, language)]
    assert clashes[0].place is not None and clashes[0].place.name == town
    assert clashes[0].fatalities is not None and clashes[0].fatalities.low == dead
    assert all(e.fatalities is None for e in _events(default_analyzer, text, language) if e.event_type == "Strategic developments")


@pytest.mark.parametrize("text, language", [
    ("Un boutiquier soupçonné de recel a été lynché mardi au marché de Sikasso.", "fr"),
    ("Mardi, à Sikasso, une foule en colère a battu à mort un jeune homme accusé de vol de moto.", "fr"),
    ("On Tuesday, a mob beat to death a man accused of stealing a goat at the market in Sikasso.", "en"),
])
def test_the_person_a_crowd_killed_is_a_civilian(default_analyzer, text, language):
    mob = [e for e in _events(default_analyzer, text, language) if e.sub_event_type == "Mob violence"]
    assert len(mob) == 1
    assert mob[0].side1 == ["rioters-mali"] and mob[0].side2 == ["civilians-mali"]
    assert mob[0].fatalities is not None and mob[0].fatalities.low == 1


def test_a_toll_raised_to_a_new_total_replaces_the_leads_figure(default_analyzer):
    text = ("Lundi, sept corps ont été découverts à Tominian après l'incursion d'hommes armés. Un blessé a succombé "
            "mardi au centre de santé, ce qui porte le bilan à huit morts, selon des élus locaux.")
    attacks = [e for e in _events(default_analyzer, text) if e.sub_event_type == "Attack"]
    assert len(attacks) == 1 and attacks[0].fatalities is not None
    assert (attacks[0].fatalities.low, attacks[0].fatalities.high) == (8, 8)
