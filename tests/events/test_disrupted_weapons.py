"""A weapon found, seized, cleared or destroyed was not used: Disrupted weapons use, not an explosion
(``events.weapons``); a weapon that destroyed something, or one that went off and hurt someone, is."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document

DISRUPTED = "Disrupted weapons use"


def _types(analyzer, text: str, language: str = "en") -> list[str]:
    doc = make_document(text, dt.date(2026, 11, 16), language=language)
    return [e.sub_event_type for e in analyzer.analyse(doc).events]


@pytest.mark.parametrize("language,text", [
    ("en", "Deminers destroyed 40 landmines near Tessit."),
    ("en", "A stash of rockets belonging to the insurgents was found by soldiers near the river at Gao."),
    ("en", "Two bombs were discovered under a bridge outside Mopti on Thursday and made safe by the army."),
    ("en", "Police in Sikasso recovered three grenades hidden in a shed."),
    ("fr", "Des roquettes ont été découvertes par les soldats dans une maison à Gao."),
])
def test_a_weapon_taken_out_of_use_is_disrupted(analyzer, language, text):
    assert _types(analyzer, text, language)[:1] == [DISRUPTED], _types(analyzer, text, language)


@pytest.mark.parametrize("text", [
    "A drone destroyed a truck carrying fighters near Menaka.",
    "An IED destroyed an army vehicle near Boni, killing four soldiers.",
])
def test_a_weapon_that_was_used_is_no_disruption(analyzer, text):
    assert DISRUPTED not in _types(analyzer, text), _types(analyzer, text)
