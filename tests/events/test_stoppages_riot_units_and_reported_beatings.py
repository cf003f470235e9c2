"""Work stoppages told as such (strikes, hartals, bandhs, shutters down) are peaceful protests; riot police sent
against a crowd told as peaceful do not make a riot; organised forces' beatings, told beside their going or inside
what witnesses said, are their attack; places taken in the plural are territory taken; a match told in war words is
no event.  Sentences written here (not from any evaluation file)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from .conftest import most_confident_event

DAY = dt.date(2025, 5, 27)


# the most confident event of a text published on DAY
_first = partial(most_confident_event, published=DAY)


@pytest.mark.parametrize("text", [
    "Thousands of dock workers in Mombasa went on strike on Tuesday over unpaid allowances.",
    "A 12-hour bandh called by traders' bodies shut markets across Guwahati on Monday.",
    "Shopkeepers in Kayes pulled their shutters down for a third day against the new municipal levy.",
])
def test_work_stoppages_are_peaceful_protests(analyzer, text):
    event = _first(analyzer, text)
    assert event is not None and event.sub_event_type == "Peaceful protest", event and event.sub_event_type


def test_riot_police_on_a_sit_in_is_an_intervention(analyzer):
    event = _first(analyzer, "Anti-riot units dispersed a sit-in by retired soldiers outside the pensions office in Bamako.")
    assert event is not None and event.sub_event_type == "Protest with intervention", event and event.sub_event_type


def test_a_crowd_that_stoned_riot_police_still_riots(analyzer):
    event = _first(analyzer, "Riot police fired tear gas at youths who hurled stones and burned tyres in Sikasso.")
    assert event is not None and event.sub_event_type == "Violent demonstration", event and event.sub_event_type


@pytest.mark.parametrize("text", [
    "Troops went from door to door in Tenenkou, beating young men with rifle butts, residents said.",
    "Villagers said soldiers beat them with rifle butts during a search of their village near Mopti.",
])
def test_beatings_by_forces_are_attacks(analyzer, text):
    event = _first(analyzer, text)
    assert event is not None and event.sub_event_type == "Attack", event and event.sub_event_type


def test_places_taken_in_the_plural_are_territory(analyzer):
    event = _first(analyzer, "Rebels captured four more villages near Menaka after fighting with the army on Friday.")
    assert event is not None and event.sub_event_type == "Non-state actor overtakes territory", event and event.sub_event_type


def test_a_match_told_in_war_words_is_no_event(analyzer):
    event = _first(analyzer, "Stade Malien stormed back to sink Djoliba 3-1 in the Bamako derby on Sunday.")
    assert event is None or event.event_type not in ("Battles", "Violence against civilians", "Explosions/Remote violence")
