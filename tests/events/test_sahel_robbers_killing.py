"""Robbers who kill in the Sahel are an armed group's attack on civilians (``events/sahel_banditry.py``); a city
robbery elsewhere that ends in a death stays a crime."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.eval.notes import Note, note_document


def _events(analyzer, text: str):
    note = Note(row=1, notes=text, event_date=dt.date(2024, 3, 2), event_type="", sub_event_type="")
    return analyzer.analyse(note_document(note, "own")).events


@pytest.mark.parametrize("text", [
    "On 2 March 2024, armed robbers stopped a bus on the road outside Niono (Niono, Segou) and shot dead one passenger.",
    "On 2 March 2024, cattle thieves killed two shepherds and drove away their herd near Nara (Nara, Koulikoro).",
])
def test_sahel_robbers_who_kill_attack(default_analyzer, text):
    events = _events(default_analyzer, text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]


def test_bodies_found_are_an_attack_on_civilians(default_analyzer):
    events = _events(default_analyzer, "On 2 March 2024, the bodies of three men with their hands tied were found "
                                       "near Macina (Macina, Segou).")
    assert [(e.sub_event_type, e.fatalities.low if e.fatalities else None) for e in events] == [("Attack", 3)]


def test_a_robbery_elsewhere_stays_a_crime(default_analyzer):
    events = _events(default_analyzer, "On 2 March 2024, robbers shot dead a jeweller during a hold-up at his shop "
                                       "in Chicago, police said.")
    assert events == []


def test_armed_bandits_who_attack_a_village_and_kill_are_an_attack_beside_the_women_they_took(default_analyzer, make_doc):
    # the model reads « des bandits » as organised crime; in the Sahel bandits who kill are an armed group's attack,
    # and the abduction told next does not make the killing go unreported
    text = ("Des bandits armés ont attaqué dans la nuit de lundi à mardi le village de Kerena, tuant quatre "
            "personnes et emportant du bétail, selon des sources locales.\n\n"
            "Trois femmes ont été enlevées par les assaillants, qui se sont repliés vers la frontière.")
    events = default_analyzer.analyse(make_doc(text, published=dt.date(2025, 5, 8), language="fr")).events
    attacks = [e for e in events if e.sub_event_type == "Attack"]
    assert attacks and attacks[0].fatalities is not None and attacks[0].fatalities.low == 4
