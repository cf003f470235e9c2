"""The Dask engine on a LocalCluster of two worker processes: same analyses, loaded from Parquet."""

from __future__ import annotations

import pytest
from h7_engine_helpers import comparable

from sitrep.engine.dask import analyse_documents_dask, dask_client, read_outcomes, write_documents_parquet
from sitrep.pipeline import Summary
from sitrep.store import Store


@pytest.fixture(scope="module")
def client():
    with dask_client(workers=2) as c:
        yield c


@pytest.mark.parametrize("source,n_docs", [("bag", 3), ("parquet", 2)])
def test_dask_matches_single_process(client, h7_analyzer, seed_docs, serial_analyses, tmp_path, source, n_docs):
    docs = seed_docs[:n_docs]
    summary = Summary()
    with Store(":memory:") as store:
        analyse_documents_dask(store, h7_analyzer, docs, summary, client=client, input=source,
                               partition_size=2, out_dir=tmp_path)
        assert summary.analysed == len(docs) and not summary.errors
        for doc in docs:
            assert comparable(store.get_analysis(doc.doc_id)) == serial_analyses[doc.doc_id]
    # the workers' output is Parquet files the store loaded: one per partition of ≤2 documents
    files = sorted(tmp_path.glob("analyses-*.parquet"))
    assert len(files) == (n_docs + 1) // 2
    assert sorted(o.doc_id for o in read_outcomes([str(f) for f in files])) == sorted(d.doc_id for d in docs)


def test_documents_parquet_partitions(seed_docs, tmp_path):
    paths = write_documents_parquet(seed_docs, tmp_path, rows_per_file=2)
    assert len(paths) == 3
    import pyarrow.parquet as pq

    assert sum(pq.read_table(p).num_rows for p in paths) == len(seed_docs)
