"""One store for the dashboard and the terminal: while `sitrep serve` runs on a store, CLI commands
on that store work (ingest included), and the API shows what the CLI ingested.  Real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import httpx

SITREP = str(Path(sys.executable).parent / "sitrep")


def _cli(db: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([SITREP, "--db", str(db), *args], capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, SITREP_LOCK_WAIT="60"))


def test_cli_commands_work_while_the_server_runs(tmp_path, examples_dir):
    db = tmp_path / "shared.duckdb"
    seeds = sorted(examples_dir.glob("*.txt"))
    first = _cli(db, "ingest", str(seeds[0]))
    assert first.returncode == 0, first.stderr

    server = subprocess.Popen([SITREP, "--db", str(db), "serve", "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=dict(os.environ, SITREP_TOKEN=""))
    try:
        url = server.stdout.readline().strip().split(": ", 1)[1].rstrip("/")
        before = httpx.get(url + "/api/documents", timeout=30).json()
        assert len(before["items"] if isinstance(before, dict) else before) == 1

        # the dashboard keeps asking while the terminal ingests: every answer is a real one
        statuses: list[int] = []
        stop = threading.Event()

        def poll() -> None:
            while not stop.is_set():
                statuses.append(httpx.get(url + "/api/health", timeout=60).status_code)
                stop.wait(0.3)

        poller = threading.Thread(target=poll)
        poller.start()
        try:
            ingest = _cli(db, "ingest", *map(str, seeds[1:3]))
        finally:
            stop.set()
            poller.join()
        assert ingest.returncode == 0, ingest.stderr
        assert "stored 2" in ingest.stdout
        assert statuses and set(statuses) == {200}, statuses

        # reads from the terminal, with the server still up
        listed = _cli(db, "documents", "--format", "json")
        assert listed.returncode == 0, listed.stderr
        assert len(json.loads(listed.stdout)) == 3
        events = _cli(db, "events", "--format", "json")
        assert events.returncode == 0, events.stderr
        cli_ids = {e["event_id"] for e in json.loads(events.stdout)}
        assert cli_ids

        # the dashboard's API shows what the CLI ingested
        after = httpx.get(url + "/api/documents", timeout=30).json()
        assert len(after["items"] if isinstance(after, dict) else after) == 3
        api_events = httpx.get(url + "/api/events", params={"limit": 500}, timeout=30).json()
        api_ids = {e["event_id"] for e in (api_events["items"] if isinstance(api_events, dict) else api_events)}
        assert api_ids == cli_ids
        assert server.poll() is None  # still serving
    finally:
        server.terminate()
        server.wait(timeout=30)
