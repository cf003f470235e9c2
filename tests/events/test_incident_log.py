"""A humanitarian security office's weekly incident log (tests/events/data/incident_log_centre_nord.txt,
written for this test): one bullet per incident, each opening with its weekday, date and town, told
in the plain words of local partners ("a crowd of youths stoned…", "residents lynched…", "the
volunteers returned fire").  ACLED codes by the parties: a crowd's violence is a riot, an ambush on
volunteer fighters who fought back is a battle, gunmen killing villagers is violence against
civilians.  The log's title, its caveats, a football quarrel, a remembered massacre and a feared
attack report nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

TEXT = (Path(__file__).parent / "data" / "incident_log_centre_nord.txt").read_text(encoding="utf-8")
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")


@pytest.fixture(scope="module")
def events(analyzer, make_doc):
    doc = make_doc(TEXT, published=dt.date(2025, 3, 10))  # the Monday after the week logged
    return analyzer.analyse(doc).events, doc.text


def _bullet(text: str, words: str) -> tuple[int, int]:
    """The character range of the bullet (paragraph) that contains ``words``."""
    at = text.index(words)
    start = text.rfind("\n\n", 0, at) + 2
    end = text.find("\n\n", at)
    return start, (end if end >= 0 else len(text))


def _in_bullet(mentions, text, words):
    start, end = _bullet(text, words)
    return [e for e in mentions if start <= e.span.char_start and e.span.char_end <= end]


@pytest.mark.parametrize("words, coded", [
    # a crowd's violence, no demonstration named: mob violence
    ("A crowd of youths stoned", ("Riots", "Mob violence")),
    ("Residents lynched a man", ("Riots", "Mob violence")),
    # an ambush on volunteer fighters who returned fire: two organised armed sides
    ("ambushed a VDP patrol", ("Battles", "Armed clash")),
    # the victims are told in the next sentence ("They killed four civilians")
    ("attacked a hamlet", ("Violence against civilians", "Attack")),
    ("marched peacefully", ("Protests", "Peaceful protest")),
])
def test_each_incident_is_coded_by_its_parties(events, words, coded):
    mentions, text = events
    found = {(e.event_type, e.sub_event_type) for e in _in_bullet(mentions, text, words)}
    assert found == {coded}, f"{words!r}: {found}"


@pytest.mark.parametrize("words", [
    "Weekly incident log",  # the title
    "Not every incident could be verified",  # the compiler's caveat
    "attacked the referee's decisions",  # a verbal attack by football supporters
    "still remember the 2019 massacre",  # history: at most background, never news of this week
    "could attack the camp",  # a fear, not an event
])
def test_no_violent_news_from(events, words):
    mentions, text = events
    start, end = _bullet(text, words)
    news = [e for e in mentions if start <= e.span.char_start and e.span.char_end <= end
            and e.modality.value != "background"]
    assert not news, f"{words!r} yielded {[(e.event_type, e.sub_event_type) for e in news]}"


def test_five_incidents_and_no_more(events):
    mentions, _ = events
    news = [e for e in mentions if e.modality.value != "background"]
    assert len(news) == 5
    assert sum(e.event_type in VIOLENT for e in news) == 4
