"""Running the whole pipeline on a corpus, once per corpus and process: the run a gold file is scored against."""

from __future__ import annotations

import functools
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep import pipeline
from sitrep.analyse import Analyzer
from sitrep.errors import ErrorCode, SitrepError
from sitrep.eval.gold.score import score
from sitrep.eval.goldfile import load_gold
from sitrep.eval.scoring import GoldReport
from sitrep.eval.system import SystemView, build_view
from sitrep.knowledge import geonames_dump
from sitrep.knowledge import load_knowledge
from sitrep.model import Analysis, Document
from sitrep.store import Store

log = logging.getLogger(__name__)


class RecordingAnalyzer:
    """Wraps an ``Analyzer`` and keeps every document and analysis it produced, for scoring."""

    def __init__(self, analyzer):
        self.inner = analyzer
        self.analyses: dict[str, Analysis] = {}
        self.documents: dict[str, Document] = {}

    def analyse(self, document: Document, parsed=None) -> Analysis:
        self.documents[document.doc_id] = document
        analysis = self.inner.analyse(document, parsed)
        self.analyses[document.doc_id] = analysis
        return analysis

    def __getattr__(self, name: str) -> Any:  # everything else is the wrapped analyzer's
        return getattr(self.inner, name)


@dataclass
class Run:
    """One pipeline run over a corpus, kept so several gold files can be scored against it."""

    corpus: str
    store: Any
    knowledge: Any
    view: SystemView
    summary: dict = field(default_factory=dict)
    seconds: float = 0.0


def import_geonames(store, paths: list[str]) -> int:
    """Import GeoNames country dumps into ``store`` (the knowledge store's importer); return places read."""
    total = 0
    for path in paths:
        if not Path(path).is_file():
            raise SitrepError(ErrorCode.not_found, f"no GeoNames dump at {path}")
        counts = geonames_dump.import_geonames(store, path)
        total += int((counts or {}).get("places", 0))
    return total


def run_corpus(corpus: str | Path, geonames: list[str] | None = None, analyzer=None) -> Run:
    """Ingest ``corpus`` into a fresh in-memory store, analyse and fuse it, and gather the view.

    ``analyzer`` lets tests share one loaded Analyzer across runs (only without ``geonames``: an
    imported dump changes the knowledge, so a fresh one is loaded then).
    """
    corpus = Path(corpus)
    if not corpus.exists():
        raise SitrepError(ErrorCode.not_found, f"no corpus at {corpus}")
    t0 = time.perf_counter()
    store = Store(":memory:")
    if geonames:
        n = import_geonames(store, list(geonames))
        log.info("imported %d GeoNames rows", n)
        analyzer = None
    if analyzer is None:
        analyzer = Analyzer(load_knowledge(store))
    recorder = RecordingAnalyzer(analyzer)
    summary = pipeline.run([str(corpus)], store, recorder, actors=analyzer.knowledge.actors)
    documents = _stored_documents(store, summary.doc_ids, recorder)
    view = build_view(store, analyzer.knowledge, recorder.analyses, documents)
    for err in summary.errors:
        view.warn(f"input skipped: {err.source}: {err.code} {err.message}")
    return Run(str(corpus), store, analyzer.knowledge, view, summary.as_dict(), time.perf_counter() - t0)


def _stored_documents(store, doc_ids: list[str], recorder: RecordingAnalyzer) -> list[Document]:
    documents = []
    for doc_id in doc_ids:
        doc = None
        if hasattr(store, "get_document"):
            try:
                doc = store.get_document(doc_id)
            except Exception as exc:  # fall back to the copy the analyzer saw
                log.warning("get_document(%s) failed: %r", doc_id, exc)
        doc = doc or recorder.documents.get(doc_id)
        if doc is not None:
            documents.append(doc)
    return documents


@functools.lru_cache(maxsize=1)
def default_analyzer():
    """One Analyzer with the default knowledge (the CLI's: shipped actors, embedded gazetteer),
    loaded once per process for repeated evaluations."""
    return Analyzer(load_knowledge())


_SHARED_RUNS: dict[str, Run] = {}


def shared_run(corpus: str | Path) -> Run:
    """``run_corpus`` with the default analyzer, memoised per process and corpus path: the quality
    gate and the golden tests score one pipeline run per test session.  Scorers only read a run."""
    key = str(Path(corpus).resolve())
    if key not in _SHARED_RUNS:
        _SHARED_RUNS[key] = run_corpus(corpus, analyzer=default_analyzer())
    return _SHARED_RUNS[key]


def evaluate_gold(gold_path: str | Path, corpus: str | Path, geonames: list[str] | None = None,
                  analyzer=None, why: bool = False) -> GoldReport:
    """Run the pipeline on ``corpus`` and score it against the gold file: the ``sitrep eval gold`` job.
    ``why``: also say why each gold event's several stored events stayed apart (``run["why_apart"]``)."""
    gold = load_gold(gold_path)
    if analyzer is None and not geonames:
        analyzer = default_analyzer()
    run = run_corpus(corpus, geonames=geonames, analyzer=analyzer)
    report = score(gold, run)
    if why:
        from sitrep.eval.gold.why_apart import gold_why_apart

        report.run["why_apart"] = gold_why_apart(gold, run)
    return report
