"""One set of read methods: an event, its history, claims and counts read the same through the
writer's connection and through a reader's own cursor (as each API request reads)."""

from __future__ import annotations

import datetime as dt

from sitrep.model import Analysis, Claim, DateInterval, Event, Span, Stance


def _event(i: int, location: str = "Kidal", **kw) -> Event:
    day = dt.date(2024, 1, i)
    return Event(event_id=f"ev{i:03d}", event_type="Battles", sub_event_type="Armed clash", location=location,
                 date=DateInterval(earliest=day, latest=day, precision="day"), **kw)


def _claim(doc_id: str, start: int, speaker: str) -> Claim:
    return Claim(claim_id=f"{doc_id}:{start}", span=Span(doc_id=doc_id, char_start=start, char_end=start + 10),
                 speaker=speaker, verb="said", content="a statement", stance=Stance.asserts)


def test_an_event_reads_alike_through_a_readers_cursor(store):
    store.save_events([_event(1), _event(2, fatalities_low=3, fatalities_best=3)])
    cur = store.con.cursor()
    try:
        for event_id in ("ev001", "ev002"):
            assert store.get_event(event_id, con=cur) == store.get_event(event_id)
        assert store.get_event("ev999", con=cur) is None
        assert store.count_events(con=cur) == store.count_events() == 2
    finally:
        cur.close()


def test_the_history_keeps_each_version_with_its_data_parsed(store):
    first = _event(1)
    store.save_event(first)
    store.save_event(first.model_copy(update={"location": "Anefis"}), cause="correction")
    history = store.event_history("ev001")
    assert [(h["version"], h["cause"]) for h in history] == [(1, "fuse"), (2, "correction")]
    assert [h["data"]["location"] for h in history] == ["Kidal", "Anefis"]  # a dict, not JSON text
    assert store.get_event("ev001").location == "Anefis"


def test_claims_filter_by_document_and_speaker_and_stop_at_the_limit(store):
    claims = [_claim("d1", 0, "org:a"), _claim("d1", 50, "org:b"), _claim("d2", 0, "org:a")]
    for doc_id in ("d1", "d2"):
        store.save_analysis(Analysis(doc_id=doc_id, claims=[c for c in claims if c.span.doc_id == doc_id]))
    assert [c.claim_id for c in store.list_claims()] == ["d1:0", "d1:50", "d2:0"]
    assert [c.claim_id for c in store.list_claims(speaker="org:a")] == ["d1:0", "d2:0"]
    assert [c.claim_id for c in store.list_claims(doc_id="d1", limit=1)] == ["d1:0"]
    cur = store.con.cursor()
    try:
        assert store.list_claims(doc_id="d2", con=cur) == store.list_claims(doc_id="d2")
    finally:
        cur.close()


def test_corrections_are_listed_in_the_order_they_were_made(store):
    late = store.add_correction("ana", "move_place", "ev001", {"location": "Anefis"}, why="wrong town",
                                made_at=dt.datetime(2026, 1, 2))
    early = store.add_correction("bo", "retype", "ev002", {"other": "ev001"}, made_at=dt.datetime(2026, 1, 1))
    assert [c["correction_id"] for c in store.list_corrections()] == [early["correction_id"], late["correction_id"]]
    # a target matches the correction's own target or an id its payload names
    assert [c["who"] for c in store.list_corrections(target="ev001")] == ["bo", "ana"]
    assert [c["who"] for c in store.list_corrections(kind="retype")] == ["bo"]
    assert store.list_corrections(target="ev001")[1]["payload"] == {"location": "Anefis"}
