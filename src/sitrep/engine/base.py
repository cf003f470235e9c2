"""What every engine shares: the analyse-function signature, outcome bookkeeping, the one writer.

An engine is a generator function ``analyse(store, analyzer, documents, summary)`` with the
signature of ``sitrep.engine.serial.analyse_documents``: it analyses ``documents`` (already stored;
any iterable, which ``pipeline.run`` makes lazy so that a corpus is never held whole in memory),
saves each ``Analysis`` through the store (only this process writes, in batched transactions),
counts what it did in ``summary`` and yields the doc_ids of each committed batch (the pipeline
fuses them).  A document whose analysis raised is counted under ``E_ANALYSIS`` and recorded, never
fatal.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from sitrep.errors import ErrorCode
from sitrep.model import Analysis, Document, IngestError

log = logging.getLogger(__name__)

ANALYSE_BATCH = 8  # documents per spaCy pass in every engine (nlp.pipe over all their paragraphs)

# (store, analyzer, documents, summary) → the doc_ids of each committed batch of analyses
AnalyseFn = Callable[[object, object, Iterable[Document], object], Iterator[list[str]]]


@dataclass
class Outcome:
    """What a worker sends back for one document: the analysis, or why there is none."""

    doc_id: str
    source: str
    analysis: Analysis | None = None
    error: str | None = None


def for_worker(document: Document) -> Document:
    """The document as shipped to a worker: without the raw markup, which analysis never reads."""
    return document.model_copy(update={"raw": None}) if document.raw is not None else document


def analyse_one(analyzer, document: Document, parsed=None) -> Outcome:
    """Run the pure analysis, turning an exception into an error outcome (one bad document ≠ a failed batch).
    ``parsed``: the document's paragraphs from ``Analyzer.parse`` over a batch (None: parse it here)."""
    try:
        analysis = analyzer.analyse(document) if parsed is None else analyzer.analyse(document, parsed)
        return Outcome(document.doc_id, document.source, analysis=analysis)
    except Exception as exc:  # noqa: BLE001 - any failure of one document is recorded, not raised
        log.exception("analysis failed for %s", document.doc_id)
        return Outcome(document.doc_id, document.source, error=f"{type(exc).__name__}: {exc}")


def analyse_batch(analyzer, documents: list[Document]) -> list[Outcome]:
    """Analyse several documents with one spaCy pass over all their paragraphs (spaCy is faster on
    larger batches).  If that pass fails, each document is parsed on its own, so only the document
    that breaks spaCy fails."""
    parse = getattr(analyzer, "parse", None)  # an analyzer without it (a replay, a test double) goes one by one
    if parse is None:
        return [analyse_one(analyzer, d) for d in documents]
    try:
        parsed = parse(documents)
    except Exception:  # noqa: BLE001 - isolate the culprit below
        log.warning("batched parse of %d documents failed; parsing them one by one", len(documents))
        return [analyse_one(analyzer, d) for d in documents]
    return [analyse_one(analyzer, d, p) for d, p in zip(documents, parsed)]


def batches(items: Iterable, size: int) -> Iterator[list]:
    """``items`` in lists of ``size``, pulled lazily (the iterable may store documents as it goes)."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


WRITE_BATCH = 64  # analyses per committing transaction (DuckDB's per-commit cost amortised)
WRITE_SECONDS = 5.0  # ... or fewer, once the oldest uncommitted analysis is this old


class Writer:
    """The single writer: saves outcomes in arrival order and keeps the summary's counts.

    Saves go through ``Store.save_analyses`` (one transaction per batch) when the store has it,
    else one ``save_analysis`` transaction per document.  A batch is committed when it holds
    ``batch_size`` analyses or when its oldest one has waited ``max_seconds``: a run killed
    before its end (fewer than ``batch_size`` documents, or a slow engine) then redoes at most
    a few seconds of analysis, not all of it.
    """

    def __init__(self, store, summary, batch_size: int = WRITE_BATCH, max_seconds: float | None = None):
        self.store = store
        self.summary = summary
        self.batch_size = batch_size
        self.max_seconds = WRITE_SECONDS if max_seconds is None else max_seconds
        self._pending: list[Analysis] = []
        self._oldest = 0.0  # time.monotonic() when the first pending analysis arrived
        self.written = 0

    def add(self, outcomes: Iterable[Outcome]) -> list[str]:
        """Queue ``outcomes``; returns the doc_ids committed by this call (empty: none yet)."""
        committed: list[str] = []
        for o in outcomes:
            if o.analysis is None:
                self.fail(o.source, o.error or "no analysis returned")
            else:
                if not self._pending:
                    self._oldest = time.monotonic()
                self._pending.append(o.analysis)
        if len(self._pending) >= self.batch_size or (
                self._pending and time.monotonic() - self._oldest >= self.max_seconds):
            committed = self.flush()
        # a pause between analysis batches: a shared store lets a waiting process (the server) in
        release = getattr(self.store, "release_if_wanted", None)
        if release is not None:
            release()
        return committed

    def fail(self, source: str, message: str) -> None:
        err = IngestError(source=source, code=ErrorCode.analysis_failed.value, message=message)
        self.summary.skipped[err.code] += 1
        self.summary.errors.append(err)
        self.store.record_ingest_error(err)

    def flush(self) -> list[str]:
        """Commit the pending analyses; returns their doc_ids (the caller hands them to fusion)."""
        if not self._pending:
            return []
        batch, self._pending = self._pending, []
        save_many = getattr(self.store, "save_analyses", None)
        if save_many is not None:
            save_many(batch)
        else:
            for analysis in batch:
                self.store.save_analysis(analysis)
        self.summary.analysed += len(batch)
        self.written += len(batch)
        return [a.doc_id for a in batch]
