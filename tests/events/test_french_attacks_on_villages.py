"""French: an armed group attacking a village or its people is an event, dated by its weekday,
and the dead counted in the next sentence are its toll."""

from __future__ import annotations

import datetime as dt

import pytest

THURSDAY = dt.date(2025, 5, 8)


def _events(analyzer, make_doc, text):
    doc = make_doc(text, published=THURSDAY, language="fr")
    return analyzer.analyse(doc).events


@pytest.mark.parametrize("text", [
    "Des hommes armés non identifiés ont attaqué mardi le village de Kerena, dans le cercle de Koro.",
    "Des hommes armés ont attaqué le village de Kerena mardi.",
    "Des assaillants ont attaqué mardi les habitants de Kerena.",
])
def test_an_attack_on_a_village_is_an_event_of_its_weekday(analyzer, make_doc, text):
    events = _events(analyzer, make_doc, text)
    assert events, "the attack on the village is an event"
    assert events[0].date is not None and events[0].date.earliest == dt.date(2025, 5, 6)  # the Tuesday before


def test_the_next_sentence_counts_its_dead(analyzer, make_doc):
    text = ("Des hommes armés ont attaqué mardi le village de Kerena, dans le cercle de Koro. "
            "Selon un élu local, au moins douze civils ont été tués.")
    events = _events(analyzer, make_doc, text)
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.low == 12


@pytest.mark.parametrize("text", [
    "L'attaque menée samedi contre le village de Kerena a fait neuf morts, selon un bilan provisoire.",
    "L'attaque perpétrée dans la nuit de vendredi à samedi contre le hameau de Kerena a fait neuf morts.",
    "L'attaque lancée samedi dernier contre le village de Kerena a fait neuf morts, selon des sources locales.",
])
def test_the_attack_led_against_a_village_is_violence_against_civilians(default_analyzer, make_doc, text):
    # the noun of attack with its participle (« menée », « perpétrée ») before its object: the frame of
    # « ont attaqué le village de X », where no armed defender is named
    events = default_analyzer.analyse(make_doc(text, published=THURSDAY, language="fr")).events
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]
