"""The main job, shared by the CLI and the API: ingest → analyse → store → fuse, streamed.

``run`` reads inputs and stores them in batches of ``STORE_BATCH`` documents (one transaction per
batch); the engine pulls the stored documents lazily, so at most a few batches are in memory
whatever the corpus size; the engine's single writer saves analyses in batched transactions and
yields the doc_ids of each committed batch, which ``run`` queues for fusion, folding ``FUSE_BATCH``
documents at a time into the fused events incrementally.  A bad input is counted by error code in
the ``Summary`` and never stops the run.

Crash safety: every stage commits whole batches, so a killed run leaves documents stored but not
analysed, or analysed but not fused; re-running the same ingest finds those among its "duplicates"
(``_unfinished``) and finishes them.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field

from sitrep.corrections import apply_corrections
from sitrep.engine.base import AnalyseFn
from sitrep.engine.serial import analyse_documents
from sitrep.errors import ErrorCode, SitrepError
from sitrep.fuse import fuse_documents
from sitrep.ingest import dedup, read_inputs
from sitrep.ingest.dateline_years import years_from_batch
from sitrep.knowledge import ActorBase, load_actors
from sitrep.knowledge.actor_knowledge import ActorKnowledge
from sitrep.model import Document, IngestError, IngestWarning

log = logging.getLogger(__name__)

STORE_BATCH = 100  # documents per storing transaction (DuckDB's per-commit cost amortised)
FUSE_BATCH = 200  # analysed documents per fusion transaction


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
    warnings: list[IngestWarning] = field(default_factory=list)  # inputs kept with a caveat (not in ``read``)
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
            "warnings": [w.model_dump() for w in self.warnings],
        }


def store_batches(store, items: Iterable[Document | IngestError], summary: Summary,
                  progress: Callable[[], None] | None = None,
                  batch_size: int = STORE_BATCH) -> Iterator[tuple[list[Document], list[Document]]]:
    """Store the documents of ``items`` ``batch_size`` at a time (one transaction each); count
    duplicates and skips.  Yields (newly stored, found already stored) per batch."""
    batch: list[Document] = []

    def flush() -> tuple[list[Document], list[Document]]:
        new, known = [], []
        # a dateline without its year takes the year of the dated reports stored with it
        batch[:] = years_from_batch(batch)
        for doc, status in zip(batch, _add_documents(store, batch)):
            if isinstance(status, IngestError):  # this document alone could not be stored
                summary.skipped[status.code] += 1
                summary.errors.append(status)
                store.record_ingest_error(status)
            elif status == "duplicate":
                summary.duplicates += 1
                known.append(doc)
            else:
                summary.stored += 1
                summary.near_duplicates += status == "near_duplicate"
                summary.doc_ids.append(doc.doc_id)
                new.append(doc)
            if progress:
                progress()
        batch.clear()
        return new, known

    for item in items:
        if isinstance(item, IngestWarning):  # about an input already counted: kept, with a caveat
            summary.warnings.append(item)
            continue
        summary.read += 1
        if isinstance(item, IngestError):
            summary.skipped[item.code] += 1
            summary.errors.append(item)
            store.record_ingest_error(item)
            if progress:
                progress()
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            yield flush()
    if batch:
        yield flush()


def _add_documents(store, batch: list[Document]) -> list[str | IngestError]:
    """``dedup.add_documents(store, batch)`` (ingest links near-duplicates, the store stores them); if
    the batch fails for a reason of its own (not the store's: those are SitrepErrors and stop the
    run), store its documents one by one so that a document the store refuses costs only itself, as
    an ``E_BAD_RECORD`` error."""
    try:
        return dedup.add_documents(store, batch)
    except SitrepError:
        raise
    except Exception:  # noqa: BLE001 - isolate the document that broke the batch
        log.exception("storing a batch of %d documents failed; storing them one by one", len(batch))
    statuses: list[str | IngestError] = []
    for doc in batch:
        try:
            statuses += dedup.add_documents(store, [doc])
        except SitrepError:
            raise
        except Exception as exc:  # noqa: BLE001
            statuses.append(IngestError(source=doc.source, code=ErrorCode.bad_record.value,
                                        message=f"the store refused it: {type(exc).__name__}: {exc}"))
    return statuses


def store_documents(store, items: Iterable[Document | IngestError], summary: Summary,
                    progress: Callable[[], None] | None = None,
                    already_stored: list[Document] | None = None,
                    batch_size: int = STORE_BATCH) -> list[Document]:
    """Store all of ``items`` (batched transactions) and return the newly stored documents.

    Documents found already stored are appended to ``already_stored`` when it is given.  This
    holds every document in memory: ``run`` streams through ``store_batches`` instead."""
    stored: list[Document] = []
    for new, known in store_batches(store, items, summary, progress, batch_size):
        stored += new
        if already_stored is not None:
            already_stored += known
    return stored


class _Fusion:
    """Fusion as the writer commits analyses: every ``batch`` documents, one incremental fusion."""

    def __init__(self, store, summary: Summary, knowledge: ActorKnowledge, batch: int = FUSE_BATCH,
                 on_fuse: Callable[[int], None] | None = None):
        self.store, self.summary, self.batch = store, summary, batch
        self.knowledge = knowledge  # the actor base fusion relates actors with, built once per run
        self.on_fuse = on_fuse  # told how many documents each fusion folds in (the CLI's progress)
        self.pending: list[str] = []
        self.ran = False

    def add(self, doc_ids: Iterable[str]) -> None:
        self.pending += doc_ids
        if len(self.pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        doc_ids, self.pending = self.pending, []
        if self.on_fuse is not None:
            self.on_fuse(len(doc_ids))
        self.summary.events_touched += fuse_documents(self.store, doc_ids, self.knowledge)
        self.ran = True


def run(inputs: list[str], store, analyzer=None, progress: Callable[[], None] | None = None,
        analyse: AnalyseFn | None = None, store_batch: int = STORE_BATCH, fuse_batch: int = FUSE_BATCH,
        actors: ActorBase | None = None, **read_options) -> Summary:
    """Ingest ``inputs`` (paths, URLs, ``-``), analyse and fuse what is new.

    ``actors``: the actor base the analyzer was built with (read from the files when not given).  It
    is saved into the store before anything is fused (fusion and the listings name actors from
    the store's tables); the store skips the write when it already holds the same base.

    ``analyse`` is the engine (``sitrep.engine.get_engine``): a generator function with the
    signature of ``sitrep.engine.serial.analyse_documents``, which is the default (in this process).
    It receives a lazy iterable (pulling documents from it stores the next batch) and yields the
    doc_ids of each batch of analyses it commits, which are fused here."""
    summary = Summary()
    batches = store_batches(store, read_inputs(inputs, **read_options), summary, progress, store_batch)
    if analyzer is None:
        for _ in batches:
            pass
        return summary
    actors = actors if actors is not None else load_actors()
    store.save_actor_base(actors)
    fusion = _Fusion(store, summary, ActorKnowledge(actors), fuse_batch, on_fuse=getattr(progress, "fusing", None))
    engine = analyse or analyse_documents
    with closing(engine(store, analyzer, _to_analyse(store, batches, fusion), summary)) as committed:
        for doc_ids in committed:
            fusion.add(doc_ids)
    fusion.flush()
    if fusion.ran:
        # analyst corrections outlive re-analysis: fusion rebuilt these events, so re-apply them
        apply_corrections(store)
        # keep the events table in date order once enough rows were written (store/layout.py)
        store.maybe_cluster_events()
    return summary


def _to_analyse(store, batches: Iterable[tuple[list[Document], list[Document]]], fusion: _Fusion) -> Iterator[Document]:
    """The documents to analyse, batch by batch: the newly stored ones, and those an interrupted
    earlier run stored but never analysed; doc_ids it analysed but never fused go to ``fusion``."""
    seen: set[str] = set()  # doc_ids this run handles already (the same text twice in the inputs)
    for new, known in batches:
        unanalysed, unfused = _unfinished(store, [d for d in known if d.doc_id not in seen])
        if unfused:
            fusion.add(unfused)
        for doc in new + unanalysed:
            if doc.doc_id not in seen:
                seen.add(doc.doc_id)
                yield doc


def _unfinished(store, known: list[Document]) -> tuple[list[Document], list[str]]:
    """What an interrupted earlier run (kill -9, power loss) left undone for these stored inputs:
    the documents it stored but never analysed, and the doc_ids it analysed but never fused.
    Each stage commits whole batches, so re-running the same ingest finishes the corpus instead
    of skipping the documents as duplicates.  Looks up only these doc_ids (indexed), never the
    whole store."""
    if not known:
        return [], []
    analysed = store.analysed_among([d.doc_id for d in known])
    unanalysed = list({d.doc_id: d for d in known if d.doc_id not in analysed}.values())
    unfused = sorted(store.unfused_among(sorted(analysed)))
    if unanalysed or unfused:
        log.info("resuming an interrupted run: %d documents to analyse, %d to fuse", len(unanalysed), len(unfused))
    return unanalysed, unfused
