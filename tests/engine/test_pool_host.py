"""The pool host forks every worker pool, so recycled workers never copy what the writer built
meanwhile (its store buffers, fusion's objects), and a dead host costs only the batches it held."""

from __future__ import annotations

import os
import signal

from sitrep import pipeline
from sitrep.engine.local import analyse_documents_pool
from sitrep.ingest.build import build_document
from sitrep.model import Analysis
from sitrep.store import Store

WRITER_STATE: list[str] = []  # grows in the writer as it pulls documents (its heap after the start)


class _StateAnalyzer:
    """Records, per document, which process analysed it, its parent, and what it saw of WRITER_STATE."""

    def nlp(self, language):
        return None

    def analyse(self, document):
        if "kill the host" in document.text:
            os.kill(os.getppid(), signal.SIGKILL)  # a worker's parent is the host
            os._exit(1)
        return Analysis(doc_id=document.doc_id, timings={
            "pid": float(os.getpid()), "ppid": float(os.getppid()), "seen": float(len(WRITER_STATE))})


def _docs(n: int, extra: dict[int, str] | None = None):
    return [build_document(f"Headline {i}\n\n{(extra or {}).get(i, '')}Report {i} on the convoy near village {i}.\n",
                           source=f"h{i}") for i in range(n)]


def _pulled(docs):
    for d in docs:
        WRITER_STATE.append(d.doc_id)  # the writer's memory changes while the pools run
        yield d


def _recycled_pool_run(host: bool) -> tuple[pipeline.Summary, list[dict]]:
    """Eight documents, one per batch, through two workers recycled every two batches; each
    analysis' timings say which process made it and what it saw of the writer."""
    docs = _docs(8)
    WRITER_STATE.clear()
    summary = pipeline.Summary()
    with Store(":memory:") as store:
        store.add_documents(docs)
        list(analyse_documents_pool(store, _StateAnalyzer(), _pulled(docs), summary, workers=2,
                                    batch_size=1, recycle_after=2, start_method="fork", host=host))
        return summary, [store.get_analysis(d.doc_id).timings for d in docs]


def test_recycled_pools_start_from_the_host_not_from_the_writer():
    summary, timings = _recycled_pool_run(host=True)
    assert summary.analysed == 8 and not summary.errors
    assert len({t["pid"] for t in timings}) > 2  # several pools
    # every worker was forked by one host, not by this process
    assert len({t["ppid"] for t in timings}) == 1 and os.getpid() not in {t["ppid"] for t in timings}
    # and saw the writer as it was when the host was forked (one batch pulled), never its later state
    assert {t["seen"] for t in timings} == {1.0}


def test_without_the_host_recycled_workers_copy_the_writer():
    """The contrast the host exists for (``host=False``: pools forked by the writer itself)."""
    _, timings = _recycled_pool_run(host=False)
    assert {t["ppid"] for t in timings} == {float(os.getpid())}
    assert max(t["seen"] for t in timings) > 1.0


def test_a_dead_host_costs_its_batches_and_the_rest_goes_on():
    docs = _docs(12, {0: "Then kill the host. "})
    summary = pipeline.Summary()
    with Store(":memory:") as store:
        store.add_documents(docs)
        committed = list(analyse_documents_pool(store, _StateAnalyzer(), iter(docs), summary, workers=1,
                                                batch_size=1, start_method="fork"))
        analysed = {d for batch in committed for d in batch}
    failed = summary.skipped["E_ANALYSIS"]
    assert docs[0].doc_id not in analysed
    assert failed >= 1 and summary.analysed == len(analysed) == 12 - failed
    assert docs[-1].doc_id in analysed  # a new host took the documents sent after the death
    assert all("died" in e.message for e in summary.errors)


def test_a_stream_closed_early_leaves_no_process_behind():
    import multiprocessing as mp
    import time

    docs = _docs(40)
    summary = pipeline.Summary()
    with Store(":memory:") as store:
        store.add_documents(docs)
        run = analyse_documents_pool(store, _StateAnalyzer(), iter(docs), summary, workers=2, batch_size=1,
                                     write_batch=1, start_method="fork")
        first = next(run)
        worker = int(store.get_analysis(first[0]).timings["pid"])
        run.close()  # the caller stops (an error upstream, Ctrl-C handled above)
    assert mp.active_children() == []  # the host was stopped and joined
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        raise AssertionError(f"worker {worker} outlived the closed stream")
