"""Before/after of the API's event list and map over a large store, under the same machine load.

    git archive <before-commit> src | tar -x -C /tmp/before
    cp /tmp/q1m.duckdb /tmp/q1m-before.duckdb          # DuckDB lets one process open a file
    .venv/bin/python bench/query_ab.py --before-src /tmp/before/src \\
        --before-db /tmp/q1m-before.duckdb --after-db /tmp/q1m.duckdb --repeat 20

Two real uvicorn servers (``tests.live_server.LiveServer``) run in their own processes, one
importing sitrep from ``--before-src``, one from this tree; each request goes to both in turn, so
a load spike from other users of the machine hits both sides alike.  Wall milliseconds on one
kept-alive connection each (p50/p95), and the after side's own ``Server-Timing`` p95.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

PATHS = [
    "/api/events?limit=100",
    "/api/events?actor=jnim&since=2020-01-01",
    "/api/events?type=Battles&place=Kidal",
    "/api/events?place=Kidal&sort=-date",
    "/api/map?bbox=-1,15,3,21&since=2021-01-01&until=2021-12-31",
    "/api/map",
]

SERVER = """
import sys, time
sys.path.insert(0, ".")
from sitrep.api import create_app
from tests.live_server import LiveServer
from sitrep.store import Store
store = Store(sys.argv[1])
with LiveServer(create_app(store=store, token=None)) as s:
    print(s.url, flush=True)
    while True:
        time.sleep(3600)
"""


def _start(src: str | None, db: str) -> tuple[subprocess.Popen, str]:
    env = dict(os.environ, PYTHONPATH=src) if src else dict(os.environ)
    # run from the repository, so that the server finds tests.live_server
    proc = subprocess.Popen([sys.executable, "-c", SERVER, db], stdout=subprocess.PIPE, env=env, text=True,
                            cwd=Path(__file__).resolve().parents[1])
    return proc, proc.stdout.readline().strip()


def _p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * len(values))) - 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before-src", required=True, help="a src/ directory holding the earlier sitrep")
    ap.add_argument("--before-db", required=True)
    ap.add_argument("--after-db", required=True)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    before, before_url = _start(args.before_src, args.before_db)
    after, after_url = _start(None, args.after_db)
    try:
        clients = {"before": httpx.Client(base_url=before_url, timeout=120),
                   "after": httpx.Client(base_url=after_url, timeout=120)}
        print("| request | before p50 | before p95 | after p50 | after p95 | after server p95 |")
        print("|---|---|---|---|---|---|")
        for path in PATHS:
            for c in clients.values():  # warm-up (and the gazetteer index of the after side)
                c.get(path).raise_for_status()
            wall: dict[str, list[float]] = {"before": [], "after": []}
            server: list[float] = []
            for _ in range(args.repeat):
                for side, c in clients.items():
                    t = time.perf_counter()
                    r = c.get(path)
                    r.raise_for_status()
                    wall[side].append((time.perf_counter() - t) * 1000)
                    if side == "after":
                        server.append(float(r.headers["server-timing"].split("dur=")[1]))
            print(f"| {path} | {statistics.median(wall['before']):.1f} | {_p95(wall['before']):.1f} | "
                  f"{statistics.median(wall['after']):.1f} | {_p95(wall['after']):.1f} | {_p95(server):.1f} |",
                  flush=True)
    finally:
        for proc in (before, after):
            proc.terminate()
            proc.wait(timeout=30)


if __name__ == "__main__":
    main()
