"""The shared event query builder (sitrep.store.event_query): the banded page plan returns exactly
what one plain scan returns for the API's listing too (every sort, keyset pages, ties), the
associated-actor lookup agrees with the semi-join, the map's DuckDB-written features agree with the
flat rows, and pages read inside a caller's transaction."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest

import sitrep.store.event_query as event_query
import sitrep.store.events as events_mod
from sitrep.model import DateInterval, Event, Precision, Report
from sitrep.store import Store

from .test_paged_reads import _events


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    s = Store(str(tmp_path_factory.mktemp("event-query") / "q.duckdb"))
    events = _events(900)
    rng = random.Random(3)
    for e in events:  # many ties on fatalities and source counts, some in another outlet
        e.source_count = rng.choice([1, 1, 2, 3])
        if rng.random() < 0.2:
            e.reports = [*e.reports, Report(mention_id=f"x{e.event_id}:0", doc_id=f"x{e.event_id}",
                                            outlet="RFI", char_start=0, char_end=5, quote="quote")]
    with s.transaction():
        s.save_events(events, cause="test")
    yield s
    s.close()


def _plain(monkeypatch, fn):
    """``fn()`` under the one-scan plan (a negative page threshold), the reference result."""
    monkeypatch.setattr(events_mod, "_PAGE_LOOKUP_MAX", -1)
    try:
        return fn()
    finally:
        monkeypatch.undo()


SERVE_FILTERS = [
    {}, {"place": ["gn:2", "kidal"]}, {"actor": ["jnim"]}, {"event_type": "battles"}, {"sub_event_type": "ATTACK"},
    {"since": dt.date(2020, 1, 20), "until": dt.date(2020, 2, 5)}, {"disputed": True},
    {"bbox": (-1.0, 15.0, 2.0, 19.0)}, {"outlet": "rfi"}, {"actor": ["fama", "wagner"], "disputed": False},
]


@pytest.mark.parametrize("kw", SERVE_FILTERS)
def test_cli_and_api_listings_filter_alike(filled, kw):
    """The CLI's listing (``list_events`` on best dates) and the API's (``serve_events``) take one
    set of filters and select the same events; only their order of undated events differs."""
    api = {e.event_id for _, e in filled.serve_events(**kw, limit=None)}
    cli = {e.event_id for e in filled.list_events(**kw, date_match="best")}
    assert cli == api and api


def test_place_names_match_admin2_in_every_listing(filled):
    """A place filter that names an admin2 area (what ``resolve_place`` returns for "X Cercle")
    selects its events in the CLI's listing as in the API's."""
    filled.con.execute("UPDATE events SET admin2 = 'Cercle de Test' WHERE event_id IN ('ev0001', 'ev0002')")
    cli = {e.event_id for e in filled.list_events(place=["CERCLE DE TEST"])}
    api = {e.event_id for _, e in filled.serve_events(place=["Cercle de Test"], limit=None)}
    assert cli == api == {"ev0001", "ev0002"}


@pytest.mark.parametrize("kw", SERVE_FILTERS)
@pytest.mark.parametrize("sort", ["date", "-date", "fatalities", "-fatalities", "sources", "-sources"])
def test_serve_pages_equal_one_scan(filled, monkeypatch, kw, sort):
    everything = [(k, e.event_id) for k, e in filled.serve_events(**kw, sort=sort, limit=None)]
    assert everything
    for limit in (1, 25, 700, 1200):  # 1200: the one-statement long page
        page = [(k, e.event_id) for k, e in filled.serve_events(**kw, sort=sort, limit=limit)]
        assert page == everything[:limit]
        flat = [(k, r["event_id"]) for k, r in filled.serve_events(**kw, sort=sort, limit=limit, flat=True)]
        assert flat == page
        assert _plain(monkeypatch, lambda: [(k, e.event_id) for k, e in
                                            filled.serve_events(**kw, sort=sort, limit=limit)]) == page


@pytest.mark.parametrize("size", [7, 1100])
@pytest.mark.parametrize("sort", ["date", "-date", "-fatalities", "sources"])
def test_serve_keyset_pages_cover_everything_once(filled, sort, size):
    """Pages walk the whole order: the cursor's key is shared by many rows (ties), so the band's
    lower bound and the event_id tie-break are both exercised (1100: the one-statement long page)."""
    everything = [e.event_id for _, e in filled.serve_events(sort=sort, limit=None, actor=["isgs"])]
    seen, after = [], None
    while True:
        page = filled.serve_events(sort=sort, limit=size, after=after, actor=["isgs"])
        if not page:
            break
        seen += [e.event_id for _, e in page]
        after = (page[-1][0], page[-1][1].event_id)
    assert seen == everything and len(seen) > 50


def test_list_events_keyset_with_undated_events_last(filled):
    """list_events sorts undated events last (a sentinel day): its pages reach them too."""
    everything = [e.event_id for e in filled.list_events(sort="date")]
    assert filled.get_event(everything[-1]).date is None
    seen, after = [], None
    while True:
        page = filled.list_events(limit=40, after=after)
        if not page:
            break
        seen += [e.event_id for e in page]
        after = events_mod.encode_cursor(page[-1])
    assert seen == everything


@pytest.mark.parametrize("by_key", [500, 0])
def test_associated_actors_read_by_key_or_joined_agree(filled, monkeypatch, by_key):
    """The page's bounds read events found only through an associated actor by key (few) or
    through the semi-join (many): the pages equal the one-scan plan's either way."""
    monkeypatch.setattr(event_query, "_ASSOCIATED_BY_KEY", by_key)
    for actors in (["isgs", "wagner"], ["fla"]):
        everything = [e.event_id for _, e in filled.serve_events(actor=actors, limit=None)]
        assert any(  # the fixture has events found only through an associated actor
            set(actors) & set(e.assoc_actor_1) and not set(actors) & {e.actor1, e.actor2}
            for e in filled.get_events(everything))
        for limit in (3, 40, 300):
            assert [e.event_id for _, e in filled.serve_events(actor=actors, limit=limit)] == everything[:limit]
            assert [e.event_id for e in filled.list_events(actor=actors, limit=limit, sort="-date")] == \
                [e.event_id for e in filled.list_events(actor=actors, sort="-date")][:limit]


def test_map_features_agree_with_flat_rows(filled):
    filters = {"since": dt.date(2020, 1, 10)}
    flat = [r for _, r in filled.serve_events(**filters, limit=600, flat=True)]
    features, unlocated = filled.serve_map_features(**filters, limit=600)
    located = [r for r in flat if r["latitude"] is not None and r["longitude"] is not None]
    assert unlocated == len(flat) - len(located) > 0
    parsed = [json.loads(f) for f in features]
    assert [f["id"] for f in parsed] == [r["event_id"] for r in located]
    for f, r in zip(parsed, located):
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        assert f["geometry"]["coordinates"] == [round(r["longitude"], 5), round(r["latitude"], 5)]
        day = r["event_date"]
        assert f["properties"] == {
            "id": r["event_id"], "type": r["event_type"], "sub": r["sub_event_type"],
            "date": day.isoformat() if day else None,
            "earliest": (r["earliest"] or day).isoformat() if day else None,
            "latest": (r["latest"] or day).isoformat() if day else None,
            "loc": r["location"], "place_id": r["place_id"], "a1": r["actor1"], "a2": r["actor2"],
            "fat": r["fatalities_best"], "fat_low": r["fatalities_low"], "fat_high": r["fatalities_high"],
            "disputed": r["disputed"], "n": r["source_count"],
        }


def test_undated_events_map_with_null_dates(filled):
    features, _ = filled.serve_map_features(limit=900)
    undated = [json.loads(f)["properties"] for f in features if json.loads(f)["properties"]["date"] is None]
    assert undated and all(p["earliest"] is None and p["latest"] is None for p in undated)


def test_a_page_inside_the_callers_transaction_sees_its_writes(filled):
    """read_page opens a read transaction of its own, or reads in the caller's open one."""
    e = Event(event_id="zz-new", event_type="Battles", sub_event_type="Armed clash", actor1="jnim",
              date=DateInterval(earliest=dt.date(1999, 1, 1), latest=dt.date(1999, 1, 1), precision=Precision.day),
              source_count=1, reports=[Report(mention_id="zz:0", doc_id="zz", char_start=0, char_end=1, quote="q")])
    with pytest.raises(_Undo), filled.transaction():
        filled.save_events([e], cause="test")
        assert [x.event_id for x in filled.list_events(limit=1)] == ["zz-new"]
        assert [x.event_id for _, x in filled.serve_events(limit=1, sort="date", actor=["jnim"])][0] != "zz-new"
        raise _Undo  # roll the transaction back: the fixture stays as it was
    assert filled.get_event("zz-new") is None


class _Undo(Exception):
    pass
