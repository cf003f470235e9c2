"""Analysis in a local process pool: one spaCy model per worker, documents streamed in batches.

Each worker receives the ``Analyzer`` once, through the pool initializer.  On Linux the pool forks
by default: workers inherit the parent's analyzer with its spaCy pipeline already loaded (shared
copy-on-write, no pickling, no reload) and the parent's string-hash seed, so a worker computes
exactly what this process would.  With fork the pools are forked by a pool host, itself forked from
this process after the warm-up and before anything is saved (``sitrep.engine.pool_host``): a pool
recycled late in a long ingest then copies the warm analyzer, not this process's grown heap.  With ``spawn``/``forkserver`` the analyzer is pickled once per
worker and each worker loads its own pipeline (the model is never pickled).  The parent streams batches of documents to the
pool with a bounded number in flight, and is the only process that writes to the store: outcomes
are saved in arrival order by the ``Writer``.  A worker that dies (killed, out of memory) costs the
documents it held, which are counted as failed; the rest go on in a fresh pool.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import gc
import logging
import multiprocessing as mp
import os
import pickle
import itertools
import queue
from collections.abc import Generator, Iterable, Iterator

from sitrep.engine import pool_host
from sitrep.engine.base import ANALYSE_BATCH, Outcome, Writer, analyse_batch, batches, for_worker
from sitrep.model import Document

log = logging.getLogger(__name__)

_ANALYZER = None  # the worker's own Analyzer, set once by the initializer


def _init_worker(analyzer, languages: tuple[str, ...]) -> None:
    global _ANALYZER
    # one worker = one core: stop numpy/BLAS from starting threads that fight the other workers
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    try:  # a forked worker inherits BLAS pools already started by the parent: shrink them too
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:  # optional (comes with scikit-learn)
        pass
    _ANALYZER = pickle.loads(analyzer) if isinstance(analyzer, bytes) else analyzer
    for language in languages:  # load the models now, not inside the first batch
        try:
            _ANALYZER.nlp(language)
        except Exception:  # a missing French model must not stop English analysis
            log.warning("worker %d could not preload the %s pipeline", os.getpid(), language, exc_info=True)


def _analyse_batch(documents: list[Document]) -> list[Outcome]:
    return analyse_batch(_ANALYZER, documents)


def _analyse_pickled(payload: bytes) -> bytes:
    """A pool host's task, run in a worker: a pickled batch of documents in, its pickled outcomes out."""
    return pickle.dumps(_analyse_batch(pickle.loads(payload)), protocol=pickle.HIGHEST_PROTOCOL)


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Batches for the workers, pulled lazily from ``documents`` (which may store as it goes)."""
    return batches((for_worker(d) for d in documents), size)


def _languages(first: list[Document]) -> tuple[str, ...]:
    """The pipelines to preload, judged on the first batch; a language first seen later is loaded
    by each worker when it meets it."""
    return tuple(sorted({"fr" if (d.language or "").startswith("fr") else "en" for d in first}))


def default_workers() -> int:
    return max(1, (os.cpu_count() or 1))


def analyse_documents_pool(
    store,
    analyzer,
    documents: Iterable[Document],
    summary,
    workers: int | None = None,
    batch_size: int = ANALYSE_BATCH,
    write_batch: int = 64,
    start_method: str | None = None,
    languages: tuple[str, ...] | None = None,
    recycle_after: int | None = 2000,
    host: bool = True,
) -> Iterator[list[str]]:
    """Analyse ``documents`` in ``workers`` processes and save the analyses from this process;
    yields the doc_ids of each committed batch.

    ``start_method`` defaults to ``fork`` where the platform has it ($SITREP_MP_START overrides):
    workers share the parent's loaded model and hash seed.  They never touch the parent's DuckDB
    connection and leave through ``os._exit``, so the inherited connection is neither used nor closed.
    ``spawn``/``forkserver`` start clean interpreters (slower start, one model load per worker).

    ``recycle_after``: documents one pool analyses before it is replaced by a fresh one (None:
    never).  A worker's spaCy vocabulary grows with every new word it meets (~45 KB per 500-word
    article at first, measured); fresh workers forked from the parent, whose model analysed only the warm-up sentence,
    keep a long ingest's memory bounded.  The pool is drained first, so no document is lost.

    ``host`` (fork only): the pools are forked by a pool host process forked from this one before it
    stores anything (``sitrep.engine.pool_host``), not by this process, whose heap grows as it writes:
    recycled workers then start from the warm analyzer alone instead of copying the writer's pages.
    """
    workers = workers or default_workers()
    todo = _batches(documents, batch_size)
    first = next(todo, None)
    if first is None:
        return
    todo = itertools.chain([first], todo)
    if languages is None:
        languages = _languages(first)
    method = start_method or os.environ.get("SITREP_MP_START") or (
        "fork" if "fork" in mp.get_all_start_methods() else "spawn")
    ctx = mp.get_context(method)
    # models loaded, stages imported, classifiers fitted and every artifact stored here, once: forked
    # workers (and recycled pools) share them, spawned ones load them instead of each building its own
    from sitrep.analyse.warm import warm_artifacts

    warm_artifacts(analyzer, languages)
    payload = analyzer if method == "fork" else pickle.dumps(analyzer)
    writer = Writer(store, summary, batch_size=write_batch)
    log.info("analysing documents in %d worker processes", workers)
    if method == "fork" and host:
        yield from _through_host(ctx, payload, languages, todo, writer, workers, recycle_after)
        log.info("pool analysed %d documents", writer.written)
        return
    finished = False  # the stream is exhausted
    while True:
        if method == "fork":
            # the parent's objects move to the permanent generation: a worker's garbage collector then
            # never writes to their headers, so their pages stay shared instead of copied per worker
            gc.freeze()
        with cf.ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                                    initargs=(payload, languages)) as pool:
            broken, finished, submitted = yield from _feed_pool(pool, todo, writer, finished,
                                                                workers * 3, recycle_after)
        if method == "fork":
            gc.unfreeze()
        if committed := writer.flush():
            yield committed
        if broken:
            log.error("a worker process died; continuing the remaining documents in a new pool")
        elif finished:
            break
        else:
            log.info("recycling the worker pool after %d documents", submitted)
    log.info("pool analysed %d documents", writer.written)


def _through_host(ctx, analyzer, languages: tuple[str, ...], todo: Iterator[list[Document]], writer: Writer,
                  workers: int, recycle_after: int | None) -> Generator[list[str], None, None]:
    """Analyse ``todo`` in pools run by a pool host (see ``sitrep.engine.pool_host``); a host that
    dies costs the batches it held (counted as failed) and the rest go to a new one."""
    while True:
        tasks, results = ctx.Queue(), ctx.Queue()
        gc.freeze()  # the host inherits the warm analyzer with its objects out of the collector's reach
        host = ctx.Process(target=pool_host.host_main, name="sitrep-pool-host",
                           args=(_analyse_pickled, workers, _init_worker, (analyzer, languages), recycle_after,
                                 tasks, results))
        host.start()
        gc.unfreeze()
        ended = False
        try:
            lost = yield from _feed_host(host, tasks, results, todo, writer, workers * 3)
            ended = True
        finally:
            _stop_host(host, tasks, results, ended)
        if committed := writer.flush():
            yield committed
        if not lost:
            return
        log.error("the pool host process died; continuing the remaining documents in a new one")


def _feed_host(host, tasks, results, todo: Iterator[list[Document]], writer: Writer,
               max_in_flight: int) -> Generator[list[str], None, bool]:
    """Send batches to the host (at most ``max_in_flight`` unanswered) and hand each answer to the
    writer, yielding what it commits.  Returns True when the host died with batches unanswered."""
    outstanding: dict[int, list[Document]] = {}
    sent = 0
    exhausted = False
    while True:
        while not exhausted and len(outstanding) < max_in_flight:
            batch = next(todo, None)
            if batch is None:
                exhausted = True
                tasks.put(None)
                break
            tasks.put((sent, pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL), len(batch)))
            outstanding[sent] = batch
            sent += 1
        if not outstanding:
            return False
        try:
            number, payload = results.get(timeout=1.0)
        except queue.Empty:
            if host.is_alive():
                continue
            for batch in outstanding.values():
                _failed(writer, batch)
            return True
        batch = outstanding.pop(number)
        if payload is None:
            _failed(writer, batch)
        elif committed := writer.add(pickle.loads(payload)):
            yield committed


def _failed(writer: Writer, batch: list[Document]) -> None:
    """A batch whose worker (or pool host) died: each of its documents counted as failed."""
    for d in batch:
        writer.fail(d.source, "the worker process analysing this document died")


def _stop_host(host, tasks, results, ended: bool) -> None:
    """Let the host finish (it was sent the end of the stream) or, after an error here, stop it now."""
    if not ended:
        with contextlib.suppress(Exception):
            tasks.put(pool_host.ABORT)
    host.join(timeout=60 if ended else 10)
    if host.is_alive():
        log.warning("the pool host did not stop; terminating it")
        host.terminate()
        host.join(timeout=5)
    for q in (tasks, results):
        q.close()
        q.cancel_join_thread()  # what is left in them is for nobody


def _feed_pool(pool: cf.ProcessPoolExecutor, todo: Iterator[list[Document]], writer: Writer, finished: bool,
               max_in_flight: int, recycle_after: int | None) -> Generator[list[str], None, tuple[bool, bool, int]]:
    """Keep ``pool`` busy with batches from ``todo`` (at most ``max_in_flight`` at once) and hand
    each result to the writer, yielding what it commits; stops when the stream ends, when the pool
    has had ``recycle_after`` documents, or when a worker dies (its documents are counted as failed).
    Returns (a worker died, the stream is exhausted, documents submitted)."""
    in_flight: dict[cf.Future, list[Document]] = {}
    exhausted = finished  # nothing more for this pool: the stream ended, or time to recycle
    submitted = 0
    broken = False
    while in_flight or not exhausted:
        while not exhausted and len(in_flight) < max_in_flight:
            batch = next(todo, None)
            if batch is None:
                exhausted = finished = True
                break
            in_flight[pool.submit(_analyse_batch, batch)] = batch
            submitted += len(batch)
            if recycle_after and submitted >= recycle_after:
                exhausted = True
        if not in_flight:
            break
        done, _ = cf.wait(in_flight, return_when=cf.FIRST_COMPLETED)
        for fut in done:
            batch = in_flight.pop(fut)
            try:
                outcomes = fut.result()
            except cf.process.BrokenProcessPool:
                broken = True
                _failed(writer, batch)
                continue
            if committed := writer.add(outcomes):
                yield committed
        if broken:
            for batch in in_flight.values():
                _failed(writer, batch)
            in_flight.clear()
            break
    return broken, finished, submitted


def make_pool_engine(workers: int | None = None, **options):
    """An engine with the signature of ``sitrep.engine.serial.analyse_documents``, bound to its options."""

    def analyse(store, analyzer, documents, summary) -> Iterator[list[str]]:
        return analyse_documents_pool(store, analyzer, documents, summary, workers=workers, **options)

    analyse.__name__ = f"pool_{workers or default_workers()}"
    return analyse
