"""Tolls told in the sentence after their incident, and tolls ACLED's notes split across events."""

from __future__ import annotations

import datetime as dt

from tests.events.conftest import make_document

D = dt.date
INCIDENT = ("On 2 March 2025, presumed JNIM militants attacked the village of Tiguila (Douentza, Mopti) "
            "and burned the market. ")


def _killed(events):
    return [e for e in events if e.fatalities and (e.fatalities.low or e.fatalities.high)]


def test_toll_in_the_next_sentence_is_the_incidents(analyzer):
    text = INCIDENT + "Four farmers were killed and two others wounded."
    a = analyzer.analyse(make_document(text, D(2025, 3, 2)))
    [told] = _killed(a.events)  # once: not a second event of its own
    assert told.span.char_start == 0 and (told.fatalities.low, told.fatalities.high) == (4, 4)
    assert told.fatalities.phrase in text[told.span.char_start:told.span.char_end]


def test_toll_of_a_separate_attack_stays_apart(analyzer):
    text = INCIDENT + "In a separate attack in Djibo, two soldiers were killed."
    a = analyzer.analyse(make_document(text, D(2025, 3, 2)))
    first = [e for e in a.events if e.span.char_start == 0]
    assert first and not (first[0].fatalities and first[0].fatalities.low)


def test_deaths_of_an_earlier_named_attack_are_not_the_protests(analyzer):
    text = ("On 16 March 2025, hundreds of people demonstrated in Douentza (Douentza, Mopti) against insecurity. "
            "They denounced the security situation after the Boni attack, which caused the death of 40 people.")
    a = analyzer.analyse(make_document(text, D(2025, 3, 16)))
    assert not [e for e in _killed(a.events) if e.event_type == "Protests"]


def test_fatalities_split_across_coded_events(analyzer):
    text = ("On 2 March 2025, the air force struck presumed JNIM militants in the area of Douentza. At least twenty "
            "militants were killed. Fatalities are split across five events.")
    a = analyzer.analyse(make_document(text, D(2025, 3, 2)))
    told = _killed(a.events)
    assert told and all(e.fatalities.low == 4 for e in told)
