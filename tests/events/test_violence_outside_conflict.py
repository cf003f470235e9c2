"""Violence that no one committed in a conflict: told as the matter of a work (a film, a novel, a
documentary) or of a rehearsal (a drill, a simulated assault), or inside a household (a man who shot his
wife): no violent event; the same words told of armed men, of an incident, still are one."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _violent(analyzer, text: str, language: str = "en") -> list[str]:
    doc = make_document(text, dt.date(2026, 11, 16), language=language)
    return [e.sub_event_type for e in analyzer.analyse(doc).events if e.event_type in VIOLENT]


@pytest.mark.parametrize("language,text", [
    ("en", "A film about the war, showing soldiers storming a village, won the top prize at the festival."),
    ("en", "The army held a drill in Kati in which special forces repelled a mock attack on an airport."),
    ("en", "Troops simulated an assault on a hostage camp during joint exercises with foreign partners near Bamako."),
    ("en", "A documentary on the massacre of 40 herders in 2019 was screened in Mopti on Saturday."),
    ("en", "A man shot his wife and two children before turning the gun on himself, police said."),
    ("en", "A soldier shot his wife at the barracks in Kati."),
    ("fr", "Un roman sur l'attaque de Boni a reçu un prix littéraire à Bamako."),
])
def test_violence_outside_any_conflict_is_no_violent_event(analyzer, language, text):
    assert not _violent(analyzer, text, language)


@pytest.mark.parametrize("text", [
    "Soldiers repelled an attack on their base in Boni on Sunday, killing five assailants.",
    "The exercise was cancelled after gunmen attacked the training camp, killing two soldiers.",
    "Jihadists killed a village chief and his two sons in Boni on Sunday.",
    "Gunmen shot a trader and his wife dead on the road to Gao.",
])
def test_the_same_words_about_armed_men_or_an_incident_are_violence(analyzer, text):
    assert _violent(analyzer, text)


@pytest.mark.parametrize("text", [
    "A military helicopter crashed during a training flight near Sevare, killing four soldiers, the army said.",
    "A soldier accidentally shot a colleague at the camp in Kati.",
])
def test_an_accident_is_no_violent_event(analyzer, text):
    assert not _violent(analyzer, text)


@pytest.mark.parametrize("text", [
    "Jihadists shot down a military helicopter near Boni, killing its two pilots.",
    "The army said an airstrike accidentally killed 10 civilians at a wedding near Douentza.",
])
def test_aircraft_shot_down_and_strikes_by_mistake_stay_violent(analyzer, text):
    assert _violent(analyzer, text)
