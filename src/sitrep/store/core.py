"""Opening a DuckDB store, upgrading its schema, and running short transactions.

All SQL of sitrep lives in this package (``sitrep.store``): one file per kind of record.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from sitrep.errors import ErrorCode, SitrepError
from sitrep.store.schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)


def _version(con: duckdb.DuckDBPyConnection) -> int:
    has_meta = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
    ).fetchone()[0]
    if not has_meta:
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _migrate(con: duckdb.DuckDBPyConnection, path: str) -> None:
    current = _version(con)
    if current > SCHEMA_VERSION:
        raise SitrepError(
            ErrorCode.store_newer,
            f"{path} has schema version {current}, newer than this sitrep's {SCHEMA_VERSION}: "
            "upgrade sitrep to open it",
        )
    if current == SCHEMA_VERSION:
        return
    con.execute("BEGIN")
    try:
        for step in range(current, SCHEMA_VERSION):
            log.info("migrating %s from schema %d to %d", path, step, step + 1)
            con.execute(MIGRATIONS[step])
        con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )
        con.execute("COMMIT")
    except Exception:
        with contextlib.suppress(duckdb.Error):
            con.execute("ROLLBACK")
        raise


_FULL_MARKERS = ("no space left", "file too large", "disk quota", "disk full", "out of disk")
_READONLY_MARKERS = ("read-only", "read only", "permission denied")


def disk_error(exc: BaseException, path: str) -> SitrepError | None:
    """The catalogue error for a DuckDB failure caused by the disk, or None for any other failure.

    DuckDB reports ENOSPC/EFBIG as IO or Fatal errors whose text carries the OS message; after a
    fatal error the connection is invalidated, so callers must reopen the store (the file itself
    stays consistent: DuckDB's WAL and checkpoint are atomic).
    """
    msg = str(exc)
    low = msg.lower()
    if any(m in low for m in _FULL_MARKERS):
        return SitrepError(ErrorCode.store_full, f"the disk holding {path} is full (or over its size limit): {msg}")
    if any(m in low for m in _READONLY_MARKERS):
        return SitrepError(ErrorCode.store_readonly, f"cannot write {path}: it is read-only: {msg}")
    return None


def lock_wait() -> float:
    """Seconds to wait for a store another process holds ($SITREP_LOCK_WAIT, default 60)."""
    try:
        return max(0.0, float(os.environ.get("SITREP_LOCK_WAIT", "60")))
    except ValueError:
        return 60.0


def wanted_marker(path: str) -> Path:
    """The file a process waiting for the store leaves next to it: a holder in shared mode sees it
    and lets go of the store at its next pause (``StoreBase.release_if_wanted``)."""
    return Path(f"{path}.wanted")


def _connect_once(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        msg = str(exc)
        if "lock" in msg.lower():
            raise SitrepError(ErrorCode.store_locked, f"{path} is in use by another process: {msg}") from exc
        if "read-only" in msg.lower() or "permission" in msg.lower():
            raise SitrepError(ErrorCode.store_readonly, f"cannot write {path}: {msg}") from exc
        raise disk_error(exc, path) or exc
    if read_only:
        if _version(con) > SCHEMA_VERSION:
            raise SitrepError(ErrorCode.store_newer, f"{path} was written by a newer sitrep")
    else:
        try:
            _migrate(con, path)
        except duckdb.Error as exc:  # e.g. creating a store on a full disk
            with contextlib.suppress(duckdb.Error):
                con.close()
            raise disk_error(exc, path) or exc
    return con


def connect(path: str | Path, read_only: bool = False, wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) and upgrade a store; ``:memory:`` gives a throwaway one.

    DuckDB lets one process write a file (or several read it).  When another process holds it,
    wait up to ``wait`` seconds, leaving the ``.wanted`` marker so that a holder in shared mode
    (``sitrep serve``, ``sitrep ingest``) lets go at its next pause; then E_STORE_LOCKED."""
    path = str(path)
    deadline = time.monotonic() + wait
    delay = 0.02
    marker = wanted_marker(path) if path != ":memory:" else None
    asked = False
    try:
        while True:
            try:
                return _connect_once(path, read_only)
            except SitrepError as exc:
                left = deadline - time.monotonic()
                if exc.code != ErrorCode.store_locked or left <= 0 or marker is None:
                    raise
                with contextlib.suppress(OSError):
                    marker.touch()
                    asked = True
                time.sleep(min(delay, left))
                delay = min(delay * 2, 0.2)
    finally:
        if asked:
            with contextlib.suppress(OSError):
                marker.unlink()


class StoreBase:
    """A connection plus a transaction helper; the record-specific mixins add the queries.

    ``shared=True`` (a file store used while other processes may want it: the server, a long
    ingest) lets go of the file when another process is waiting for it (its ``.wanted`` marker)
    and nothing of this process is using it: when the last ``hold()`` (or ``transaction``) ends,
    at ``release_if_wanted`` pauses, and, with ``watch_for_waiters``, from a watcher thread (the
    server, which may sit idle).  The next use reopens it (~80 ms, so the server does not close
    it after every request).  Unshared stores keep one connection until ``close``, as before.
    """

    def __init__(self, path: str | Path = ":memory:", read_only: bool = False, shared: bool = False,
                 wait: float | None = None):
        self.path = str(path)
        self.read_only = read_only
        self.shared = shared and self.path != ":memory:"
        self._watch_stop: threading.Event | None = None
        self.wait = lock_wait() if wait is None else wait
        self._hold_lock = threading.RLock()
        self._holds = 0
        self._con: duckdb.DuckDBPyConnection | None = connect(path, read_only=read_only, wait=self.wait)
        self.opened = 1  # how many times the file was opened (tests and the server's cache checks)

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            with self._hold_lock:
                if self._con is None:
                    self._con = connect(self.path, read_only=self.read_only, wait=self.wait)
                    self.opened += 1
        return self._con

    @con.setter
    def con(self, value) -> None:
        self._con = value

    @contextlib.contextmanager
    def hold(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Keep the store open for the block (thread-safe); a shared store may let go after it."""
        with self._hold_lock:
            con = self.con
            self._holds += 1
        try:
            yield con
        finally:
            with self._hold_lock:
                self._holds -= 1
                if self._holds == 0 and self.shared and wanted_marker(self.path).exists():
                    self._let_go()

    def bound(self, con) -> "StoreBase":
        """This store's queries over another connection (a request's own cursor): a shallow copy
        whose ``con`` is ``con``, so helpers written against ``Store`` read through it."""
        view = object.__new__(type(self))
        view.__dict__.update(self.__dict__)
        view.con = con
        return view

    def let_go(self) -> None:
        """A shared store closes now unless something of this process holds it (before a long
        piece of work that needs no store, such as analysing a batch of documents)."""
        if self.shared and self._con is not None:
            with self._hold_lock:
                if self._holds == 0:
                    self._let_go()

    @contextlib.contextmanager
    def idle(self, interval: float = 0.05) -> Iterator[None]:
        """A stretch of work in this thread that does not touch the store (analysing a batch): a
        shared store stays open unless another process asks for it meanwhile, and then lets go
        within ``interval`` (a watcher thread); the next use reopens it.  Closing before every
        batch instead cost ~40 ms of CPU per batch (reopen, schema check) when nobody waited."""
        if not self.shared:
            yield
            return
        stop = threading.Event()

        def watch() -> None:
            while not stop.wait(interval):
                self.release_if_wanted()

        watcher = threading.Thread(target=watch, name="sitrep-store-idle", daemon=True)
        watcher.start()
        try:
            yield
        finally:
            stop.set()
            watcher.join()

    def release_if_wanted(self) -> None:
        """A pause in a long job: a shared store lets go if another process is waiting for it."""
        if self.shared and self._con is not None and wanted_marker(self.path).exists():
            with self._hold_lock:
                if self._holds == 0:
                    self._let_go()

    def watch_for_waiters(self, interval: float = 0.05) -> None:
        """Let go from a thread as soon as another process waits and no hold is open.  Only for a
        process whose every use of the store is inside ``hold()`` (the API server)."""
        if not self.shared or self._watch_stop is not None:
            return
        stop = self._watch_stop = threading.Event()

        def watch() -> None:
            while not stop.wait(interval):
                self.release_if_wanted()

        threading.Thread(target=watch, name="sitrep-store-watch", daemon=True).start()

    def _let_go(self) -> None:
        if self._con is not None:
            with contextlib.suppress(duckdb.Error):
                self._con.close()
            self._con = None

    def close(self) -> None:
        if self._watch_stop is not None:
            self._watch_stop.set()
            self._watch_stop = None
        with self._hold_lock:
            if self.shared:
                self._let_go()
            elif self._con is not None:  # as before: a closed store's connection refuses to work
                with contextlib.suppress(duckdb.Error):
                    self._con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction: everything inside lands, or nothing does.

        A full disk or a read-only file surfaces as E_STORE_FULL / E_STORE_READONLY (see
        ``disk_error``); a failed ROLLBACK (the connection is already invalidated) never hides
        the original error.
        """
        with self.hold() as con:
            try:
                con.execute("BEGIN")
                try:
                    yield con
                except BaseException:
                    with contextlib.suppress(duckdb.Error):
                        con.execute("ROLLBACK")
                    raise
                con.execute("COMMIT")
            except duckdb.Error as exc:
                translated = disk_error(exc, self.path)
                if translated is None:
                    raise
                with contextlib.suppress(duckdb.Error):
                    con.execute("ROLLBACK")
                raise translated from exc

    def schema_version(self, con: duckdb.DuckDBPyConnection | None = None) -> int:
        """``con``: a reader's own cursor (the API's threads must not share ``self.con``)."""
        return _version(con or self.con)

    def rows(self, sql: str, params: list | None = None) -> list[dict]:
        """Run a query and return rows as dicts (column name → value)."""
        return rows_of(self.con, sql, params)


def rows_of(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    """Rows of a query as dicts (column name → value), read through ``con`` (a reader's cursor)."""
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


# Up to this many values, ``col IN (?, ?, …)`` is answered by point lookups in the column's index
# (~0.1 ms each, whatever the table's size); beyond it, ``IN (SELECT unnest(?))`` (a hash join that
# scans the column once, ~3 ms per 10k rows) is cheaper at the sizes sitrep meets.  Measured on a
# 10k-document store (DuckDB 2.0): 200 ids inline 25 ms, unnest 3 ms; 1 id inline 0.5 ms.
INLINE_MAX = 32

# Up to this many rows a write binds its values as statement parameters; beyond it, through an Arrow
# table (DuckDB's executemany goes row by row).  Building the first Arrow array imports pyarrow's
# pandas shim, and pandas (about 0.4 s of a fresh process): ``sitrep ingest one.txt`` writes a few
# dozen rows per table and should not pay that.
ARROW_MIN_ROWS = 256


def in_list(values: list) -> tuple[str, list]:
    """``(sql, params)`` for ``col IN <sql>`` over ``values``: point lookups for a few values (the
    incremental one-document path stays flat as the store grows), one scan for many."""
    if len(values) <= INLINE_MAX:
        return "(" + ", ".join("?" * len(values)) + ")", list(values)
    return "(SELECT unnest(?))", [list(values)]


def where_given(*conditions: tuple[str, list] | None) -> tuple[str, list]:
    """``(" WHERE a AND b", params)`` over the ``(clause, params)`` conditions a caller's filters give;
    ``None`` stands for a filter not given, and none given at all is ``("", [])``."""
    given = [c for c in conditions if c is not None]
    if not given:
        return "", []
    return " WHERE " + " AND ".join(clause for clause, _ in given), [p for _, params in given for p in params]
