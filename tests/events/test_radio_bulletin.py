"""A community radio's evening bulletin (tests/events/data/radio_bulletin_gao.txt, written for this
test): spoken news, one paragraph a story, read on the Monday.  Four stories are events ACLED codes
— a drone strike, a crowd burning an office and stoning police vehicles, drivers taken on a road,
and (as history only) an old battle.  The rest borrows conflict words and reports none: a
governor's promise, a trader's hypothetical, a football "massacre", a burglary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

TEXT = (Path(__file__).parent / "data" / "radio_bulletin_gao.txt").read_text(encoding="utf-8")
PUBLISHED = dt.date(2025, 4, 14)  # a Monday


@pytest.fixture(scope="module")
def events(analyzer, make_doc):
    return analyzer.analyse(make_doc(TEXT, published=PUBLISHED)).events


def _in_paragraph(mentions, words):
    at = TEXT.index(words)
    start = TEXT.rfind("\n\n", 0, at) + 2
    end = TEXT.find("\n\n", at)
    return [e for e in mentions if start <= e.span.char_start < end]


@pytest.mark.parametrize("words, event_type, sub_event_type, day", [
    ("a FAMa drone struck", "Explosions/Remote violence", "Air/drone strike", dt.date(2025, 4, 13)),  # Sunday
    ("angry young people set fire", "Riots", None, PUBLISHED),  # "this morning"
    ("were taken away by unidentified armed men", "Violence against civilians", "Abduction/forced disappearance",
     dt.date(2025, 4, 12)),  # Saturday evening
])
def test_each_story_is_one_event(events, words, event_type, sub_event_type, day):
    found = [e for e in _in_paragraph(events, words) if e.modality.value != "background"]
    assert len(found) == 1, [(e.event_type, e.sub_event_type) for e in found]
    event = found[0]
    assert event.event_type == event_type
    assert sub_event_type is None or event.sub_event_type == sub_event_type
    assert event.date is not None and event.date.earliest == day


@pytest.mark.parametrize("words", [
    "Evening news bulletin",  # the title
    "terrorism will be crushed",  # a promise
    "If the blockade of the fuel trucks continues",  # a hypothetical
    "Ten years ago this week",  # history: at most background
    "crushed its rivals",  # sport in war words
    "Thieves broke into the central market",  # a burglary
])
def test_no_news_event_from(events, words):
    news = [e for e in _in_paragraph(events, words) if e.modality.value != "background"]
    assert not news, [(e.event_type, e.sub_event_type, e.trigger) for e in news]


def test_three_news_events(events):
    assert len([e for e in events if e.modality.value != "background"]) == 3
