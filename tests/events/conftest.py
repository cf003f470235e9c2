"""Fixtures for the event and claim tests: documents built from plain text, analysed once."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from sitrep.geo import haversine_km
from sitrep.model import Document, Published, Segment


def make_document(text: str, published: dt.date | None = None, language: str = "en") -> Document:
    """A document in ``language`` with one segment per blank-line-separated paragraph (no ingest needed)."""
    segments = []
    pos = 0
    for block in text.split("\n\n"):
        start = text.index(block, pos)
        if block.strip():
            segments.append(Segment(char_start=start, char_end=start + len(block)))
        pos = start + len(block)
    doc_id = hashlib.sha256(text.encode()).hexdigest()[:16]
    return Document(doc_id=doc_id, source="-", text=text, segments=segments, language=language,
                    published=Published(date=published))



# the (event_type, sub_event_type) pairs the boundary tests of riots, battles and attacks expect
MOB = ("Riots", "Mob violence")
CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


def most_confident_event(analyzer, text: str, language: str = "en", published: dt.date = dt.date(2026, 11, 16)):
    """The most confident event ``analyzer`` finds in ``text`` (the earliest among equals), or None."""
    events = analyzer.analyse(make_document(text, published, language=language)).events
    return min(events, key=lambda e: (-e.confidence, e.span.char_start), default=None)


def first_coding(analyzer, text: str, language: str = "en", published: dt.date = dt.date(2026, 11, 16)) -> tuple[str, str] | None:
    """The (event_type, sub_event_type) of ``most_confident_event``, or None."""
    event = most_confident_event(analyzer, text, language, published)
    return (event.event_type, event.sub_event_type) if event else None


def first_sub_type(analyzer, text: str, language: str = "en", published: dt.date = dt.date(2026, 11, 16)) -> str | None:
    """The sub-event type of ``most_confident_event``, or None."""
    event = most_confident_event(analyzer, text, language, published)
    return event.sub_event_type if event else None


@pytest.fixture(scope="session")
def make_doc():
    return make_document


@pytest.fixture(scope="session")
def first_event(default_analyzer):
    """The first event the CLI's default knowledge finds in a text (asserting there is one): ``first_event(text,
    published=…, language=…)``."""

    def first(text: str, published: dt.date = dt.date(2024, 6, 1), language: str = "en"):
        events = default_analyzer.analyse(make_document(text, published=published, language=language)).events
        assert events, "no event"
        return events[0]

    return first


@pytest.fixture(scope="session")
def seed_analyses(analyzer, examples_dir):
    """The five example articles read by ingest and analysed once per session: file name → (doc, analysis)."""
    from sitrep.ingest import read_inputs

    out = {}
    for doc in read_inputs(sorted(str(p) for p in examples_dir.glob("*.txt"))):
        if isinstance(doc, Document):
            out[doc.source.rsplit("/", 1)[-1]] = (doc, analyzer.analyse(doc))
    return out


def assert_placed_near(place, must: tuple[float, float], must_not: tuple[float, float] | None, text: str) -> None:
    """The event's place lies within ACLED's 25 km of ``must`` and, when given, farther than that from ``must_not``
    (the wrong reading the case guards against)."""
    assert place is not None and place.latitude is not None, text
    got = (place.latitude, place.longitude)
    assert haversine_km(*got, *must) <= 25, (place.name, got, text)
    assert must_not is None or haversine_km(*got, *must_not) > 25, (place.name, got, text)
