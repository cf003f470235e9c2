"""A weekly security roundup (tests/events/data/roundup_sahel_week.txt, written for this test): each
incident told in one sentence with plain verbs and generic authors ("Armed men attacked and killed…",
"Security forces have killed…"), which the event finder must code by ACLED's rules; and the
sentences around them (a politician "attacked" a plan, a heart attack, floods) that it must not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

TEXT = (Path(__file__).parent / "data" / "roundup_sahel_week.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def events(analyzer, make_doc):
    doc = make_doc(TEXT, published=dt.date(2024, 9, 9))  # a Monday: the incidents are the week before
    return analyzer.analyse(doc).events, doc.text


def _coded(events, text, words):
    """(event type, sub-event type) of the mention whose sentence contains ``words``."""
    found = [(e.event_type, e.sub_event_type) for e in events if words in text[e.span.char_start:e.span.char_end]]
    assert found, f"no event in the sentence with {words!r}"
    return found[0]


@pytest.mark.parametrize("words, coded", [
    # gendarmes and a trader: armed, organised victims make it a battle (ACLED), whoever else died
    ("Armed men attacked and killed", ("Battles", "Armed clash")),
    # "since Tuesday evening" counts the last days: news, not history
    ("Security forces have killed 14", ("Battles", "Armed clash")),
    # abducted and then killed: ACLED codes the killing
    ("abducted and killed three farmers", ("Violence against civilians", "Attack")),
    # demonstrators who barricade a road: a violent demonstration
    ("barricaded the main road", ("Riots", "Violent demonstration")),
    # communities fighting each other: organised on both sides, a battle
    ("Clashes between herders and farmers", ("Battles", "Armed clash")),
    ("Suicide bombings at two checkpoints", ("Explosions/Remote violence", "Suicide bomb")),
])
def test_incident_coded(events, words, coded):
    mentions, text = events
    assert _coded(mentions, text, words) == coded


def test_the_incidents_are_news(events):
    mentions, text = events
    since = [e for e in mentions if "since Tuesday evening" in text[e.span.char_start:e.span.char_end]]
    assert since and since[0].modality.value != "background"


@pytest.mark.parametrize("words", [
    "attacked the opposition's plan",  # a verbal attack
    "died of a heart attack",
    "Heavy floods killed",  # a disaster, not a violent event
])
def test_no_violent_event_from(events, words):
    mentions, text = events
    violent = ("Battles", "Explosions/Remote violence", "Violence against civilians")
    assert not [e for e in mentions if e.event_type in violent and words in text[e.span.char_start:e.span.char_end]]
