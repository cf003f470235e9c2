"""End to end on the five seed articles: ingest → analyse → store → fuse, measured against gold.

Upstream stages (actors, places, dates, event coding) are still improving, so the gold checks here
are floors that must not drop (raise them as the analysis gets better); the invariants below must
hold whatever the analysis finds.
"""

from __future__ import annotations

import datetime as dt
import pytest
import yaml

from sitrep import pipeline
from sitrep.fuse import fuse_documents, rebuild
from sitrep.model import Modality
from sitrep.store import Store

# floors for this tree; the gold has 9 events and 3 Kidal periods.  The figures move with the
# upstream stages (between 23:50 and 00:50 UTC on 2026-11-22 they ranged 1-7 events and 0-3 Kidal
# periods while the gazetteer and event coder were being changed; 7 and 3 at the end): the floors
# leave a margin for that; raise them once those stages settle.
MIN_GOLD_EVENTS_MATCHED = 4
MIN_KIDAL_DATES_RIGHT = 2


@pytest.fixture(scope="module")
def seeded(analyzer, examples_dir):
    store = Store(":memory:")
    summary = pipeline.run([str(examples_dir)], store, analyzer=analyzer)
    assert summary.analysed == 5
    yield store
    store.close()


@pytest.fixture(scope="module")
def gold(shared_dir, examples_dir):
    path = (shared_dir / "gold" / "seeds.yaml") if shared_dir else None
    if path is None or not path.exists():
        path = examples_dir.parent.parent / "tests" / "data" / "gold" / "seeds.yaml"
    if not path.exists():
        pytest.fail(f"no gold file for the seeds at {path}")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _ids(knowledge, names: list[str]) -> set[str]:
    out = set()
    for n in names:
        found = knowledge.actors.resolve(n)
        if found:
            out.add(found[0])
    return out


def _km(lat1, lon1, lat2, lon2) -> float:
    from sitrep.geo import haversine_km

    return haversine_km(lat1, lon1, lat2, lon2)


def _matches(event, g: dict, gold_places: dict, knowledge) -> bool:
    if event.date is None or event.event_type != g["event_type"] or event.sub_event_type != g["sub_event_type"]:
        return False
    lo, hi = (dt.date.fromisoformat(str(g["date"][k])) for k in ("earliest", "latest"))
    if not (event.date.earliest <= hi and lo <= event.date.latest):
        return False
    place = gold_places.get(g["location"])
    if place and place.get("lat") is not None:
        if event.latitude is None or _km(event.latitude, event.longitude, place["lat"], place["lon"]) > place.get(
                "tolerance_km", 25) and (event.admin1 or "").lower() != g["location"].lower():
            return False
    actors = {event.actor1, event.actor2, *event.assoc_actor_1, *event.assoc_actor_2}
    for side in ("side1", "side2"):
        wanted = _ids(knowledge, g.get(side) or [])
        if wanted and not wanted & actors:
            return False
    return True


def check_every_event_is_traced_to_its_sources(seeded):
    events = seeded.list_events()
    assert events
    docs = seeded.doc_sources([r.doc_id for e in events for r in e.reports])
    mention_ids = [r.mention_id for e in events for r in e.reports]
    assert len(mention_ids) == len(set(mention_ids))  # one event per mention
    stored = {m.mention_id: m for m, _ in seeded.event_mentions_of_docs(list(docs))}
    assert set(mention_ids) <= set(stored)
    # the mentions left out are background references that attach to no stored event, or undated
    for mid in set(stored) - set(mention_ids):
        assert stored[mid].modality == Modality.background or stored[mid].date is None, mid
    for e in events:
        assert 1 <= e.source_count <= len({r.doc_id for r in e.reports})
        for r in e.reports:
            assert r.quote and docs[r.doc_id]["text"][r.char_start:r.char_end] == r.quote
        for d in e.disputes:
            assert len(d.versions) >= 2 and all(v.mention_ids for v in d.versions)


def check_seeds_fused_one_by_one_equal_all_at_once(seeded):
    from .test_incremental import canonical

    expected = canonical(seeded)
    doc_ids = seeded.list_analysed()
    rebuilt_one_by_one = Store(":memory:")
    try:
        # copy documents and analyses, then fuse one document at a time in reverse order
        for row in seeded.rows("SELECT * FROM documents"):
            cols = ", ".join(row)
            rebuilt_one_by_one.con.execute(
                f"INSERT INTO documents ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
        for doc_id in reversed(doc_ids):
            rebuilt_one_by_one.save_analysis(seeded.get_analysis(doc_id))
            fuse_documents(rebuilt_one_by_one, [doc_id])
        assert canonical(rebuilt_one_by_one) == expected
        rebuild(rebuilt_one_by_one)
        assert canonical(rebuilt_one_by_one) == expected
    finally:
        rebuilt_one_by_one.close()


def check_gold_events_and_kidal_control_floors(seeded, gold, knowledge):
    events = seeded.list_events()
    matched = {g["id"]: [e.event_id for e in events if _matches(e, g, gold["places"], knowledge)]
               for g in gold["events"]}
    found = [gid for gid, ids in matched.items() if ids]
    print("gold events matched:", found)
    assert len(found) >= MIN_GOLD_EVENTS_MATCHED

    from sitrep.query.resolve import resolve_place

    kidal = [pid for pid, _ in resolve_place(seeded, "Kidal")]
    right = []
    for period in gold["control"]["Kidal"]:
        start = dt.date(int(str(period["from"])[:4]), 1, 1) if len(str(period["from"])) == 4 else \
            dt.date.fromisoformat(str(period["from"]))
        day = start + dt.timedelta(days=30)
        holders = {p.holder for pid in kidal for p in seeded.list_control_periods(pid, on=day)}
        if _ids(knowledge, [period["holder"]]) & holders:
            right.append(day.isoformat())
    print("Kidal holder right on:", right)
    assert len(right) >= MIN_KIDAL_DATES_RIGHT
    # whatever the analysis found, every town-level change of hands is reflected in a period
    from sitrep.fuse.control import change_of
    from sitrep.knowledge.actor_knowledge import configured_actor_knowledge

    for e in events:
        found = change_of(e, configured_actor_knowledge().kind)
        if found:
            periods = seeded.list_control_periods(e.place_id)
            assert any(e.event_id in p.evidence for p in periods) or any(
                p.start == found[1] for p in periods), e.event_id


def test_seeds_end_to_end(seeded, gold, knowledge):
    """One test (the pipeline runs once per worker): provenance, incremental == rebuild, gold floors."""
    check_every_event_is_traced_to_its_sources(seeded)
    check_seeds_fused_one_by_one_equal_all_at_once(seeded)
    check_gold_events_and_kidal_control_floors(seeded, gold, knowledge)
