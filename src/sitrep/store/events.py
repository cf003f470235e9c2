"""Fused events, reports, disputes and control periods (fuse stage).

An ``Event`` is stored whole as JSON beside the flat columns that queries filter on (ACLED's own
fields), plus two index tables: ``event_actors`` (every actor of an event, for the actor filter, which
must see actor1, actor2 and the associated actors) and ``event_reports`` (which documents report an
event, so fusion finds the events a re-analysed document touched).  Every save appends a version to
``event_history`` with its cause, so analysts (and corrections) can see how an event changed.

Listing is keyset-paginated (``after`` is the last row's cursor), so a page costs the same at row
one million as at row one.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from typing import Any

import duckdb

from sitrep.errors import ErrorCode, SitrepError
from sitrep.model import ControlPeriod, Dispute, Event
from sitrep.store.analyses import _bulk_insert
from sitrep.store.core import rows_of, where_given
from sitrep.store.layout import LayoutStore
from sitrep.store.event_query import EventQuery, Sort

log = logging.getLogger(__name__)

# NULL dates sort last (ASC) / first (DESC): they compare as a sentinel day
_NO_DATE = dt.date(9999, 12, 31)
SORTS = {"date": Sort("e.event_date", "ASC", _NO_DATE), "-date": Sort("e.event_date", "DESC", _NO_DATE)}


def encode_cursor(event: Event) -> str:
    """The position just after ``event`` in a date-sorted listing."""
    day = event.date.best.isoformat() if event.date else ""
    return f"{day}|{event.event_id}"


def _decode_cursor(cursor: str) -> tuple[dt.date | None, str]:
    try:
        day, event_id = cursor.split("|", 1)
        return (dt.date.fromisoformat(day) if day else None), event_id
    except ValueError as exc:
        raise SitrepError(ErrorCode.invalid, f"bad cursor {cursor!r}: expected DATE|EVENT_ID") from exc


def select_events(
    *,
    place: str | Sequence[str] | None = None,
    actor: str | Sequence[str] | None = None,
    event_type: str | None = None,
    sub_event_type: str | None = None,
    admin1: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    date_match: str = "best",
    disputed: bool | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    outlet: str | None = None,
    reported_by: Sequence[str] | None = None,
) -> EventQuery:
    """The one set of event filters, for every listing (``Store.list_events`` for the CLI, fusion,
    export and report; ``Store.serve_events`` and the map for the API).  Each applies only when given.

    ``place``: place ids (``gn:…``, anything with a colon) and location/admin1/admin2/country names,
    case-insensitive (``sitrep.query.filters.resolve_place`` gives both kinds); ``actor``: actor ids
    in any role; ``event_type``/``sub_event_type``: ACLED's names, any case; ``since``/``until``: the
    best date lies in [since, until], or with ``date_match="overlap"`` the date interval meets it;
    ``bbox``: (min_lon, min_lat, max_lon, max_lat); ``reported_by``: outlet names, any of them
    reporting (``[]`` matches nothing).
    """
    q = EventQuery()
    if place:
        places = [place] if isinstance(place, str) else list(place)
        q.places(ids=[p for p in places if ":" in p], names=[p for p in places if ":" not in p],
                 name_columns=("location", "admin1", "admin2", "country"))
    if actor:
        q.actors([actor] if isinstance(actor, str) else list(actor))
    for column, value in (("event_type", event_type), ("sub_event_type", sub_event_type), ("admin1", admin1)):
        if value:
            q.equals(column, value, fold_case=True)
    q.optional(since=since, until=until, overlap=date_match == "overlap", disputed=disputed, bbox=bbox,
               outlet=outlet, reported_by=reported_by)
    return q


def event_from_row(row: dict) -> Event:
    """Rebuild an ``Event`` from its row: ``data`` holds the whole record, the columns win on conflict
    (corrections update both, but a column is what a query filtered on)."""
    data = row.get("data")
    payload: dict[str, Any] = json.loads(data) if isinstance(data, str) else dict(data or {})
    for col in ("event_id", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
                "admin2", "location", "place_id", "latitude", "longitude", "geo_precision",
                "fatalities_low", "fatalities_best", "fatalities_high", "disputed", "source_count"):
        if col in row and row[col] is not None:
            payload[col] = row[col]
    fields = set(Event.model_fields)
    return Event.model_validate({k: v for k, v in payload.items() if k in fields})


def _event_row(e: Event) -> list:
    d = e.date
    return [
        e.event_id, e.event_type, e.sub_event_type,
        d.best if d else None, d.earliest if d else None, d.latest if d else None,
        d.precision.value if d else None,
        e.actor1, e.actor2, e.country, e.admin1, e.admin2, e.location, e.place_id,
        e.latitude, e.longitude, e.geo_precision,
        e.fatalities_low, e.fatalities_best, e.fatalities_high,
        e.disputed, e.source_count, e.model_dump_json(),
    ]


_EVENT_COLS = (
    "event_id, event_type, sub_event_type, event_date, earliest, latest, time_precision, actor1, actor2, "
    "country, admin1, admin2, location, place_id, latitude, longitude, geo_precision, "
    "fatalities_low, fatalities_best, fatalities_high, disputed, source_count, data"
)


class EventsStore(LayoutStore):
    """Queries on this kind of record; mixed into sitrep.store.Store.  ``LayoutStore`` adds the
    date clustering of the table (``cluster_events``, store/layout.py)."""

    # --- writing -------------------------------------------------------------------------------

    def save_event(self, event: Event, cause: str = "fuse") -> int:
        """Insert or replace ``event`` and append a history version; returns the version number.

        Runs inside the caller's transaction when there is one (fusion saves many events at once)."""
        return self.save_events([event], cause)[event.event_id]

    def save_events(self, events: Sequence[Event], cause: str = "fuse") -> dict[str, int]:
        if not events:
            return {}
        con = self.con
        ids = [e.event_id for e in events]
        versions = dict(
            con.execute(
                "SELECT event_id, max(version) FROM event_history WHERE event_id IN (SELECT unnest(?)) GROUP BY event_id",
                [ids],
            ).fetchall()
        )
        self._delete_index_rows(ids)
        _bulk_insert(con, "events", _EVENT_COLS.split(", "), [_event_row(e) for e in events])
        actor_rows, report_rows, history_rows = [], [], []
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        out = {}
        for e in events:
            for role, actors in (("actor1", [e.actor1]), ("actor2", [e.actor2]),
                                 ("assoc1", e.assoc_actor_1), ("assoc2", e.assoc_actor_2)):
                actor_rows += [[e.event_id, a, role] for a in actors if a]
            report_rows += [[e.event_id, r.mention_id, r.doc_id] for r in e.reports]
            version = (versions.get(e.event_id) or 0) + 1
            out[e.event_id] = version
            history_rows.append([e.event_id, version, now, cause, e.model_dump_json()])
        _bulk_insert(con, "event_actors", ["event_id", "actor_id", "role"], actor_rows)
        _bulk_insert(con, "event_reports", ["event_id", "mention_id", "doc_id"], report_rows)
        _bulk_insert(con, "event_history", ["event_id", "version", "changed_at", "cause", "data"], history_rows)
        return out

    def delete_events(self, event_ids: Sequence[str], cause: str = "fuse") -> None:
        """Remove events (merged into another, or left without reports); history keeps a tombstone."""
        ids = list(event_ids)
        if not ids:
            return
        versions = dict(
            self.con.execute(
                "SELECT event_id, max(version) FROM event_history WHERE event_id IN (SELECT unnest(?)) GROUP BY event_id",
                [ids],
            ).fetchall()
        )
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        self.con.executemany(
            "INSERT INTO event_history VALUES (?, ?, ?, ?, ?)",
            [[i, (versions.get(i) or 0) + 1, now, cause, json.dumps({"deleted": True})] for i in ids],
        )
        self._delete_index_rows(ids)

    def reset_fusion(self) -> None:
        """Forget every fused event and control period (history is kept) before a full rebuild."""
        for table in ("events", "event_actors", "event_reports", "control_periods"):
            self.con.execute(f"DELETE FROM {table}")
        self.con.execute("UPDATE event_mentions SET event_id = NULL WHERE event_id IS NOT NULL")

    def _delete_index_rows(self, ids: list[str]) -> None:
        for table in ("events", "event_actors", "event_reports"):
            self.con.execute(f"DELETE FROM {table} WHERE event_id IN (SELECT unnest(?))", [ids])

    # --- reading -------------------------------------------------------------------------------

    def get_event(self, event_id: str, con: duckdb.DuckDBPyConnection | None = None) -> Event | None:
        """The event, or None; ``con``: a reader's own cursor (the API's requests)."""
        rows = rows_of(con or self.con, "SELECT * FROM events WHERE event_id = ?", [event_id])
        return event_from_row(rows[0]) if rows else None

    def stored_event_ids(self, event_ids: Sequence[str]) -> set[str]:
        """Which of these ids name a stored event (one query, however many ids)."""
        if not event_ids:
            return set()
        rows = self.con.execute("SELECT event_id FROM events WHERE event_id IN (SELECT unnest(?))",
                                [list(event_ids)]).fetchall()
        return {r[0] for r in rows}

    def get_events(self, event_ids: Sequence[str]) -> list[Event]:
        if not event_ids:
            return []
        rows = self.con.execute(
            "SELECT data FROM events WHERE event_id IN (SELECT unnest(?)) ORDER BY event_id", [list(event_ids)]
        ).fetchall()
        return [Event.model_validate_json(r[0]) for r in rows]

    def event_history(self, event_id: str, con: duckdb.DuckDBPyConnection | None = None) -> list[dict]:
        """Every stored version of an event, oldest first (``data`` parsed)."""
        rows = rows_of(con or self.con,
                       "SELECT version, changed_at, cause, data FROM event_history WHERE event_id = ? ORDER BY version",
                       [event_id])
        for r in rows:
            r["data"] = json.loads(r["data"]) if isinstance(r["data"], str) else r["data"]
        return rows

    def events_of_docs(self, doc_ids: Sequence[str]) -> list[str]:
        """Ids of the events that any of these documents reports."""
        if not doc_ids:
            return []
        rows = self.con.execute(
            "SELECT DISTINCT event_id FROM event_reports WHERE doc_id IN (SELECT unnest(?)) ORDER BY event_id",
            [list(doc_ids)],
        ).fetchall()
        return [r[0] for r in rows]

    def count_events(self, con: duckdb.DuckDBPyConnection | None = None) -> int:
        return (con or self.con).execute("SELECT count(*) FROM events").fetchone()[0]

    def list_events(
        self,
        place: str | Sequence[str] | None = None,
        actor: str | Sequence[str] | None = None,
        event_type: str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        disputed: bool | None = None,
        bbox: tuple[float, float, float, float] | None = None,
        limit: int | None = None,
        after: str | None = None,
        sort: str = "date",
        sub_event_type: str | None = None,
        admin1: str | None = None,
        reported_by: Sequence[str] | None = None,
        date_match: str = "overlap",
        outlet: str | None = None,
    ) -> list[Event]:
        """Events matching every given filter (``select_events``), ordered by (event_date, event_id),
        undated ones last.

        ``after``: the cursor of the last event of the previous page (``encode_cursor``); ``sort``:
        date or -date.  ``date_match`` defaults to "overlap" (fusion's windows); users' filters pass
        "best" (``sitrep.query.filters``).
        """
        if sort not in SORTS:
            raise SitrepError(ErrorCode.invalid, f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
        order = SORTS[sort]
        q = select_events(place=place, actor=actor, event_type=event_type, sub_event_type=sub_event_type,
                          admin1=admin1, since=_as_date(since) if since else None,
                          until=_as_date(until) if until else None, date_match=date_match,
                          disputed=disputed, bbox=bbox, outlet=outlet, reported_by=reported_by)
        if after:
            day, last_id = _decode_cursor(after)
            q.after(order, day or _NO_DATE, last_id)  # NULL dates compare as the sentinel day
        if limit is None or _PAGE_LOOKUP_MAX < 0:
            # a bulk read (export, disputes): one scan that carries ``data`` is the cheapest
            # (a negative _PAGE_LOOKUP_MAX forces this plan: bench/query.py --plan scan)
            sql, params = q.scan_sql(order, "e.data", limit)
            return [Event.model_validate_json(r[1]) for r in self.con.execute(sql, params).fetchall()]
        # a page: its rows carry ``data`` through the Top-N of the band only (EventQuery.read_page);
        # on the date-clustered table (store/layout.py) that beat picking ids first and then looking
        # ``data`` up by primary key (see Store.serve_events)
        _, rows = q.read_page(self.con, order, "e.data", int(limit), snapshot=False)
        return [Event.model_validate_json(r[1]) for r in rows]

    def list_disputes(self, place: str | None = None) -> list[tuple[Event, Dispute]]:
        """Every dispute with its event, in event date order."""
        return [(e, d) for e in self.list_events(place=place, disputed=True) for d in e.disputes]

    # --- territorial control --------------------------------------------------------------------

    def save_control_periods(self, place_id: str, periods: Sequence[ControlPeriod]) -> None:
        """Replace the control history of one place."""
        self.con.execute("DELETE FROM control_periods WHERE place_id = ?", [place_id])
        _bulk_insert(self.con, "control_periods", ["place_id", "place_name", "holder", "start", "end", "evidence"],
                     [[p.place_id, p.place_name, p.holder, p.start, p.end, json.dumps(p.evidence)] for p in periods])

    def list_control_periods(self, place_id: str | None = None, on: dt.date | None = None) -> list[ControlPeriod]:
        """Control periods (of one place; held on one day when ``on``), ordered by place and start."""
        held_on = ('(start IS NULL OR start <= ?) AND ("end" IS NULL OR "end" > ?)', [on, on]) if on else None
        where, params = where_given(("place_id = ?", [place_id]) if place_id else None, held_on)
        sql = ('SELECT place_id, place_name, holder, start, "end", evidence FROM control_periods' + where
               + " ORDER BY place_name, place_id, start NULLS FIRST")
        return [
            ControlPeriod(place_id=r[0], place_name=r[1] or r[0], holder=r[2], start=r[3], end=r[4],
                          evidence=json.loads(r[5]))
            for r in self.con.execute(sql, params).fetchall()
        ]

    def control_place_ids(self, name: str) -> list[str]:
        rows = self.con.execute(
            "SELECT DISTINCT place_id FROM control_periods WHERE lower(place_name) = lower(?) OR place_id = ?",
            [name, name],
        ).fetchall()
        return [r[0] for r in rows]

    def control_events(self, place_ids: Sequence[str], sub_event_types: Sequence[str] = (),
                       version_labels: Sequence[str] = ()) -> list[Event]:
        """Events at these places that may change control: of one of ``sub_event_types``, or with a
        report whose version is one of ``version_labels``; in date order.  Without either filter,
        every event at the places."""
        if not place_ids:
            return []
        sql, params = "SELECT data FROM events WHERE place_id IN (SELECT unnest(?))", [list(place_ids)]
        if sub_event_types or version_labels:
            ors = ["sub_event_type IN (SELECT unnest(?))"]
            params.append(list(sub_event_types) or [""])
            for label in version_labels:
                ors.append("contains(data, ?)")
                params.append(f'"version":"{label}"')
            sql += " AND (" + " OR ".join(ors) + ")"
        sql += " ORDER BY coalesce(event_date, DATE '9999-12-31'), event_id"
        return [Event.model_validate_json(r[0]) for r in self.con.execute(sql, params).fetchall()]


# A negative value forces the earlier one-scan plan for every listing (bench/query.py --plan scan and
# the equivalence tests); pages otherwise use EventQuery.read_page.
_PAGE_LOOKUP_MAX = 1000


def _as_date(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise SitrepError(ErrorCode.invalid, f"bad date {value!r}: use YYYY-MM-DD") from exc
