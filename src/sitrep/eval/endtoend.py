"""Short texts (ACLED notes, CASE snippets) through the whole pipeline, one document each.

The texts are written as a JSON-lines file (``id``, ``text``, ``outlet``, ``published``,
``language``: the ingest's own record format) into a temporary folder, then ``pipeline.run``
ingests, analyses and fuses them into a throw-away DuckDB store, exactly as ``sitrep ingest``
would.  What each text produced is read back from the store: its analysis and the fused events
holding one of its reports.  The evaluators score those; nothing here knows the gold.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep import pipeline
from sitrep.analyse import Analyzer
from sitrep.ingest.build import doc_id_for
from sitrep.knowledge import load_knowledge
from sitrep.model import Analysis, Event, EventMention
from sitrep.store import Store

log = logging.getLogger(__name__)


@dataclass
class TextRecord:
    key: str  # the caller's id for the text ("row-12"): the document's external_id
    text: str
    outlet: str | None = None
    published: dt.date | None = None
    language: str | None = None


@dataclass
class TextResult:
    """What the pipeline made of one text."""

    key: str
    doc_id: str | None = None
    analysis: Analysis | None = None
    events: list[Event] = field(default_factory=list)  # fused events with a report from this text
    error: str | None = None  # the ingest error code when the text was skipped

    def primary_mention(self) -> EventMention | None:
        """The text's most confident event mention (earliest on ties), or None."""
        mentions = self.analysis.events if self.analysis else []
        if not mentions:
            return None
        return max(mentions, key=lambda e: (e.confidence, -e.span.char_start))

    def primary_event(self) -> Event | None:
        """The fused event that holds the primary mention; else the first event of this text."""
        mention = self.primary_mention()
        if mention is not None:
            for event in self.events:
                if any(r.mention_id == mention.mention_id for r in event.reports):
                    return event
        return self.events[0] if self.events else None


@dataclass
class PipelineRun:
    results: list[TextResult]
    summary: dict[str, Any]
    seconds: float


def run_texts(records: list[TextRecord], geonames: list[str] | None = None, analyzer=None) -> PipelineRun:
    """Ingest, analyse and fuse ``records`` in a temporary store; return what each produced.

    ``analyzer`` lets tests and repeated runs share one loaded Analyzer (only without ``geonames``:
    an imported dump changes the knowledge, so a fresh one is loaded then)."""
    from sitrep.eval.gold import default_analyzer, import_geonames

    t0 = time.perf_counter()
    store = Store(":memory:")
    try:
        if geonames:
            import_geonames(store, list(geonames))
            analyzer = Analyzer(load_knowledge(store))
        else:
            analyzer = analyzer or default_analyzer()
        with tempfile.TemporaryDirectory(prefix="sitrep-eval-") as tmp:
            path = Path(tmp) / "texts.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for r in records:
                    fh.write(json.dumps(_record_json(r), ensure_ascii=False) + "\n")
            summary = pipeline.run([str(path)], store, analyzer, actors=analyzer.knowledge.actors)
            errors = {_line_of(e.source): e.code for e in summary.errors}
        results = _read_back(store, records, errors)
        return PipelineRun(results, summary.as_dict(), time.perf_counter() - t0)
    finally:
        store.close()


def _record_json(r: TextRecord) -> dict[str, Any]:
    rec: dict[str, Any] = {"id": r.key, "text": r.text}
    if r.outlet:
        rec["outlet"] = r.outlet
    if r.published:
        rec["published"] = r.published.isoformat()
    if r.language:
        rec["language"] = r.language
    return rec


def _line_of(source: str) -> int | None:
    """The 1-based line of a JSON-lines source ("…/texts.jsonl:12")."""
    tail = source.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else None


def _read_back(store, records: list[TextRecord], errors: dict[int | None, str]) -> list[TextResult]:
    events_by_doc: dict[str, list[Event]] = {}
    for event in store.list_events():
        for doc_id in dict.fromkeys(r.doc_id for r in event.reports):
            events_by_doc.setdefault(doc_id, []).append(event)
    stored = {d.external_id: d.doc_id for d in store.iter_documents() if d.external_id}
    results = []
    for line, r in enumerate(records, start=1):
        result = TextResult(r.key)
        if line in errors:
            result.error = errors[line]
            results.append(result)
            continue
        # a text repeated in the input was stored once, under the first copy's id: equal text →
        # equal doc_id finds that copy
        result.doc_id = stored.get(r.key) or doc_id_for(r.text.replace("\x00", ""))
        result.analysis = store.get_analysis(result.doc_id)
        result.events = events_by_doc.get(result.doc_id, [])
        results.append(result)
    return results
