"""The local process pool survives bad documents; engine selection (equality with one process: test_engine_fusion)."""

from __future__ import annotations

import os

from .engine_helpers import FailingAnalyzer

from sitrep.engine import get_engine
from sitrep.engine.local import analyse_documents_pool
from sitrep.pipeline import Summary
from sitrep.store import Store


def test_get_engine_picks_by_workers_and_scheduler():
    from sitrep.engine.serial import analyse_documents

    assert get_engine("auto", workers=1) is analyse_documents
    assert get_engine("auto", workers=2).__name__ == "pool_2"
    assert get_engine("auto", scheduler="tcp://127.0.0.1:1").__name__ == "dask"
    assert get_engine("serial", workers=4) is analyse_documents


def test_pool_counts_a_failing_document_and_goes_on(engine_knowledge, seed_docs):
    bad = seed_docs[0].model_copy(update={"doc_id": "bad0000000000000", "text": seed_docs[0].text + FailingAnalyzer.marker})
    docs = [bad, seed_docs[1]]
    summary = Summary()
    with Store(":memory:") as store:
        committed = list(analyse_documents_pool(store, FailingAnalyzer(engine_knowledge), docs, summary,
                                                workers=2, batch_size=1))
        assert committed == [[seed_docs[1].doc_id]]  # the failed document is never handed to fusion
        assert summary.analysed == 1
        assert summary.skipped == {"E_ANALYSIS": 1}
        assert "on purpose" in summary.errors[0].message
        assert store.get_analysis("bad0000000000000") is None
        assert all(store.get_analysis(d.doc_id) for d in docs[1:])
    assert os.getpid()  # the parent survived
