"""Analysers over a handful of gazetteer rows, and one-paragraph documents, for place tests.

Tests that probe place choice build a tiny world of their own (invented or real rows) so that a
result can only come from the rows they list.
"""

from __future__ import annotations

import datetime as dt

from sitrep.analyse import Analyzer
from sitrep.knowledge import Knowledge
from sitrep.knowledge.gazetteer import build_gazetteer, name_keys
from sitrep.model import Document, Published, Segment


def one_paragraph(text: str, published: dt.date, doc_id: str) -> Document:
    """A document whose whole text is one segment."""
    return Document(doc_id=doc_id, source="test", text=text, language="en", published=Published(date=published),
                    segments=[Segment(char_start=0, char_end=len(text))])


def first_event_place(analyzer: Analyzer, text: str, published: dt.date, doc_id: str, language: str = "en"):
    """The place of the first event ``analyzer`` reads in ``text`` (one paragraph in ``language``), asserted found."""
    doc = one_paragraph(text, published, doc_id).model_copy(update={"language": language})
    analysis = analyzer.analyse(doc)
    assert analysis.events and analysis.events[0].place is not None, text
    return analysis.events[0].place


def analyzer_over(rows, actors, detailed: frozenset[str] = frozenset()) -> Analyzer:
    """An analyser whose gazetteer holds only ``rows``; ``detailed`` names countries treated as if their
    GeoNames dumps were imported."""
    gaz = build_gazetteer([(row, name_keys(row[1])) for row in rows], world=False)
    if detailed:
        gaz.imported = gaz.detailed = detailed
    return Analyzer(Knowledge(actors=actors, gazetteer=gaz))
