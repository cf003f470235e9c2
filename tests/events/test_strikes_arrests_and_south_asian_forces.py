"""Readings of labour, arrest and South Asian and West African security news: a stoppage told as workers who "struck
work", a union's pickets, strikers shot at their picket; an arrest "for their role in" an attack, which is news of
the arrest; "jawans" and "infiltrators" as armed people; a market headline whose violence verb is parsed onto an
economy's ill; and the forces of Cameroon, Pakistan, India and the Philippines named in the actor base."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document


def _events(analyzer, text: str):
    return analyzer.analyse(make_document(text, dt.date(2026, 11, 16))).events


def _types(analyzer, text: str) -> list[str]:
    return [e.sub_event_type for e in _events(analyzer, text)]


@pytest.mark.parametrize("text", [
    "Hundreds of dock workers at the port of Tema struck work on Monday, demanding the payment of salary arrears.",
    "Members of the nurses' union picketed the offices of the health ministry in Accra over unpaid allowances.",
])
def test_stoppages_and_pickets_are_peaceful_protests(default_analyzer, text):
    assert _types(default_analyzer, text)[:1] == ["Peaceful protest"], _types(default_analyzer, text)


def test_strikers_shot_at_their_picket_met_force(default_analyzer):
    text = "Police shot dead three striking mine workers who had blocked the road to a copper mine near Kolwezi."
    assert _types(default_analyzer, text)[:1] == ["Excessive force against protesters"], _types(default_analyzer, text)


@pytest.mark.parametrize("text", [
    "Police arrested four men in Srinagar for their alleged role in the grenade attack on a CRPF bunker last week.",
    "The NIA arrested two men in Anantnag for their role in the bombing of a police station in May.",
])
def test_an_arrest_over_an_attack_is_news_of_the_arrest(default_analyzer, text):
    types = _types(default_analyzer, text)
    assert types[:1] == ["Arrests"], types
    assert "Grenade" not in types and "Remote explosive/landmine/IED" not in types


def test_a_framed_attack_without_an_arrest_stays_dropped(default_analyzer):
    # the trial is the news, and no act ACLED codes frames the bombing: nothing is read in its place
    text = "A court in Peshawar opened the trial of four men accused of the bombing of a police station in 2019."
    assert not [t for t in _types(default_analyzer, text) if t == "Arrests"]


def test_border_guards_firing_on_smugglers_is_no_crime(default_analyzer):
    text = "BSF jawans opened fire on alleged cattle smugglers at the border in Cooch Behar, killing a farmer."
    assert _types(default_analyzer, text)[:1] == ["Attack"], _types(default_analyzer, text)


def test_infiltrators_shot_by_troops_fought_them(default_analyzer):
    text = "Three infiltrators were shot dead by troops along the Line of Control in Kupwara on Sunday."
    assert _types(default_analyzer, text)[:1] == ["Armed clash"], _types(default_analyzer, text)


@pytest.mark.parametrize("text", [
    "Naira bleeds as CBN battles dollar scarcity",
    "Shilling weakens as central bank battles dollar shortage",
])
def test_an_economys_battles_are_figures(default_analyzer, text):
    assert not [e for e in _events(default_analyzer, text) if e.event_type == "Battles"]


@pytest.mark.parametrize("text, actor", [
    ("Cameroonian soldiers killed three separatist fighters near Bamenda on Sunday.", "cameroon-armed-forces"),
    ("Pakistani security forces killed four militants in North Waziristan, the army said.", "pakistan-armed-forces"),
    ("Troops of the Philippine Army clashed with New People's Army rebels in Samar.", "philippines-armed-forces"),
    ("CRPF personnel exchanged fire with militants in Pulwama on Friday.", "india-police"),
])
def test_other_states_forces_are_named(default_analyzer, text, actor):
    events = _events(default_analyzer, text)
    assert events and actor in events[0].side1 + events[0].side2, [(e.side1, e.side2) for e in events]


def test_nigerias_fulani_militia_is_nigerias(default_analyzer):
    events = _events(default_analyzer, "Fulani militia killed seven farmers in an attack on a village in Benue State.")
    assert events and events[0].side1 == ["fulani-militia-nigeria"], [(e.side1, e.side2) for e in events]


def test_a_crowd_burning_a_party_office_is_a_violent_demonstration(default_analyzer):
    text = "Angry youths set the party secretariat ablaze in Ilorin after the primary results were announced."
    assert _types(default_analyzer, text)[:1] == ["Violent demonstration"], _types(default_analyzer, text)


def test_a_mob_beating_a_thief_near_a_party_office_stays_a_mob(default_analyzer):
    text = "A mob beat a suspected thief to death near the party office in Ibadan."
    assert _types(default_analyzer, text)[:1] == ["Mob violence"], _types(default_analyzer, text)
