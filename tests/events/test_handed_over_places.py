"""A place handed over, or taken after its holder left, is a non-violent transfer of territory unless
the sentence tells fighting (ACLED's codebook); notes written for this test."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize("text, language", [
    ("On 9 January 2024, the Malian army took over the former UN camp in Aguelhok (Aguelhok, Tessalit), completing "
     "the handover after the mission's withdrawal.", "en"),
    ("On 9 January 2024, FAMa took control of the camp in Aguelhok (Aguelhok, Tessalit) after the peacekeepers left.",
     "en"),
    ("Le 9 janvier 2024, les FAMa ont pris le contrôle du camp d'Aguelhok (Aguelhok, Tessalit) après le retrait de "
     "la MINUSMA.", "fr"),
])
def test_a_place_handed_over_is_a_non_violent_transfer(first_event, text, language):
    event = first_event(text, published=dt.date(2024, 2, 1), language=language)
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")


def test_a_place_taken_in_a_fight_stays_a_battle(first_event):
    event = first_event("On 9 January 2024, the Malian army took control of Aguelhok (Aguelhok, Tessalit) after the "
                        "rebels withdrew following heavy fighting that killed 12 fighters.", published=dt.date(2024, 2, 1))
    assert event.event_type == "Battles"
