"""Readers against a live ``sitrep serve`` while an ingest writes through the same server.

Used by tests/reliability/test_load.py (bounded: 10 s) and bench/load_reliability.py (60 s, figures).
Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from .corpus import article

TOKEN = "load-test-token"
READ_PATHS = ["/api/health", "/api/documents?limit=20", "/api/events?limit=50", "/api/map", "/api/disputes",
              "/api/sources", "/api/control"]


@dataclass
class LoadResult:
    seconds: float = 0.0
    reads: int = 0
    read_failures: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    writes: int = 0
    write_failures: list[str] = field(default_factory=list)
    documents_written: int = 0
    write_latencies: list[float] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        lat = sorted(self.latencies) or [0.0]
        return {
            "seconds": round(self.seconds, 1),
            "reads": self.reads,
            "read_failures": len(self.read_failures),
            "reads_per_s": round(self.reads / self.seconds, 1) if self.seconds else 0.0,
            "read_p50_ms": round(1000 * statistics.median(lat), 1),
            "read_p95_ms": round(1000 * lat[int(0.95 * (len(lat) - 1))], 1),
            "read_max_ms": round(1000 * lat[-1], 1),
            "write_requests": self.writes,
            "write_failures": len(self.write_failures),
            "documents_written": self.documents_written,
            "write_p50_ms": round(1000 * statistics.median(self.write_latencies), 1) if self.write_latencies else 0.0,
        }


class ServerProcess:
    """``sitrep serve --port 0`` in a child process; the URL is read from its first line."""

    def __init__(self, db: Path, env_extra: dict[str, str] | None = None):
        env = {**os.environ, "SITREP_TOKEN": TOKEN, **(env_extra or {})}
        cmd = [sys.executable, "-c", "import sys; from sitrep.cli import main; sys.exit(main(sys.argv[1:]))",
               "--db", str(db), "serve", "--port", "0"]
        # the server's log goes to a file: an undrained pipe would block the server once full
        self.log = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=self.log, text=True)
        line = self.proc.stdout.readline()
        m = re.search(r"http://[^/\s]+", line)
        if not m:
            self.stop()
            raise RuntimeError(f"server did not start: {line!r} {self.log_tail()}")
        self.url = m.group(0)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/api/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not answer /api/health")

    def log_tail(self, n: int = 3000) -> str:
        self.log.seek(0)
        return self.log.read()[-n:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stdout:
            self.proc.stdout.close()


def run_load(url: str, *, readers: int = 50, seconds: float = 10.0, max_requests_per_reader: int = 2000,
             batch: int = 5, seed: int = 0) -> LoadResult:
    """``readers`` threads read for ``seconds`` while one writer POSTs batches of new articles."""
    assert url.startswith(("http://127.0.0.1:", "http://[::1]:")), "load tests only talk to this machine"
    res = LoadResult()
    lock = threading.Lock()
    stop = threading.Event()
    doc_ids: list[str] = []

    def reader(k: int) -> None:
        rng = random.Random(seed * 1000 + k)
        with httpx.Client(base_url=url, timeout=30.0) as c:
            for _ in range(max_requests_per_reader):
                if stop.is_set():
                    return
                path = rng.choice(READ_PATHS)
                if doc_ids and rng.random() < 0.2:
                    path = f"/api/documents/{rng.choice(doc_ids)}"
                t = time.perf_counter()
                try:
                    r = c.get(path)
                    ok = r.status_code == 200
                    why = f"{path}: HTTP {r.status_code} {r.text[:200]}"
                except httpx.HTTPError as exc:
                    ok, why = False, f"{path}: {type(exc).__name__}: {exc}"
                dt_ = time.perf_counter() - t
                with lock:
                    res.reads += 1
                    res.latencies.append(dt_)
                    if not ok:
                        res.read_failures.append(why)

    def writer() -> None:
        i = 0
        with httpx.Client(base_url=url, timeout=300.0, headers={"Authorization": f"Bearer {TOKEN}"}) as c:
            while not stop.is_set():
                docs = [{"text": article(i + j, seed=seed + 99), "title": f"Load test report {i + j}"}
                        for j in range(batch)]
                i += batch
                t = time.perf_counter()
                try:
                    r = c.post("/api/documents", json={"documents": docs})
                    ok = r.status_code == 201
                    why = f"HTTP {r.status_code} {r.text[:300]}"
                    if ok:
                        body = r.json()
                        with lock:
                            res.documents_written += body.get("stored", 0)
                            doc_ids.extend(body.get("doc_ids", []))
                except httpx.HTTPError as exc:
                    ok, why = False, f"{type(exc).__name__}: {exc}"
                with lock:
                    res.writes += 1
                    res.write_latencies.append(time.perf_counter() - t)
                    if not ok:
                        res.write_failures.append(why)

    threads = [threading.Thread(target=writer, daemon=True)]
    threads += [threading.Thread(target=reader, args=(k,), daemon=True) for k in range(readers)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join(timeout=600)
    res.seconds = time.perf_counter() - t0
    return res
