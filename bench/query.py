"""Query latency over many fused events: event listing with filters and a map query, p50/p95.

    .venv/bin/python bench/query.py --events 1000000 --db /tmp/sitrep-query.duckdb

Synthetic events (bench/synthetic.py) are saved through the store's own ``save_events`` in batches;
a store file that already holds at least ``--events`` events is reused.  The queries are the ones the
API and the CLI run: ``Store.list_events`` with filters and keyset pagination, and the bbox query
the map uses.  Each query runs ``--repeat`` times after one warm-up; latencies in milliseconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402

from sitrep.store import Store  # noqa: E402


def fill(store: Store, n: int, batch: int = 20_000) -> float:
    have = store.count_events()
    t0 = time.perf_counter()
    gen = synthetic.events(n, seed=1)
    for _ in range(have):  # resume a partial fill deterministically
        next(gen)
    buf = []
    for e in gen:
        buf.append(e)
        if len(buf) >= batch:
            with store.transaction():
                store.save_events(buf, cause="bench")
            buf.clear()
            print(f"  {store.count_events():,} events", file=sys.stderr, flush=True)
    if buf:
        with store.transaction():
            store.save_events(buf, cause="bench")
    return time.perf_counter() - t0


QUERIES = {
    "list: first page (100), no filter": dict(limit=100),
    "list: place Kidal, 100": dict(place="Kidal", limit=100),
    "list: actor jnim + since 2020, 100": dict(actor="jnim", since=dt.date(2020, 1, 1), limit=100),
    "list: type Battles, 2019, 100": dict(event_type="Battles", since=dt.date(2019, 1, 1), until=dt.date(2019, 12, 31), limit=100),
    "list: disputed, 100": dict(disputed=True, limit=100),
    "list: bbox northern Mali, 2021, 5000": dict(bbox=(-1.0, 15.0, 3.0, 21.0), since=dt.date(2021, 1, 1), until=dt.date(2021, 12, 31), limit=5000),
}

# the API's reads (Store.serve_events): /api/events pages and /api/map (flat rows, no JSON)
MAP_BBOX = dict(bbox=(-1.0, 15.0, 3.0, 21.0), since=dt.date(2021, 1, 1), until=dt.date(2021, 12, 31))
SERVE_QUERIES = {
    "api /events: actor jnim, 101": dict(actor=["jnim"], limit=101),
    "api /events: type Battles + place Kidal, 101": dict(type="Battles", place=["gn:2455290", "kidal"], limit=101),
    "api /map: bbox northern Mali, 2021, 5000": dict(MAP_BBOX, limit=5000, flat=True),
    "api /map: no filter, 5000": dict(limit=5000, flat=True),
}


def _timed(fn, repeat: int) -> tuple[float, float, int]:
    n = len(fn())  # warm-up
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)], n


def measure(store: Store, repeat: int) -> list[tuple[str, float, float, int]]:
    out = []
    for name, kw in QUERIES.items():
        n = len(store.list_events(**kw))  # warm-up
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            store.list_events(**kw)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
        out.append((name, statistics.median(times), p95, n))
    # deep keyset page: the page after the 500,000th row costs like the first
    rows = store.list_events(limit=1, after=None)
    if rows:
        from sitrep.store.events import encode_cursor

        mid = store.list_events(limit=1, since=dt.date(2019, 1, 1))
        cursor = encode_cursor(mid[0]) if mid else None
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            store.list_events(limit=100, after=cursor)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        out.append(("list: keyset page from mid-2019, 100", statistics.median(times),
                    times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)], 100))
    for name, kw in SERVE_QUERIES.items():
        if _SCAN and kw.get("flat"):
            kw = {k: v for k, v in kw.items() if k != "flat"}  # the map before: whole events
        out.append((name, *_timed(lambda kw=kw: store.serve_events(**kw), repeat)))
    return out


_SCAN = False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default="/tmp/sitrep-query.duckdb")
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--plan", choices=["paged", "scan"], default="paged",
                    help="scan: the earlier one-scan reads (carrying the JSON data), for a before/after")
    args = ap.parse_args()
    if args.plan == "scan":
        import sitrep.store.corrections as corrections_mod
        import sitrep.store.events as events_mod

        global _SCAN
        _SCAN = True
        events_mod._PAGE_LOOKUP_MAX = corrections_mod._PAGE_LOOKUP_MAX = -1
    with Store(args.db) as store:
        if store.count_events() < args.events:
            secs = fill(store, args.events)
            print(f"filled to {store.count_events():,} events in {secs:.0f} s", flush=True)
        total = store.count_events()
        print(f"\nquery latency over {total:,} events ({args.repeat} runs each, plan {args.plan}, {dt.date.today()})")
        print("| query | rows | p50 ms | p95 ms |\n|---|---|---|---|")
        for name, p50, p95, n in measure(store, args.repeat):
            print(f"| {name} | {n} | {p50:.1f} | {p95:.1f} |")


if __name__ == "__main__":
    main()
