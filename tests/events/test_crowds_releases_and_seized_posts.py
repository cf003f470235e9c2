"""Readings the sentence classifier's cues and the codebook make of five kinds of news: the police's riot gear and
their chasing a crowd say nothing of a riot; a crowd that beats or burns a person it names a suspect is mob
violence; captives freed by talks or swapped are an agreement; a headquarters seized is a position taken, not one
set up; drones shot down on their way to a party's positions are a weapon stopped, not an aircraft lost in combat."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document


def _types(analyzer, text: str, language: str = "en") -> list[str]:
    doc = make_document(text, dt.date(2026, 11, 16), language=language)
    return [e.sub_event_type for e in analyzer.analyse(doc).events]


@pytest.mark.parametrize("text", [
    "Police in riot gear fired tear gas at teachers who held a sit-in outside the labour ministry in Niamey.",
    "Police chased demonstrators away from the town hall of Kayes during a march against power cuts.",
])
def test_police_meeting_a_calm_protest_is_an_intervention(default_analyzer, text):
    assert _types(default_analyzer, text)[:1] == ["Protest with intervention"], _types(default_analyzer, text)


@pytest.mark.parametrize("text", [
    "Villagers clubbed a man they suspected of stealing goats near Sikasso until he lost consciousness.",
    "An angry crowd chased a suspected thief through the market of Mopti and set him on fire.",
])
def test_a_crowd_punishing_a_suspect_is_mob_violence(default_analyzer, text):
    assert _types(default_analyzer, text)[:1] == ["Mob violence"], _types(default_analyzer, text)


@pytest.mark.parametrize("text", [
    "Seven traders held for two months by gunmen near Djibo were released on Monday following negotiations led by a religious leader.",
    "The army freed 12 captured fighters in exchange for the release of four soldiers held by the rebels.",
])
def test_negotiated_releases_and_swaps_are_agreements(default_analyzer, text):
    assert _types(default_analyzer, text)[:1] == ["Agreement"], _types(default_analyzer, text)


def test_a_release_by_talks_is_an_agreement_in_french(default_analyzer):
    text = ("Sept commerçants enlevés il y a deux mois près de Djibo ont été libérés lundi à l'issue de négociations "
            "menées par un chef religieux.")
    assert _types(default_analyzer, text, "fr")[:1] == ["Agreement"], _types(default_analyzer, text, "fr")


def test_a_release_bought_with_a_ransom_stays_the_abduction(default_analyzer):
    types = _types(default_analyzer, "Gunmen abducted a pastor near Kaya and released him after his church paid a ransom.")
    assert types[:1] == ["Abduction/forced disappearance"], types


def test_a_seized_headquarters_is_a_position_taken(default_analyzer):
    types = _types(default_analyzer, "Insurgents seize police headquarters in Ansongo -- The fighters took control of the town after a gunfight with officers.")
    assert types[:1] == ["Non-state actor overtakes territory"], types


def test_a_headquarters_set_up_is_still_established(default_analyzer):
    types = _types(default_analyzer, "The militia set up a new headquarters in a school at Douentza on Friday.")
    assert types[:1] == ["Headquarters or base established"], types


def test_drones_shot_down_on_their_way_in_are_a_weapon_stopped(default_analyzer):
    types = _types(default_analyzer, "The army said its air defences shot down three drones launched towards its camp at Tessalit.")
    assert types[:1] == ["Disrupted weapons use"], types


def test_a_partys_drone_shot_down_is_still_a_clash(default_analyzer):
    types = _types(default_analyzer, "Rebel fighters shot down an army drone near Ber on Sunday.")
    assert types[:1] == ["Armed clash"], types
