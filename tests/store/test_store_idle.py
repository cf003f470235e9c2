"""``Store.idle``: while this process analyses (no store use), a shared store stays open when
nobody else wants it (no reopen per batch) and lets go within moments when another process asks
(its ``.wanted`` marker), so that a running server is never kept waiting for an analysis."""

from __future__ import annotations

import time

from sitrep.store import Store
from sitrep.store.core import wanted_marker


def test_an_idle_shared_store_stays_open_when_nobody_waits(tmp_path):
    store = Store(tmp_path / "s.duckdb", shared=True)
    try:
        with store.idle(interval=0.01):
            time.sleep(0.1)
        assert store._con is not None and store.opened == 1
        store.con.execute("SELECT 1").fetchall()
        assert store.opened == 1  # nothing was reopened
    finally:
        store.close()


def test_an_idle_shared_store_lets_go_when_another_process_asks(tmp_path):
    path = tmp_path / "s.duckdb"
    store = Store(path, shared=True)
    try:
        with store.idle(interval=0.01):
            wanted_marker(str(path)).touch()
            deadline = time.monotonic() + 5
            while store._con is not None and time.monotonic() < deadline:
                time.sleep(0.01)
            assert store._con is None  # let go while the work went on
            wanted_marker(str(path)).unlink()
        assert store.con.execute("SELECT 1").fetchall() == [(1,)]  # the next use reopens it
        assert store.opened == 2
    finally:
        store.close()


def test_an_unshared_store_is_left_alone(tmp_path):
    path = tmp_path / "s.duckdb"
    store = Store(path)
    try:
        wanted_marker(str(path)).touch()
        with store.idle(interval=0.01):
            time.sleep(0.05)
        assert store._con is not None
    finally:
        store.close()
