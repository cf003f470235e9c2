"""Clustering the events table in date order (``Store.cluster_events``, store/layout.py): the rows,
constraints and indexes survive, every listing answers the same, the table is in date order
afterwards, a failure mid-way leaves the old table, and the automatic rule fires only when enough
rows were written since the last time."""

from __future__ import annotations

import duckdb
import pytest

from sitrep.cli import main
from sitrep.store import Store

from .test_paged_reads import _events


def _snapshot(store: Store) -> list[tuple]:
    return store.con.execute("SELECT * EXCLUDE (updated_at) FROM events ORDER BY event_id").fetchall()


def _listings(store: Store) -> list[list[str]]:
    queries = [dict(limit=20), dict(limit=20, sort="-date"), dict(place="Kidal", limit=15),
               dict(actor="jnim", limit=15), dict(disputed=True), dict(bbox=(0.0, 15.0, 2.0, 19.0), limit=30)]
    out = [[e.event_id for e in store.list_events(**kw)] for kw in queries]
    out.append([e.event_id for _, e in store.serve_events(event_type="battles", place=["Gao"], limit=25)])
    out.append(store.serve_map_features(limit=50)[0])
    return out


@pytest.fixture()
def store():
    s = Store()
    events = _events(600)
    with s.transaction():
        s.save_events(list(reversed(events)))  # written in reverse id order, dates shuffled
    yield s
    s.close()


def test_cluster_keeps_rows_listings_constraints_and_indexes(store):
    rows, listings = _snapshot(store), _listings(store)
    indexes = store.con.execute("SELECT index_name, sql FROM duckdb_indexes() WHERE table_name = 'events' "
                                "ORDER BY 1").fetchall()
    result = store.cluster_events()
    assert result.clustered and result.events == 600 and result.written_since == 600
    assert _snapshot(store) == rows
    assert _listings(store) == listings
    assert store.con.execute("SELECT index_name, sql FROM duckdb_indexes() WHERE table_name = 'events' "
                             "ORDER BY 1").fetchall() == indexes
    # the primary key and NOT NULL constraints are back
    with pytest.raises(duckdb.ConstraintException):
        store.con.execute("INSERT INTO events SELECT * FROM events LIMIT 1")
    with pytest.raises(duckdb.ConstraintException):
        store.con.execute("INSERT INTO events (event_id, event_type, sub_event_type, data) VALUES ('x', NULL, 's', '{}')")
    # physically in date order (NULL dates last, then the id)
    physical = [r[0] for r in store.con.execute("SELECT event_id FROM events").fetchall()]
    ordered = [r[0] for r in store.con.execute(
        "SELECT event_id FROM events ORDER BY coalesce(event_date, DATE '9999-12-31'), event_id").fetchall()]
    assert physical == ordered
    # writes keep working, and are counted as written since the clustering
    event = store.get_event(physical[0])
    with store.transaction():
        store.save_events([event.model_copy(update={"location": "Elsewhere"})])
    assert store.events_written_since_cluster() == (600, 1)
    assert store.get_event(physical[0]).location == "Elsewhere"


class _FailingStore(Store):
    """A store whose rewrite fails after the old table was dropped (a real DuckDB error)."""

    @staticmethod
    def _cluster_statements(table_sql, index_sqls):
        steps = Store._cluster_statements(table_sql, index_sqls)
        at = steps.index("DROP TABLE events") + 2  # after the re-created, still empty table
        return [*steps[:at], "SELECT error('injected failure')", *steps[at:]]


def test_a_failure_mid_way_leaves_the_old_table(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        with s.transaction():
            s.save_events(_events(200))
        rows = _snapshot(s)
    with _FailingStore(path) as s, pytest.raises(duckdb.Error, match="injected failure"):
        s.cluster_events()
    with Store(path) as s:
        assert _snapshot(s) == rows
        assert s.events_written_since_cluster() == (200, 200)  # never clustered
        assert s.con.execute("SELECT count(*) FROM duckdb_indexes() WHERE table_name = 'events'").fetchone()[0] == 1  # events_place (V2 dropped events_date)


def test_the_automatic_rule(store):
    # a small store is never clustered by the rule: one row group, nothing to skip
    assert not store.maybe_cluster_events().clustered
    assert store.maybe_cluster_events(min_events=100, min_written=10_000, min_share=0.2).clustered
    assert store.events_written_since_cluster() == (600, 0)
    assert not store.maybe_cluster_events(min_events=100, min_written=10_000, min_share=0.2).clustered
    events = store.get_events([f"ev{i:04d}" for i in range(150)])
    with store.transaction():
        store.save_events(events[:100])
    # 100 of 600 rows rewritten: under 20%, under 10,000
    assert not store.maybe_cluster_events(min_events=100, min_written=10_000, min_share=0.2).clustered
    with store.transaction():
        store.save_events(events[100:])
    # 150 of 600: 25%
    result = store.maybe_cluster_events(min_events=100, min_written=10_000, min_share=0.2)
    assert result.clustered and result.written_since == 150
    # or enough rows in absolute terms, whatever the share
    with store.transaction():
        store.save_events(events[:10])
    assert store.maybe_cluster_events(min_events=100, min_written=10, min_share=0.9).clustered


def test_cli_store_optimize(tmp_path, capsys):
    path = tmp_path / "s.duckdb"
    with Store(path) as s, s.transaction():
        s.save_events(_events(50))
    assert main(["--db", str(path), "store", "optimize", "--if-needed", "--format", "json"]) == 0
    assert '"clustered": false' in capsys.readouterr().out
    assert main(["--db", str(path), "store", "optimize", "--format", "json"]) == 0
    assert '"clustered": true' in capsys.readouterr().out
    with Store(path) as s:
        assert s.events_written_since_cluster() == (50, 0)
    assert main(["--db", str(tmp_path / "none.duckdb"), "store", "optimize"]) == 1


def test_since_until_band_keeps_wide_intervals(monkeypatch):
    """The event_date band implied by since/until (EventQuery._date_band) must not drop an event
    whose interval reaches far from its best date."""
    import datetime as dt

    import sitrep.store.events as events_mod
    from sitrep.model import DateInterval

    events = _events(300)
    for i, e in enumerate(events[::7]):
        if e.date is not None:  # a few intervals of up to a year and a half around the best date
            best = e.date.best
            e.date = DateInterval(earliest=best - dt.timedelta(days=30 * (i % 19)),
                                  latest=best + dt.timedelta(days=29 * (i % 17)), precision=e.date.precision)
    with Store() as s:
        with s.transaction():
            s.save_events(events)
        s.cluster_events()
        queries = [dict(since=dt.date(2020, 2, 20)), dict(until=dt.date(2020, 1, 3)),
                   dict(since=dt.date(2020, 1, 20), until=dt.date(2020, 1, 22)), dict(since=dt.date(2021, 1, 1))]
        got = [[e.event_id for _, e in s.serve_events(limit=40, **kw)] for kw in queries]
        got_map = [s.serve_map_features(limit=40, **kw)[0] for kw in queries]
        got_cli = [[e.event_id for e in s.list_events(limit=40, **kw)] for kw in queries]
        monkeypatch.setattr(events_mod, "_PAGE_LOOKUP_MAX", -1)  # the one-scan plan, no implied band
        assert got == [[e.event_id for _, e in s.serve_events(limit=40, **kw)] for kw in queries]
        assert got_map == [s.serve_map_features(limit=40, **kw)[0] for kw in queries]
        assert got_cli == [[e.event_id for e in s.list_events(limit=40, **kw)] for kw in queries]
        assert any(got) and any(len(g) == 40 for g in got)


def test_cluster_while_a_reader_holds_a_snapshot(tmp_path):
    """The API's readers use their own cursors: a read transaction open across the rewrite keeps
    its snapshot, and a new one sees the clustered table."""
    with Store(tmp_path / "s.duckdb") as s:
        with s.transaction():
            s.save_events(_events(300))
        before = _listings(s)
        reader = s.con.cursor()
        reader.execute("BEGIN TRANSACTION")
        first = reader.execute("SELECT count(*) FROM events").fetchone()[0]
        assert s.cluster_events().clustered
        assert reader.execute("SELECT count(*) FROM events").fetchone()[0] == first == 300
        reader.execute("COMMIT")
        assert [e.event_id for _, e in s.serve_events(limit=30, con=reader)] == \
            [e.event_id for _, e in s.serve_events(limit=30)]
        assert _listings(s) == before
        reader.close()
