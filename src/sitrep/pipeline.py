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
                    progress: Callable[[], None] | None = None) -> list[Document]:
    """Store each document in its own transaction; count duplicates and skips."""
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
    from sitrep.fuse import fuse_documents
    from sitrep.ingest import read_inputs

    summary = Summary()
    documents = store_documents(store, read_inputs(inputs, **read_options), summary, progress)
    if analyzer is not None and documents:
        (analyse or analyse_documents)(store, analyzer, documents, summary)
        summary.events_touched = fuse_documents(store, [d.doc_id for d in documents])
    return summary
