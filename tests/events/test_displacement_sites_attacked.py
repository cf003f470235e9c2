"""A site or camp where the displaced or refugees live is a civilian place: armed men who attack it strike people who
do not fight back, an attack on civilians (ACLED's Violence against civilians), in English and French, in either
voice — not a battle, whatever word the model guessed from "armed men attacked"."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.defenders import CIVILIAN_PLACE_TARGETED

from .conftest import make_document


@pytest.mark.parametrize("text", [
    "Armed men attacked the Tiasso displacement site in Sebba on the evening of 24 June.",
    "Gunmen opened fire on an IDP camp near Djibo, killing five people.",
    "A refugee camp outside Ouallam was raided overnight by unidentified men.",
    "Des individus armés ont attaqué le site d'accueil des personnes déplacées internes de Barsalogho.",
    "Des hommes armés ont attaqué le camp de déplacés de Gorom-Gorom.",
])
def test_a_displacement_site_is_a_civilian_place(text):
    assert CIVILIAN_PLACE_TARGETED.search(text)


@pytest.mark.parametrize("text", [
    "Armed men attacked a military camp near Sebba.",
    "Des hommes armés ont attaqué le camp militaire de Sebba.",
])
def test_a_military_camp_is_none(text):
    assert not CIVILIAN_PLACE_TARGETED.search(text)


@pytest.mark.parametrize("text, language", [
    ("Armed men attacked the Tiasso displacement site in Sebba, Yagha province, on the evening of 24 June. At least 12 "
     "civilians were killed.", "en"),
    ("Des individus armés non identifiés ont attaqué le site d'accueil des personnes déplacées internes de Sebba. Le "
     "bilan provisoire fait état de sept civils tués.", "fr"),
])
def test_armed_men_who_attacked_a_displacement_site_attacked_civilians(default_analyzer, text, language):
    events = default_analyzer.analyse(make_document(text, dt.date(2026, 6, 25), language=language)).events
    assert events and {e.sub_event_type for e in events} == {"Attack"}, [(e.sub_event_type, e.span) for e in events]
