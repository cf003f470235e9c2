"""A protest told with what it protests is the crowd's event, not the deed protested.  Sentences written here."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from .conftest import most_confident_event

DAY = dt.date(2025, 5, 27)


CROWD = ("Protests", "Riots")


# the most confident event of a text published on DAY
_first = partial(most_confident_event, published=DAY)


@pytest.mark.parametrize("text", [
    "On 27 May 2025, women protesting the kidnapping of their husbands marched to the town hall of Kando.",
    "On 27 May 2025, students marched in Bilo to denounce the killing of a classmate by soldiers.",
    "On 27 May 2025, traders held a sit-in in Tamba to protest the arrest of their union leader.",
])
def test_the_deed_a_crowd_protests_is_its_cause(analyzer, text):
    event = _first(analyzer, text)
    assert event is not None and event.event_type in CROWD, event and event.sub_event_type


def test_a_deed_done_to_protesters_is_still_that_deed(analyzer):
    event = _first(analyzer, "On 27 May 2025, gunmen kidnapped five traders on the road to Kando.")
    assert event is not None and event.sub_event_type == "Abduction/forced disappearance"


def test_the_cause_is_read_from_the_parse():
    from sitrep.analyse.events.protest_causes import protested_cause
    from sitrep.analyse.nlp import _load_model
    from sitrep.config import Settings

    doc = _load_model(Settings().spacy_model)("Women protesting the kidnapping of their husbands blocked the road.")
    words = {t.text: t for t in doc}
    assert protested_cause(words["kidnapping"]) and not protested_cause(words["blocked"])


@pytest.mark.parametrize("text", [
    "On 27 May 2025, police dispersed students who were marching in Kando with tear gas. Several students were arrested.",
    "On 27 May 2025, gendarmes broke up a sit-in of traders in Tamba. Four people were arrested.",
])
def test_arrests_after_a_protest_are_its_intervention(analyzer, make_doc, text):
    events = analyzer.analyse(make_doc(text, published=DAY)).events
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
