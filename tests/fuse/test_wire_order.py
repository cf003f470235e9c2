"""Ingesting a multi-outlet wire set one article at a time, in different orders, gives the same
events and disputes (the project's own set ``tests/data/wires``: three incidents told by two or
three outlets in English and French, a syndicated copy, a separate incident at one place on one day)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from sitrep import pipeline
from sitrep.eval.gold import default_analyzer
from sitrep.store import Store

pytestmark = pytest.mark.xdist_group("quality")

WIRES = Path(__file__).resolve().parents[1] / "data" / "wires"


def _ingest_one_by_one(files: list[Path]) -> Store:
    analyzer = default_analyzer()
    store = Store(":memory:")
    store.save_actor_base(analyzer.knowledge.actors)
    for f in files:
        pipeline.run([str(f)], store, analyzer)
    return store


def _picture(store: Store) -> list[dict]:
    """Every event as it is stored, keyed by its reports, minus what names arrival order: the id
    (an event is named after the first report that opened it) and which of two copies a
    near-duplicate points at (the copies count as one source either way)."""
    out = []
    for e in store.list_events():
        d = e.model_dump(mode="json")
        d.pop("event_id")
        for r in d["reports"]:
            r.pop("independent_of", None)
        out.append(d)
    return sorted(out, key=lambda d: [r["mention_id"] for r in d["reports"]])


@pytest.fixture(scope="module")
def pictures() -> list[list[dict]]:
    files = sorted(WIRES.glob("*.txt"))
    shuffled = list(files)
    random.Random(7).shuffle(shuffled)
    orders = [files, list(reversed(files)), shuffled]
    return [_picture(_ingest_one_by_one(order)) for order in orders]


def test_wire_set_gives_the_same_events_and_disputes_in_any_order(pictures):
    first = pictures[0]
    for other in pictures[1:]:
        assert len(other) == len(first)
        for a, b in zip(first, other):
            assert a == b, a["notes"]


def test_wire_set_merges_outlets_and_keeps_disputes(pictures):
    events = pictures[0]
    # the picture is not trivially equal: incidents told by several outlets are one event each,
    # with their disputes and the reasons for the merge
    multi = [e for e in events if len({r["doc_id"] for r in e["reports"]}) >= 2]
    assert len(multi) >= 3
    assert any(e["merge_reasons"] for e in multi)
    kinds = {d["kind"] for e in events for d in e["disputes"]}
    assert {"fatalities", "target"} <= kinds
    # the syndicated copy (w06 of w04) adds no independent source
    ansongo = [e for e in events if e["location"] == "Ansongo"]
    assert len(ansongo) == 2  # "in a separate explosion": two incidents at one place on one day
    soldiers = next(e for e in ansongo if e["fatalities_high"] == 12)
    assert soldiers["source_count"] == 2 and len({r["doc_id"] for r in soldiers["reports"]}) == 3
