"""A short text whose first sentence is not an incident (a claim or a denial, talks or a visit, a police raid on
a gang) tells in its later sentences the matter of that lead: no violent event comes from them.  A lead that is an
incident, a coder's dated note and a long article are read as before.  Snippets written for this test."""

from __future__ import annotations

import pytest

from tests.events.conftest import make_document

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _violent(analyzer, text: str) -> list[str]:
    events = analyzer.analyse(make_document(text)).events
    return [e.event_type for e in events if e.event_type in VIOLENT]


@pytest.mark.parametrize("text", [
    # a claim, a blame, a denial
    "A faction of the Islamic State claimed responsibility for the bombing of a wedding hall in Jalalabad. "
    "The bomb tore through the crowd of guests, killing 31 people.",
    "The interior ministry blamed separatist rebels for the raid on a fuel convoy near Turbat in March. "
    "The attackers had set six tankers on fire and shot dead two drivers.",
    "The armed group denied any role in the killing of three engineers on a dam site. Gunmen had ambushed "
    "their car on the road to the site.",
    # talks, a visit
    "Defence ministers of the two countries met in Muscat to discuss security on their shared border. "
    "Artillery fire across the frontier killed four herders last week.",
    "The Turkish foreign minister flew to Baghdad for talks on water and trade. Turkish jets have bombed "
    "suspected rebel camps in the mountains of the north for years.",
    # a police raid on a gang
    "Police officers raided a hideout of a kidnapping gang in Puebla at dawn. A gang member was killed "
    "in the exchange of fire and two hostages were freed.",
])
def test_what_follows_a_lead_that_is_no_incident_is_no_violent_event(default_analyzer, text):
    assert _violent(default_analyzer, text) == [], text


@pytest.mark.parametrize("text", [
    # the lead is the incident; its toll follows
    "Insurgents ambushed an army convoy near Baga on Monday. Seven soldiers died and the attackers took two trucks.",
    # a lead of saying that reports the incident
    "Police said armed men attacked a market in Kauru and killed nine traders. The assailants fled on motorbikes.",
    # a coder's note, dated: its claim reports the deed
    "On 2 June 2024, JNIM claimed responsibility for an attack on an army post in Sofara (Djenne, Mopti). "
    "The attack killed four soldiers.",
])
def test_a_lead_that_is_the_incident_keeps_its_event(default_analyzer, text):
    assert _violent(default_analyzer, text), text


def test_a_long_article_keeps_the_news_after_a_claim(default_analyzer):
    text = ("The Islamic State claimed responsibility on Tuesday for an attack on a church in the north. "
            "Officials gave no toll. The president ordered an inquiry. Schools were closed for two days. "
            "On Wednesday, gunmen shot dead four farmers in Dutsin-Ma, police said.")
    assert _violent(default_analyzer, text)


@pytest.mark.parametrize("text", [
    # the act between officials heads the sentence; the violence is a state inside its object
    "Envoys of the government and the rebels opened a new round of talks in Doha, with the release of abducted "
    "aid workers at the top of the agenda.",
    # the deed in a relative clause on doers whose identity is the news
    "Investigators said the men who bombed the railway line in March belonged to a cell financed from abroad.",
    "The gunmen who shot the mayor last year were members of a gang paid by his rival, prosecutors said.",
    "Officials said the attackers who killed the priest in May belonged to a network run by a landowner.",
    "Prosecutors said the men who kidnapped the engineer last week worked for a rival contractor.",
])
def test_violence_as_the_matter_of_talks_or_of_who_the_doers_are_is_no_event(default_analyzer, text):
    assert _violent(default_analyzer, text) == [], text


def test_doers_who_kill_in_a_relative_clause_of_news_are_kept(default_analyzer):
    text = "Gunmen who stormed a village in Zamfara on Sunday killed 14 farmers, police said."
    assert _violent(default_analyzer, text)
