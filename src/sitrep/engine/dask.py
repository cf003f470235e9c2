"""Analysis on a Dask cluster: the same ``Analyzer.analyse`` on dask.distributed workers.

- The ``Analyzer`` reaches each worker once, through a ``WorkerPlugin`` whose ``setup`` also loads
  the spaCy pipeline there; tasks find it with ``get_worker().plugins``.
- Documents go in, ``chunk_size`` at a time from the pipeline's stream, as a Dask bag, or, with ``input="parquet"``,
  as Parquet partitions written to the shared output directory that the workers read themselves.
- Each partition's analyses are written by the worker as one Parquet file (doc_id, analysis JSON,
  error); the parent then loads those files into the store, being its only writer.

``scheduler`` is the address of a running cluster (``tcp://host:8786``); without it a
``LocalCluster`` of ``workers`` processes is started for the run.  The output directory must be
visible to both the workers and this process (the same machine, or a shared filesystem).
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import os
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

from distributed import WorkerPlugin

from sitrep.engine.base import ANALYSE_BATCH, Outcome, Writer, analyse_batch, batches, for_worker
from sitrep.model import Analysis, Document

log = logging.getLogger(__name__)

PLUGIN_NAME = "sitrep-analyzer"


class AnalyzerPlugin(WorkerPlugin):
    """Installs the Analyzer on a worker and warms it once per language (the spaCy pipeline, the
    event classifier loaded from its artifact, the lexicons), timing that start-up."""

    name = PLUGIN_NAME

    def __init__(self, analyzer, languages: tuple[str, ...] = ("en",)):
        self.analyzer = analyzer
        self.languages = languages

    def setup(self, worker) -> None:
        started = time.perf_counter()
        self.setup_phases: dict[str, float] = {}
        for language in self.languages:
            try:
                t = time.perf_counter()
                self.analyzer.nlp(language)
                self.setup_phases[f"spaCy pipeline ({language})"] = time.perf_counter() - t
                t = time.perf_counter()
                self.analyzer.warm_up(language)
                self.setup_phases[f"warm-up analysis ({language})"] = time.perf_counter() - t
            except Exception:  # a missing optional model: documents in that language fail alone
                log.warning("worker %s could not preload the %s pipeline", worker.address, language, exc_info=True)
        self.setup_seconds = time.perf_counter() - started


def worker_startup_seconds(client) -> dict[str, float]:
    """Each worker's analyzer start-up (``AnalyzerPlugin.setup``) in seconds, by worker address."""
    return {address: phases["total"] for address, phases in worker_startup_phases(client).items()}


def worker_startup_phases(client) -> dict[str, dict[str, float]]:
    """Each worker's analyzer start-up by phase (seconds), by worker address: ``total``, the spaCy
    pipeline and the warm-up analysis per language."""
    def _phases(dask_worker=None) -> dict[str, float]:
        plugin = dask_worker.plugins.get(PLUGIN_NAME) if dask_worker is not None else None
        return {"total": getattr(plugin, "setup_seconds", float("nan")), **getattr(plugin, "setup_phases", {})}

    return client.run(_phases)


def _worker_analyzer():
    from distributed import get_worker

    return get_worker().plugins[PLUGIN_NAME].analyzer


def _write_outcomes(outcomes: list[Outcome], out_dir: str) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({
        "doc_id": [o.doc_id for o in outcomes],
        "source": [o.source for o in outcomes],
        "analysis": [o.analysis.model_dump_json() if o.analysis else None for o in outcomes],
        "error": [o.error for o in outcomes],
    })
    path = Path(out_dir) / f"analyses-{uuid.uuid4().hex}.parquet"
    pq.write_table(table, path)
    return str(path)


def analyse_on_worker(document: Document) -> Analysis:
    """Plain ``Analyzer.analyse`` on a worker (no bag, no Parquet): the reference the engine must match."""
    return _worker_analyzer().analyse(document)


def _analysed(analyzer, documents) -> list[Outcome]:
    """The outcomes of ``documents``, ``ANALYSE_BATCH`` per spaCy pass as in the other engines."""
    return [o for batch in batches(documents, ANALYSE_BATCH) for o in analyse_batch(analyzer, batch)]


def _analyse_partition(records: list[dict], out_dir: str) -> list[str]:
    """Bag partition of document dicts → one Parquet file of outcomes; returns its path."""
    analyzer = _worker_analyzer()
    outcomes = _analysed(analyzer, (Document.model_validate(r) for r in records))
    return [_write_outcomes(outcomes, out_dir)] if outcomes else []


def _analyse_parquet_partition(paths: list[str], out_dir: str) -> list[str]:
    """Bag partition of Parquet document files → one outcome file per input file."""
    import pyarrow.parquet as pq

    analyzer = _worker_analyzer()
    written = []
    for path in paths:
        rows = pq.read_table(path, columns=["document"]).column("document").to_pylist()
        outcomes = _analysed(analyzer, (Document.model_validate_json(r) for r in rows))
        if outcomes:
            written.append(_write_outcomes(outcomes, out_dir))
    return written


def write_documents_parquet(documents: list[Document], out_dir: str | Path, rows_per_file: int = 256) -> list[str]:
    """Documents as Parquet partitions (doc_id, document JSON) for workers to read from shared storage."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(0, len(documents), rows_per_file):
        chunk = [for_worker(d) for d in documents[i : i + rows_per_file]]
        path = out / f"documents-{i // rows_per_file:05d}.parquet"
        pq.write_table(pa.table({"doc_id": [d.doc_id for d in chunk],
                                 "document": [d.model_dump_json() for d in chunk]}), path)
        paths.append(str(path))
    return paths


def read_outcomes(paths: list[str]) -> Iterator[Outcome]:
    """The analyses the workers wrote, back as ``Outcome`` records."""
    import pyarrow.parquet as pq

    for path in paths:
        for row in pq.read_table(path).to_pylist():
            analysis = Analysis.model_validate_json(row["analysis"]) if row["analysis"] else None
            yield Outcome(row["doc_id"], row["source"], analysis=analysis, error=row["error"])


_INSTALLED: dict[int, tuple[int, tuple[str, ...]]] = {}  # id(client) → (id(analyzer), languages)


def _install_analyzer(client, analyzer, languages: tuple[str, ...]) -> None:
    """Register the analyzer plugin unless this client's workers already hold this analyzer
    (re-registering ships the knowledge again and reloads every worker's pipeline)."""
    key = (id(analyzer), languages)
    if _INSTALLED.get(id(client)) == key:
        return
    # every artifact stored before the workers start: on a cold cache each would build its own
    from sitrep.analyse.warm import warm_artifacts

    warm_artifacts(analyzer, languages)
    client.register_plugin(AnalyzerPlugin(analyzer, languages), name=PLUGIN_NAME)
    _INSTALLED[id(client)] = key


@contextlib.contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2):
    """A client of the cluster at ``scheduler``, or of a LocalCluster started (and stopped) here."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            try:
                yield client
            finally:
                _INSTALLED.pop(id(client), None)
        return
    # one string-hash seed for every worker: analysis code that (wrongly) depends on set or dict-of-set
    # iteration order then gives the same result whichever worker a document lands on
    env = {"PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "0"), "OMP_NUM_THREADS": "1"}
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.WARNING, env=env) as cluster, Client(cluster) as client:
        try:
            yield client
        finally:
            _INSTALLED.pop(id(client), None)


def analyse_documents_dask(
    store,
    analyzer,
    documents: Iterable[Document],
    summary,
    scheduler: str | None = None,
    workers: int = 2,
    partition_size: int = 32,
    input: str = "bag",
    out_dir: str | Path | None = None,
    client=None,
    write_batch: int = 64,
    chunk_size: int = 256,
) -> Iterator[list[str]]:
    """Analyse ``documents`` on Dask and load the resulting Parquet analyses into ``store``.

    ``documents`` is consumed ``chunk_size`` at a time (one Dask computation per chunk), so memory
    stays bounded by the chunk however long the stream; the writer saves each chunk's analyses and
    the doc_ids of each committed batch are yielded; the next chunk is analysed while the writer
    saves the one before (so the first chunk is kept small: until it is back the writer has nothing
    to do, and a corpus of one chunk is analysed first and written after, with no overlap)."""
    chunks = batches(documents, chunk_size)
    first = next(chunks, None)
    if first is None:
        return
    if input not in ("bag", "parquet"):
        raise ValueError(f"input must be 'bag' or 'parquet', not {input!r}")
    languages = tuple(sorted({"fr" if (d.language or "").startswith("fr") else "en" for d in first}))
    with contextlib.ExitStack() as stack:
        own_dir = out_dir is None  # ours: outcome files are deleted once loaded; a caller's dir is kept
        if own_dir:
            out_dir = stack.enter_context(tempfile.TemporaryDirectory(prefix="sitrep-dask-"))
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        if client is None:
            client = stack.enter_context(dask_client(scheduler, workers))
        _install_analyzer(client, analyzer, languages)
        writer = Writer(store, summary, batch_size=write_batch)
        submit = functools.partial(_submit_chunk, client, out_dir=str(out_dir), input=input,
                                   partition_size=partition_size)
        # one chunk in flight while the writer saves and fuses the one before: the workers never
        # wait for the writer (a blocking compute per chunk left them idle through every save)
        numbered = enumerate(itertools.chain([first], chunks))
        running = submit(*next(numbered))
        while running is not None:
            following = next(numbered, None)
            ahead = submit(*following) if following else None
            paths = running.result()
            for outcome in read_outcomes(sorted(paths)):
                if committed := writer.add([outcome]):
                    yield committed
            for path in paths if own_dir else ():  # loaded: free the space before the next chunk
                with contextlib.suppress(OSError):
                    os.unlink(path)
            running = ahead
        if committed := writer.flush():
            yield committed
        log.info("dask analysed %d documents", writer.written)


def _submit_chunk(client, n: int, chunk: list[Document], out_dir: str, input: str, partition_size: int):
    """Start the analysis of one chunk on the cluster; the future's result is its outcome files."""
    import dask.bag as db

    if input == "parquet":
        doc_paths = write_documents_parquet(chunk, Path(out_dir) / "input" / f"chunk-{n:05d}",
                                            rows_per_file=partition_size)
        bag = db.from_sequence(doc_paths, partition_size=1).map_partitions(_analyse_parquet_partition, out_dir)
    else:
        records = [for_worker(d).model_dump(mode="json") for d in chunk]
        bag = db.from_sequence(records, partition_size=partition_size).map_partitions(_analyse_partition, out_dir)
    log.info("analysing %d documents on dask (%s input, %d partitions)", len(chunk), input, bag.npartitions)
    return client.compute(bag)


def make_dask_engine(scheduler: str | None = None, workers: int = 2, **options):
    """An engine with the signature of ``sitrep.engine.serial.analyse_documents``, bound to its options."""

    def analyse(store, analyzer, documents, summary) -> Iterator[list[str]]:
        return analyse_documents_dask(store, analyzer, documents, summary, scheduler=scheduler, workers=workers, **options)

    analyse.__name__ = "dask"
    return analyse
