"""The main job, shared by the CLI and the API: ingest → analyse → store → fuse.

``run`` reads inputs, stores each new document in its own transaction, analyses what was stored,
writes the analyses, then folds the new event mentions into the fused events incrementally.  A bad
input is counted by error code in the ``Summary`` and never stops the batch.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sitrep.errors import ErrorCode
from sitrep.model import Document, IngestError

log = logging.getLogger(__name__)


@dataclass
class Summary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    analysed: int = 0
    events_touched: int = 0
    skipped: Counter = field(default_factory=Counter)  # error code → count
    errors: list[IngestError] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)  # documents stored by this run

    def as_dict(self) -> dict:
        return {
            "read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "analysed": self.analysed,
            "events_touched": self.events_touched,
            "skipped": dict(self.skipped),
            "errors": [e.model_dump() for e in self.errors],
        }


def store_documents(store, items: Iterable[Document | IngestError], summary: Summary,
                    progress: Callable[[], None] | None = None,
                    already_stored: list[Document] | None = None) -> list[Document]:
    """Store each document in its own transaction; count duplicates and skips.

    Documents found already stored are appended to ``already_stored`` when it is given (``run``
    uses them to finish what an interrupted earlier run left undone)."""
    stored: list[Document] = []
    for item in items:
        summary.read += 1
        if isinstance(item, IngestError):
            summary.skipped[item.code] += 1
            summary.errors.append(item)
            store.record_ingest_error(item)
        else:
            status = store.add_document(item)
            if status == "duplicate":
                summary.duplicates += 1
                if already_stored is not None:
                    already_stored.append(item)
            else:
                summary.stored += 1
                summary.near_duplicates += status == "near_duplicate"
                summary.doc_ids.append(item.doc_id)
                stored.append(item)
        if progress:
            progress()
    return stored


def analyse_documents(store, analyzer, documents: list[Document], summary: Summary) -> None:
    """Analyse in this process and save each result; a failing document is counted, not fatal."""
    for document in documents:
        try:
            analysis = analyzer.analyse(document)
        except Exception as exc:  # one bad document must not abort the batch
            log.exception("analysis failed for %s", document.doc_id)
            err = IngestError(source=document.source, code=ErrorCode.analysis_failed.value, message=str(exc))
            summary.skipped[err.code] += 1
            summary.errors.append(err)
            store.record_ingest_error(err)
            continue
        store.save_analysis(analysis)
        summary.analysed += 1


def run(inputs: list[str], store, analyzer=None, progress: Callable[[], None] | None = None,
        analyse: Callable | None = None, **read_options) -> Summary:
    """Ingest ``inputs`` (paths, URLs, ``-``), analyse and fuse what is new.

    ``analyse`` is the engine (``sitrep.engine.get_engine``): a function with the signature of
    ``analyse_documents``, which is the default (in this process)."""
    from sitrep.corrections import apply_corrections
    from sitrep.fuse import fuse_documents
    from sitrep.ingest import read_inputs

    summary = Summary()
    known: list[Document] = []
    documents = store_documents(store, read_inputs(inputs, **read_options), summary, progress, known)
    if analyzer is not None:
        unanalysed, unfused = _unfinished(store, known)
        todo = documents + unanalysed
        if todo:
            (analyse or analyse_documents)(store, analyzer, todo, summary)
        to_fuse = [d.doc_id for d in todo] + unfused
        if to_fuse:
            summary.events_touched = fuse_documents(store, to_fuse)
            # analyst corrections outlive re-analysis: fusion rebuilt these events, so re-apply them
            apply_corrections(store)
    return summary


def _unfinished(store, known: list[Document]) -> tuple[list[Document], list[str]]:
    """What an interrupted earlier run (kill -9, power loss) left undone for these stored inputs:
    the documents it stored but never analysed, and the doc_ids it analysed but never fused.
    Each stage commits per document (analysis) or per batch (fusion), so re-running the same
    ingest finishes the corpus instead of skipping the documents as duplicates."""
    if not known:
        return [], []
    analysed = set(store.list_analysed())
    unanalysed = list({d.doc_id: d for d in known if d.doc_id not in analysed}.values())
    done = sorted({d.doc_id for d in known if d.doc_id in analysed})
    unfused = sorted({m.span.doc_id for m, event_id in store.event_mentions_of_docs(done) if event_id is None}) if done else []
    if unanalysed or unfused:
        log.info("resuming an interrupted run: %d documents to analyse, %d to fuse", len(unanalysed), len(unfused))
    return unanalysed, unfused
