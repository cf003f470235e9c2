"""The five seed articles (examples/mali) as Documents, and a runner for the actor, place and date
stages alone.

Publication dates are the gold file's (stated, or the estimate range for undated articles): the
tests exercise analysis, not ingest's date estimation.  Segments are the non-empty lines.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sitrep.analyse import dates as dates_stage
from sitrep.analyse.actors import find_actors
from sitrep.analyse.context import Context, Paragraph
from sitrep.analyse.places import find_places
from sitrep.model import Analysis, Document, Published, Segment

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "mali"

PUBLISHED = {
    "000": Published(date=dt.date(2026, 4, 29)),
    "001": Published(is_estimate=True, earliest=dt.date(2024, 8, 1), latest=dt.date(2025, 12, 31)),
    "002": Published(is_estimate=True, earliest=dt.date(2024, 1, 1), latest=dt.date(2024, 12, 31)),
    "003": Published(is_estimate=True, earliest=dt.date(2023, 11, 14), latest=dt.date(2023, 12, 31)),
    "004": Published(date=dt.date(2026, 5, 4)),
}


def make_document(doc_id: str, text: str, published: Published | None = None, language: str = "en") -> Document:
    segments = [Segment(char_start=m.start(), char_end=m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    return Document(doc_id=doc_id, source=f"test:{doc_id}", text=text, segments=segments,
                    published=published or Published(), language=language)


def seed_documents() -> dict[str, Document]:
    docs = {}
    for path in sorted(EXAMPLES.glob("*.txt")):
        key = path.name[:3]
        docs[path.name] = make_document(key, path.read_text(encoding="utf-8"), PUBLISHED[key])
    return docs


def run_stages(analyzer, document: Document) -> Analysis:
    """spaCy + actors + places + dates (the stages this area owns), without events and claims."""
    nlp = analyzer.nlp("en")
    texts = [document.text[s.char_start:s.char_end] for s in document.segments]
    paragraphs = [Paragraph(offset=s.char_start, doc=d) for s, d in zip(document.segments, nlp.pipe(texts))]
    ctx = Context(document=document, language="en", paragraphs=paragraphs, knowledge=analyzer.knowledge,
                  anchor=dates_stage.anchor_interval(document))
    ctx.actors, ctx.persons, ctx.new_orgs = find_actors(ctx)
    ctx.places = find_places(ctx)
    ctx.dates = dates_stage.find_dates(ctx)
    return Analysis(doc_id=document.doc_id, anchor=ctx.anchor, actors=ctx.actors, persons=ctx.persons,
                    places=ctx.places, dates=ctx.dates, new_orgs=ctx.new_orgs)
