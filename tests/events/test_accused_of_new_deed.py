"""An alleged attack told as an accusation ("doctors accused the army of dropping barrels of chlorine on a
town") is how such news is told when the model is sure of its violent label and the deed is told as new; a
blame for a deed told before ("accused the rebels of planting the landmine that killed…"), or one the model
reads as much as a blame, stays an attribution.  Snippets written for this test."""

from __future__ import annotations

import pytest

from tests.events.conftest import make_document

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _violent(analyzer, text: str) -> list[str]:
    return [e.event_type for e in analyzer.analyse(make_document(text)).events if e.event_type in VIOLENT]


@pytest.mark.parametrize("text", [
    "Medics accused pro-government forces of firing rockets tipped with sarin on a rebel-held district, "
    "where dozens were treated for convulsions.",
    "Local doctors accused army helicopters of dropping cylinders of chlorine gas on the town of Kafr Zita.",
])
def test_an_alleged_chemical_attack_told_as_new_is_kept(default_analyzer, text):
    assert _violent(default_analyzer, text), text


@pytest.mark.parametrize("text", [
    "The governor accused the militants of planting the bomb that killed six traders in the market.",
    "Villagers accused the soldiers of being behind the killings, which the army denied.",
])
def test_a_blame_for_a_known_deed_stays_an_attribution(default_analyzer, text):
    assert _violent(default_analyzer, text) == [], text


def test_an_accusation_that_describes_the_target_of_other_news_is_not_its_event(default_analyzer):
    text = ("The ministry said on Friday its jets bombed camps of a militia it accused of firing shells filled "
            "with chlorine on a village the day before.")
    events = default_analyzer.analyse(make_document(text)).events
    assert events and events[0].sub_event_type == "Air/drone strike", [e.sub_event_type for e in events]
