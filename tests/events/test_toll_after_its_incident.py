"""A toll told in the sentence after its incident, naming the dead, is the incident's toll."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2020, 1, 15)
LEAD = "On 15 January 2020, a Malian army drone strike hit a gathering in Kidal. "


@pytest.mark.parametrize("toll, dead", [
    ("Local sources reported 8 civilians killed.", 8),
    ("Local sources reported 8 civilians killed and several wounded.", 8),
    ("8 civilians were reportedly killed.", 8),
])
def test_the_dead_a_toll_names_are_not_a_new_perpetrator(analyzer, make_doc, toll, dead):
    events = analyzer.analyse(make_doc(LEAD + toll, published=DAY)).events
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.low == dead


def test_a_sentence_naming_another_killer_keeps_its_own_dead(analyzer, make_doc):
    text = LEAD + "In a separate attack, JNIM militants killed 4 soldiers in Gao."
    events = analyzer.analyse(make_doc(text, published=DAY)).events
    strike = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strike and (strike[0].fatalities is None or strike[0].fatalities.low != 4)
