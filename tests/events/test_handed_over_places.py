"""A place handed over, or taken after its holder left, is a non-violent transfer of territory unless
the sentence tells fighting (ACLED's codebook); notes written for this test."""

from __future__ import annotations

import datetime as dt

import pytest


def _first(default_analyzer, make_doc, text: str, language: str = "en"):
    events = default_analyzer.analyse(make_doc(text, published=dt.date(2024, 2, 1), language=language)).events
    assert events, "no event"
    return events[0]


@pytest.mark.parametrize("text, language", [
    ("On 9 January 2024, the Malian army took over the former UN camp in Aguelhok (Aguelhok, Tessalit), completing "
     "the handover after the mission's withdrawal.", "en"),
    ("On 9 January 2024, FAMa took control of the camp in Aguelhok (Aguelhok, Tessalit) after the peacekeepers left.",
     "en"),
    ("Le 9 janvier 2024, les FAMa ont pris le contrôle du camp d'Aguelhok (Aguelhok, Tessalit) après le retrait de "
     "la MINUSMA.", "fr"),
])
def test_a_place_handed_over_is_a_non_violent_transfer(default_analyzer, make_doc, text, language):
    event = _first(default_analyzer, make_doc, text, language)
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")


def test_a_place_taken_in_a_fight_stays_a_battle(default_analyzer, make_doc):
    event = _first(default_analyzer, make_doc,
                   "On 9 January 2024, the Malian army took control of Aguelhok (Aguelhok, Tessalit) after the rebels "
                   "withdrew following heavy fighting that killed 12 fighters.")
    assert event.event_type == "Battles"
