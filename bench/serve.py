"""API latency on the example corpus: a real uvicorn server on 127.0.0.1, sequential and concurrent
reads, and reads while a correction is being written.  Prints figures; no assertions.

    .venv/bin/python bench/serve.py [--requests 200] [--inputs examples/mali]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository: tests.live_server

ENDPOINTS = [
    "/api/events?limit=100",
    "/api/events?type=Battles&place=Kidal",
    "/api/events?bbox=-12.5,10,4.5,25&sort=-fatalities",
    "/api/map",
    "/api/sources",
    "/api/actors",
    "/api/places",
    "/api/disputes",
]


SERVER_MS: list[float] = []


def timed(client: httpx.Client, path: str) -> float:
    """Wall-clock ms of one request; the server's own time (Server-Timing) goes to SERVER_MS."""
    t = time.perf_counter()
    r = client.get(path)
    r.raise_for_status()
    SERVER_MS.append(float(r.headers["server-timing"].split("dur=")[1]))
    return (time.perf_counter() - t) * 1000


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--inputs", default="examples/mali")
    args = parser.parse_args()

    from sitrep.api import create_app
    from tests.live_server import LiveServer, demo_corpus
    from sitrep.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="sitrep-bench-serve-"))
    t = time.perf_counter()
    db, analyzer = demo_corpus(tmp, [args.inputs])
    print(f"corpus {args.inputs}: built in {time.perf_counter() - t:.1f}s")
    store = Store(db)
    with LiveServer(create_app(store=store, token="bench", analyzer=analyzer)) as server, \
            httpx.Client(base_url=server.url, timeout=30) as client:
        n_events = client.get("/api/health").json()["events"]
        print(f"{n_events} events served from {server.url}")
        print(f"{'endpoint':55s} {'wall p50':>9s} {'wall p95':>9s} {'server p50':>11s} {'server p95':>11s}  (ms)")
        event_id = client.get("/api/events?limit=1").json()["items"][0]["event_id"]
        for path in ENDPOINTS + [f"/api/events/{event_id}"]:
            for _ in range(5):
                timed(client, path)  # warm up
            SERVER_MS.clear()
            samples = [timed(client, path) for _ in range(args.requests // 4)]
            print(f"{path:55s} {statistics.median(samples):9.2f} {pct(samples, 0.95):9.2f} "
                  f"{statistics.median(SERVER_MS):11.2f} {pct(SERVER_MS, 0.95):11.2f}")

        # concurrent reads: 8 threads, each with its own connection
        def worker(_):
            with httpx.Client(base_url=server.url, timeout=30) as c:
                return [timed(c, "/api/events?limit=100") for _ in range(args.requests // 8)]

        t = time.perf_counter()
        with ThreadPoolExecutor(8) as pool:
            lat = [x for chunk in pool.map(worker, range(8)) for x in chunk]
        wall = time.perf_counter() - t
        print(f"8 concurrent readers: {len(lat) / wall:.0f} req/s, p50 {statistics.median(lat):.2f} ms, "
              f"p95 {pct(lat, 0.95):.2f} ms")

        # reads while corrections are written (single writer, reads on their own cursors)
        w = httpx.Client(base_url=server.url, timeout=30, headers={"Authorization": "Bearer bench"})
        writes = []
        t = time.perf_counter()
        with ThreadPoolExecutor(4) as pool:
            futures = [pool.submit(worker, i) for i in range(3)]
            for i in range(20):
                body = {"kind": "move_place", "target": event_id,
                        "payload": {"location": f"bench {i}", "latitude": 18.0 + i / 100, "longitude": 1.0}}
                s = time.perf_counter()
                w.post("/api/corrections", json=body).raise_for_status()
                writes.append((time.perf_counter() - s) * 1000)
            lat = [x for f in futures for x in f.result()]
        print(f"reads during 20 corrections: p50 {statistics.median(lat):.2f} ms, p95 {pct(lat, 0.95):.2f} ms; "
              f"correction p50 {statistics.median(writes):.2f} ms")
        w.close()
    store.close()


if __name__ == "__main__":
    main()
