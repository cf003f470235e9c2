"""`sitrep serve` prints its address and serves the API (a subprocess on 127.0.0.1, free port)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx


def test_serve_prints_its_address_and_answers(tmp_path):
    db = tmp_path / "empty.duckdb"
    env = dict(os.environ, SITREP_TOKEN="")
    proc = subprocess.Popen([str(Path(sys.executable).parent / "sitrep"), "--db", str(db), "serve", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline().strip()
        assert line.startswith("sitrep dashboard: http://127.0.0.1:") and line.endswith("/"), line
        url = line.split(": ", 1)[1].rstrip("/")
        health = httpx.get(url + "/api/health", timeout=20).json()
        assert health == {"status": "ok", "schema_version": health["schema_version"], "events": 0}
        assert "sitrep" in httpx.get(url + "/", timeout=20).text
        assert httpx.post(url + "/api/documents", json={"documents": [{"text": "x"}]}).status_code == 401
    finally:
        proc.terminate()
        proc.wait(timeout=20)
