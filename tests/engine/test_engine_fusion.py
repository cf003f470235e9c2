"""Fusion gives the same events whichever engine produced the analyses (seeds, end to end).

The pooled run goes through the command line (``sitrep ingest --workers 2``), so the option wiring
is tested too; the single-process run calls the pipeline directly.
"""

from __future__ import annotations

from .engine_helpers import comparable

from sitrep import pipeline
from sitrep.cli import main
from sitrep.store import Store


def _events(store) -> list[dict]:
    return [e.model_dump(mode="json") for e in store.list_events()]


def test_pool_of_two_and_single_process_fuse_to_the_same_events(engine_analyzer, examples_dir, tmp_path):
    db = tmp_path / "pooled.duckdb"
    assert main(["--db", str(db), "ingest", str(examples_dir), "--workers", "2", "--format", "json"]) == 0
    with Store(":memory:") as serial, Store(db, read_only=True) as pooled:
        s1 = pipeline.run([str(examples_dir)], serial, analyzer=engine_analyzer)
        assert s1.analysed == 5
        # the same analyses, document by document (timings aside) ...
        assert serial.list_analysed() == pooled.list_analysed()
        for doc_id in serial.list_analysed():
            assert comparable(serial.get_analysis(doc_id)) == comparable(pooled.get_analysis(doc_id))
        # ... and so the same fused events and control history
        one, two = _events(serial), _events(pooled)
        assert one, "the seeds must give events"
        assert one == two
        assert [c.model_dump() for c in serial.list_control_periods()] == [
            c.model_dump() for c in pooled.list_control_periods()]


def test_workers_must_be_positive(tmp_path, examples_dir):
    assert main(["--db", str(tmp_path / "x.duckdb"), "ingest", str(examples_dir), "--workers", "0"]) == 2
