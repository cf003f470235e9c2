"""50 concurrent readers against a live ``sitrep serve`` while an ingest writes through it: zero
failed requests. 10 s in the default suite, 60 s with SITREP_LONG=1 (figures in
bench/figures/reliability.md come from bench/load_reliability.py)."""

from __future__ import annotations

import os

import httpx
import pytest

from .corpus import article
from .loadgen import TOKEN, ServerProcess, run_load

LONG = os.environ.get("SITREP_LONG") == "1"


@pytest.fixture
def server(tmp_path):
    srv = ServerProcess(tmp_path / "served.duckdb")
    yield srv
    srv.stop()


@pytest.mark.slow
def test_readers_during_ingest_zero_failures(server):
    # warm up: the first write loads the language model; the measured window is steady state
    warm = httpx.post(server.url + "/api/documents", timeout=600,
                      headers={"Authorization": f"Bearer {TOKEN}"},
                      json={"documents": [{"text": article(10_000, seed=5)}]})
    assert warm.status_code == 201, warm.text
    result = run_load(server.url, readers=50, seconds=60 if LONG else 10,
                      max_requests_per_reader=5000 if LONG else 400)
    print(result.figures())
    assert result.reads > 100
    assert result.read_failures == [], (result.read_failures[:5], server.log_tail())
    assert result.writes >= 1 and result.write_failures == [], (result.write_failures[:5], server.log_tail())
    assert result.documents_written >= 1
    # everything written is readable afterwards
    total = httpx.get(server.url + "/api/documents?limit=1000", timeout=30).json()["items"]
    assert len(total) == 1 + result.documents_written


def test_server_binds_loopback_by_default(server):
    from sitrep.cli import build_parser

    assert build_parser().parse_args(["serve"]).host == "127.0.0.1"
    assert server.url.startswith("http://127.0.0.1:")
