"""Helpers for the tests of what an adversarial probe broke: the real ``sitrep`` command in a
subprocess (this checkout's code), and a real uvicorn server on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
SITREP = str(Path(sys.executable).parent / "sitrep")
TOKEN = "hardening-token-7d2e"


def sitrep_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SRC), "SITREP_ALLOW_PRIVATE": "0", "SITREP_TOKEN": "", **extra}


def sitrep(*args: str | os.PathLike | bytes, cwd=None, timeout: float = 300, **env: str) -> subprocess.CompletedProcess:
    """Run ``sitrep ARGS`` as a real process; arguments may be bytes (file names that are not UTF-8)."""
    argv = [SITREP, *(a if isinstance(a, bytes) else str(a) for a in args)]
    return subprocess.run(argv, capture_output=True, timeout=timeout, cwd=cwd, env=sitrep_env(**env))


def text(proc: subprocess.CompletedProcess) -> tuple[str, str]:
    return proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


@pytest.fixture
def empty_server(tmp_path):
    """A real server (uvicorn, 127.0.0.1, free port) over an empty store, with a write token."""
    from sitrep.api import create_app
    from tests.live_server import LiveServer
    from sitrep.store import Store

    store = Store(tmp_path / "server.duckdb")
    server = LiveServer(create_app(store=store, token=TOKEN, analyzer=None)).start()
    yield server
    server.stop()
    store.close()
