"""Fusion gives the same events whichever engine produced the analyses (seeds, end to end)."""

from __future__ import annotations

from h7_engine_helpers import comparable

from sitrep import pipeline
from sitrep.engine import get_engine
from sitrep.store import Store


def _events(store) -> list[dict]:
    return [e.model_dump(mode="json") for e in store.list_events()]


def test_pool_of_two_and_single_process_fuse_to_the_same_events(h7_analyzer, examples_dir):
    with Store(":memory:") as serial, Store(":memory:") as pooled:
        s1 = pipeline.run([str(examples_dir)], serial, analyzer=h7_analyzer)
        s2 = pipeline.run([str(examples_dir)], pooled, analyzer=h7_analyzer, analyse=get_engine("local", workers=2))
        assert s1.analysed == s2.analysed == 5
        # the same analyses, document by document (timings aside) ...
        assert serial.list_analysed() == pooled.list_analysed()
        for doc_id in serial.list_analysed():
            assert comparable(serial.get_analysis(doc_id)) == comparable(pooled.get_analysis(doc_id))
        # ... and so the same fused events and control history
        assert s2.events_touched == s1.events_touched
        one, two = _events(serial), _events(pooled)
        assert one, "the seeds must give events"
        assert one == two
        assert [c.model_dump() for c in serial.list_control_periods()] == [
            c.model_dump() for c in pooled.list_control_periods()]
