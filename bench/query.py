"""Query latency over many fused events: event listing with filters and a map query, p50/p95.

    .venv/bin/python bench/query.py --events 1000000 --db /tmp/sitrep-query.duckdb

Synthetic events (bench/synthetic.py) are saved through the store's own ``save_events`` in batches
(in random date order, the worst layout), then the store gets the same maintenance the pipeline
gives it at the end of a run: ``Store.maybe_cluster_events()`` (store/layout.py), which rewrites the
events table in date order once enough rows were written since the last time.  ``--no-cluster``
leaves the table as inserted (the before of a before/after).  A store file that already holds at
least ``--events`` events is reused (and clustered if the rule says so).  The queries are the ones the
API and the CLI run: ``Store.list_events`` with filters and keyset pagination, and the bbox query
the map uses; with ``--http``, the API's event list and map requested through a real uvicorn server
(wall time on one kept-alive connection, and the server's own ``Server-Timing``).  Each query runs
``--repeat`` times after one warm-up; latencies in milliseconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository: tests.live_server

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

# the API's reads: /api/events pages (Store.serve_events) and /api/map (Store.serve_map_features:
# the features' JSON written by DuckDB from the flat columns)
MAP_BBOX = dict(bbox=(-1.0, 15.0, 3.0, 21.0), since=dt.date(2021, 1, 1), until=dt.date(2021, 12, 31))
SERVE_QUERIES = {
    "api /events: actor jnim, 101": dict(actor=["jnim"], limit=101),
    "api /events: type Battles + place Kidal, 101": dict(type="Battles", place=["gn:2455290", "kidal"], limit=101),
    "api /map: bbox northern Mali, 2021, 5000": dict(MAP_BBOX, limit=5000, map=True),
    "api /map: no filter, 5000": dict(limit=5000, map=True),
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
        if kw.get("map"):
            kw = {k: v for k, v in kw.items() if k != "map"}
            out.append((name, *_timed(lambda kw=kw: store.serve_map_features(**kw)[0], repeat)))
        else:
            out.append((name, *_timed(lambda kw=kw: store.serve_events(**kw), repeat)))
    return out


# the same reads through the real HTTP server (uvicorn on 127.0.0.1, one kept-alive client)
HTTP_QUERIES = {
    "http /api/events?limit=100": "/api/events?limit=100",
    "http /api/events?actor=jnim&since=2020-01-01": "/api/events?actor=jnim&since=2020-01-01",
    "http /api/events?type=Battles&place=Kidal": "/api/events?type=Battles&place=Kidal",
    "http /api/map?bbox=…&since=2021-01-01&until=2021-12-31 (5000)":
        "/api/map?bbox=-1,15,3,21&since=2021-01-01&until=2021-12-31",
    "http /api/map (5000)": "/api/map",
}


def measure_http(store: Store, repeat: int) -> list[tuple[str, float, float, int, float]]:
    """(name, wall p50, wall p95, features or items, server p95) per HTTP query."""
    import httpx

    from sitrep.api import create_app
    from tests.live_server import LiveServer

    out = []
    with LiveServer(create_app(store=store, token=None)) as server, \
            httpx.Client(base_url=server.url, timeout=60) as client:
        for name, path in HTTP_QUERIES.items():
            def get(path=path):
                r = client.get(path)
                r.raise_for_status()
                return r
            body = get().json()
            n = len(body.get("features") or body.get("items") or [])
            walls, servers = [], []
            for _ in range(repeat):
                t = time.perf_counter()
                r = get()
                walls.append((time.perf_counter() - t) * 1000)
                servers.append(float(r.headers["server-timing"].split("dur=")[1]))
            walls.sort()
            servers.sort()
            p95 = min(len(walls) - 1, int(round(0.95 * len(walls))) - 1)
            out.append((name, statistics.median(walls), walls[p95], n, servers[p95]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default="/tmp/sitrep-query.duckdb")
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--http", action="store_true", help="also time the API through a real uvicorn server")
    ap.add_argument("--http-only", action="store_true", help="only the HTTP requests")
    ap.add_argument("--plan", choices=["paged", "scan"], default="paged",
                    help="scan: the earlier one-scan reads (carrying the JSON data), for a before/after")
    ap.add_argument("--no-cluster", action="store_true",
                    help="skip the store maintenance (date clustering) the pipeline runs after writing")
    args = ap.parse_args()
    if args.plan == "scan":
        import sitrep.store.events as events_mod

        events_mod._PAGE_LOOKUP_MAX = -1  # read by both listings (store/event_query.py)
    with Store(args.db) as store:
        if store.count_events() < args.events:
            secs = fill(store, args.events)
            print(f"filled to {store.count_events():,} events in {secs:.0f} s", flush=True)
        if not args.no_cluster:
            result = store.maybe_cluster_events()
            print(f"maintenance (Store.maybe_cluster_events): {result.reason}"
                  + (f", {result.events:,} events in {result.seconds:.0f} s" if result.clustered else ""), flush=True)
        total = store.count_events()
        print(f"\nquery latency over {total:,} events ({args.repeat} runs each, plan {args.plan}, {dt.date.today()})")
        print("| query | rows | p50 ms | p95 ms |\n|---|---|---|---|")
        for name, p50, p95, n in ([] if args.http_only else measure(store, args.repeat)):
            print(f"| {name} | {n} | {p50:.1f} | {p95:.1f} |")
        if args.http or args.http_only:
            print("\n| HTTP request (wall, one kept-alive client) | rows | p50 ms | p95 ms | server p95 ms |\n|---|---|---|---|---|")
            for name, p50, p95, n, server in measure_http(store, args.repeat):
                print(f"| {name} | {n} | {p50:.1f} | {p95:.1f} | {server:.1f} |")


if __name__ == "__main__":
    main()
