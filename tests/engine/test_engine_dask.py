"""The Dask engine on a LocalCluster of two worker processes: analyses go through a bag (or Parquet
partitions), come back as Parquet files and are loaded by the store unchanged.

The reference is ``Analyzer.analyse`` run on the same cluster one document at a time: the engine's
partitioning, Parquet round trip and writer must not change a thing.  And the workers (separate
interpreters, with their own string-hash seed) must analyse exactly as this process does: analysis
may not depend on set iteration order (bench/determinism.py checks more documents).
"""

from __future__ import annotations

import pytest
from .engine_helpers import comparable

from sitrep.engine.dask import (
    _install_analyzer, analyse_documents_dask, analyse_on_worker, dask_client, read_outcomes,
    write_documents_parquet,
)
from sitrep.pipeline import Summary
from sitrep.store import Store


@pytest.fixture(scope="module")
def client():
    with dask_client(workers=2) as c:
        yield c


@pytest.fixture(scope="module")
def cluster_analyses(client, engine_analyzer, seed_docs):
    _install_analyzer(client, engine_analyzer, ("en",))
    futures = client.map(analyse_on_worker, seed_docs[:3], pure=False)
    return {a.doc_id: comparable(a) for a in client.gather(futures)}


@pytest.mark.parametrize("source,n_docs", [("bag", 3), ("parquet", 2)])
def test_dask_engine_returns_what_the_workers_analyse(client, engine_analyzer, seed_docs, cluster_analyses, tmp_path,
                                                     source, n_docs):
    docs = seed_docs[:n_docs]
    summary = Summary()
    with Store(":memory:") as store:
        committed = list(analyse_documents_dask(store, engine_analyzer, docs, summary, client=client,
                                                input=source, partition_size=2, out_dir=tmp_path))
        assert summary.analysed == len(docs) and not summary.errors
        assert sorted(d for batch in committed for d in batch) == sorted(d.doc_id for d in docs)
        for doc in docs:
            assert comparable(store.get_analysis(doc.doc_id)) == cluster_analyses[doc.doc_id]
    # the workers' output is Parquet files the store loaded: one per partition of ≤2 documents
    files = sorted(tmp_path.glob("analyses-*.parquet"))
    assert len(files) == (n_docs + 1) // 2
    assert sorted(o.doc_id for o in read_outcomes([str(f) for f in files])) == sorted(d.doc_id for d in docs)


def test_workers_analyse_as_this_process_does(cluster_analyses, engine_analyzer, seed_docs):
    for doc in seed_docs[:3]:
        assert cluster_analyses[doc.doc_id] == comparable(engine_analyzer.analyse(doc)), doc.source


def test_documents_parquet_partitions(seed_docs, tmp_path):
    paths = write_documents_parquet(seed_docs, tmp_path, rows_per_file=2)
    assert len(paths) == 3
    import pyarrow.parquet as pq

    assert sum(pq.read_table(p).num_rows for p in paths) == len(seed_docs)


def test_workers_load_artifacts_instead_of_building_them(client, engine_analyzer, cluster_analyses):
    """This process has built or loaded every artifact (classifier, cue needles) while warming up, so
    the cache is warm: a worker that analysed documents must have loaded them all, fitted nothing."""
    from sitrep import artifacts
    from sitrep.engine.dask import worker_startup_phases

    engine_analyzer.warm_up("en")

    def built(dask_worker=None):
        from sitrep import artifacts as worker_artifacts

        return list(worker_artifacts.built_here())

    assert all(kinds == [] for kinds in client.run(built).values()), (artifacts.cache_dir(), client.run(built))
    phases = worker_startup_phases(client)
    assert phases and all(p["total"] >= p.get("spaCy pipeline (en)", 0.0) > 0 for p in phases.values())


def test_next_chunk_is_analysed_while_the_writer_saves(client, engine_analyzer, seed_docs, cluster_analyses,
                                                      monkeypatch):
    """With one document per chunk, the second chunk is already on the cluster when the writer hands
    over the first one's analyses (the workers do not wait for saving and fusion), and every chunk's
    analysis still arrives once, unchanged."""
    from sitrep.engine import dask as engine_dask

    submitted = []
    real_submit = engine_dask._submit_chunk

    def recording(client_, n, chunk, **kw):
        submitted.append(n)
        return real_submit(client_, n, chunk, **kw)

    monkeypatch.setattr(engine_dask, "_submit_chunk", recording)
    docs = seed_docs[:3]
    summary = Summary()
    seen_at_first_commit = None
    with Store(":memory:") as store:
        committed = []
        for batch in analyse_documents_dask(store, engine_analyzer, docs, summary, client=client,
                                            chunk_size=1, write_batch=1):
            if seen_at_first_commit is None:
                seen_at_first_commit = list(submitted)
            committed += batch
        assert seen_at_first_commit == [0, 1]
        assert submitted == [0, 1, 2]
        assert sorted(committed) == sorted(d.doc_id for d in docs) and summary.analysed == 3
        for doc in docs:
            assert comparable(store.get_analysis(doc.doc_id)) == cluster_analyses[doc.doc_id]
