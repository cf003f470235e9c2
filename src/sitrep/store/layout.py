"""Physical layout of the events table: rewrite it in date order ("clustering").

Why: DuckDB skips a row group (122,880 rows) or a column segment when its min/max ("zone map") shows
that no row can match a filter.  Every hot read of the API is a date band (a page is the rows between
two keys of ``coalesce(event_date, 9999-12-31)``, the map a band of 5,000 events, ``since``/``until``
pages); when the table lies in date order, such a band lives in one or two row groups and the rest
of the table is never read.  Fusion writes events roughly in date order but not exactly (background
events, late reports, and every update deletes the row and appends the new version at the end), so
the table drifts.  ``cluster_events`` rewrites it in date order; ``maybe_cluster_events`` does so
when enough rows were written since the last time (the pipeline calls it at the end of a run; the
CLI ``sitrep store optimize`` forces it).

Crash-safety: the whole rewrite is one DuckDB transaction (DDL included): an error rolls it back, and
a process killed mid-way leaves an uncommitted WAL tail that DuckDB discards on the next open, so
either the old table or the new one exists, never half of either.  The table's and its indexes'
DDL are read back from DuckDB's catalogue (``duckdb_tables()``/``duckdb_indexes()``), so constraints
(primary key, NOT NULL, defaults) and indexes added by later migrations survive the swap.

The state lives in ``meta``: ``events_clustered_at`` (the clustering transaction's timestamp).  Rows
written since are those with a later ``updated_at`` (every save re-inserts its row with a fresh
``updated_at``; the rewrite keeps the stored values).
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass

import duckdb

from sitrep.errors import ErrorCode, SitrepError
from sitrep.store.core import StoreBase, disk_error

log = logging.getLogger(__name__)

# The order of every date-sorted listing (store/events.py SORTS): NULL dates last, then the id.
CLUSTER_ORDER = "coalesce(event_date, DATE '9999-12-31'), event_id"

# Below this many events the table is one or two row groups: there is nothing for zone maps to skip.
AUTO_MIN_EVENTS = 100_000
# Re-cluster when the rows written since the last clustering reach this many, or this share of the
# table (an unsorted tail is scanned whole by every band query: its absolute size is what costs).
AUTO_MIN_WRITTEN = 50_000
AUTO_MIN_SHARE = 0.2

_META_KEY = "events_clustered_at"


@dataclass(frozen=True)
class ClusterResult:
    """What ``cluster_events``/``maybe_cluster_events`` did."""

    clustered: bool
    events: int  # rows in the table
    written_since: int  # rows written since the previous clustering (before this one)
    seconds: float = 0.0
    reason: str = ""


class LayoutStore(StoreBase):
    """Clustering of the events table; mixed into sitrep.store.Store."""

    def events_written_since_cluster(self) -> tuple[int, int]:
        """(rows in ``events``, rows written since the last clustering: all of them if never)."""
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", [_META_KEY]).fetchone()
        if row is None:
            n = self.con.execute("SELECT count(*) FROM events").fetchone()[0]
            return n, n
        n, written = self.con.execute(
            "SELECT count(*), count(*) FILTER (WHERE updated_at > CAST(? AS TIMESTAMP)) FROM events", [row[0]]
        ).fetchone()
        return n, written

    def maybe_cluster_events(self, min_events: int = AUTO_MIN_EVENTS, min_written: int = AUTO_MIN_WRITTEN,
                             min_share: float = AUTO_MIN_SHARE) -> ClusterResult:
        """Cluster when the table is big enough to benefit and enough rows were written since the
        last clustering (``min_written`` rows, or ``min_share`` of the table)."""
        n, written = self.events_written_since_cluster()
        if n < min_events:
            return ClusterResult(False, n, written, reason=f"{n} events < {min_events}")
        if written < min_written and written < min_share * n:
            return ClusterResult(False, n, written, reason=f"only {written} of {n} rows written since the last clustering")
        return self.cluster_events()

    @staticmethod
    def _cluster_statements(table_sql: str, index_sqls: list[str]) -> list[str]:
        """The rewrite, statement by statement (run inside one transaction by ``cluster_events``).

        A temp copy in order, then the table re-created from its own DDL and filled from the copy:
        DROP + CREATE rather than DELETE + INSERT, so no index maintenance for a million deletions.
        Insertion order is kept (DuckDB's ``preserve_insertion_order`` is on by default)."""
        return [
            f"CREATE TEMP TABLE _events_clustered AS SELECT * FROM events ORDER BY {CLUSTER_ORDER}",
            "DROP TABLE events",  # drops its indexes too
            table_sql,
            "INSERT INTO events SELECT * FROM _events_clustered",
            *index_sqls,
            "DROP TABLE _events_clustered",
            f"INSERT OR REPLACE INTO meta VALUES ('{_META_KEY}', CAST(CAST(current_timestamp AS TIMESTAMP) AS VARCHAR))",
        ]

    def _checkpoint(self) -> None:
        """Write the new layout into the file now rather than at some later write's checkpoint.  The
        rewrite is already durable in the WAL, so a checkpoint that cannot run now (the API's readers
        hold transactions open) is only logged; a full disk still surfaces."""
        try:
            self.con.execute("CHECKPOINT")
        except duckdb.Error as exc:
            if disk_error(exc, self.path) is not None:
                raise
            log.info("checkpoint after clustering postponed: %s", exc)

    def cluster_events(self) -> ClusterResult:
        """Rewrite ``events`` in date order, keeping its constraints and indexes; one transaction."""
        con = self.con
        t0 = time.perf_counter()
        n, written = self.events_written_since_cluster()
        table_sql = con.execute(
            "SELECT sql FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'events'").fetchone()
        if table_sql is None:
            raise SitrepError(ErrorCode.invalid, "this store has no events table")
        index_sqls = [r[0] for r in con.execute(
            "SELECT sql FROM duckdb_indexes() WHERE schema_name = 'main' AND table_name = 'events' "
            "AND sql IS NOT NULL ORDER BY index_name").fetchall()]
        try:
            con.execute("BEGIN")
            try:
                for sql in self._cluster_statements(table_sql[0], index_sqls):
                    con.execute(sql)
                con.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(duckdb.Error):
                    con.execute("ROLLBACK")
                raise
            self._checkpoint()
        except duckdb.Error as exc:
            raise disk_error(exc, self.path) or exc
        secs = time.perf_counter() - t0
        log.info("clustered %d events in date order in %.1f s (%d written since the last time)", n, secs, written)
        return ClusterResult(True, n, written, secs, "clustered")
