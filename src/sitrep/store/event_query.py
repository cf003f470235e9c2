"""One query builder for event listings, used by ``Store.list_events`` (CLI, export, fusion) and
``Store.serve_events`` (API, map, dashboard).

``EventQuery`` collects WHERE clauses and their parameters over ``events e``; the two listings differ
only in which filters they offer and how they match them (the CLI's exact ``event_type`` vs the
API's case-insensitive type-or-sub-type, the API's place names also matching ``admin2``), and say
so by calling different builder methods.  ``Sort`` is the order (an expression that never yields
NULL, so keyset paging is total, then ``event_id``).

The read plans live here too, because they are what makes a page cheap at a million events:

* ``read_page``: a page of ``limit`` rows.  A Top-N over (sort key, event_id) of every matching row
  costs ~40 ms at 1M events (string comparisons of the id, the payload carried through the heap,
  and reading the id column at all).  The page's keys all lie between the first and the
  ``limit``-th matching key, and those two come from a Top-N over the key alone (one fixed-width
  column); the page is then a Top-N over the rows of that band only, a plain column range that
  DuckDB filters inside the scan before the other filters run.  Ties on either bound are all in the
  band, so the rows and their order are exactly those of the one-scan plan.
* ``scan_sql``: every matching row in order (exports, disputes), or the first ``limit`` in one
  scan (the earlier plan, kept for before/after benchmarks and the equivalence tests).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from sitrep.errors import ErrorCode, SitrepError

# reports' outlets, read out of the JSON ``data`` (only the outlet filter needs them)
REPORTS_JSON = ("from_json(e.data->'$.reports', "
                "'[{\"mention_id\":\"VARCHAR\",\"doc_id\":\"VARCHAR\",\"outlet\":\"VARCHAR\"}]')")


@dataclass(frozen=True)
class Sort:
    """ORDER BY ``column`` (NULL compared as ``null_key``) ``direction``, then ``e.event_id`` in the
    same direction.  The sort key never is NULL, so keyset paging is total."""

    column: str  # e.g. "e.event_date"
    direction: str  # "ASC" | "DESC"
    null_key: Any = None  # what a NULL compares as; None: the column is NOT NULL

    @property
    def expr(self) -> str:
        if self.null_key is None:
            return self.column
        return f"coalesce({self.column}, {_literal(self.null_key)})"

    @property
    def order_by(self) -> str:
        return f" ORDER BY sort_key {self.direction}, e.event_id {self.direction}"

    def band(self, low: Any, high: Any) -> tuple[str, list[Any]]:
        """``low <= key <= high`` on the bare column where possible (DuckDB pushes a plain column
        comparison into the scan, so the other filters only see the rows of the band)."""
        clause, params = f"{self.column} BETWEEN ? AND ?", [low, high]
        if self.null_key is not None and low <= self.null_key <= high:
            clause = f"({clause} OR {self.column} IS NULL)"
        return clause, params


def _literal(value: Any) -> str:
    if isinstance(value, dt.date):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise TypeError(f"no SQL literal for {value!r}")


def marks(values: Sequence) -> str:
    """``?, ?, …`` for an inline parameter list.

    Inline ``IN (?, ?)`` lists filter inside the scan; ``IN (SELECT unnest(?))`` plans a hash join
    (measured 23 vs 37 ms at 1M events)."""
    return ", ".join("?" * len(values))


class EventQuery:
    """The WHERE clause of an event listing over ``events e``, built filter by filter."""

    def __init__(self) -> None:
        self.where: list[str] = []
        self.params: list[Any] = []
        self._actors: list[str] = []  # the actor filter (its clause is built by ``_clauses``)
        self._after: tuple[Sort, Any, str] | None = None  # the keyset cursor: sort, key, event_id
        self._since: Any = None  # the since/until days, for the implied event_date band (``_date_band``)
        self._until: Any = None

    def _add(self, clause: str, *params: Any) -> EventQuery:
        self.where.append(clause)
        self.params.extend(params)
        return self

    # --- filters ---------------------------------------------------------------------------------

    def places(self, ids: Sequence[str], names: Sequence[str], name_columns: Sequence[str]) -> EventQuery:
        """``place_id`` in ``ids``, or one of ``name_columns`` equal (case-insensitively) to a name."""
        ors, params = [], []
        if ids:
            ors.append(f"e.place_id IN ({marks(ids)})")
            params += list(ids)
        lowered = [n.lower() for n in names]
        for column in name_columns if lowered else ():
            ors.append(f"lower(e.{column}) IN ({marks(lowered)})")
            params += lowered
        return self._add("(" + " OR ".join(ors) + ")", *params) if ors else self

    def actors(self, actors: Sequence[str]) -> EventQuery:
        """Events with any of ``actors`` in any role (actor1, actor2 or associated)."""
        self._actors = list(actors)
        return self

    def _actor_clause(self, roles: str) -> tuple[str, list[Any]]:
        """``roles`` "primary": actor1/actor2 on the flat columns (a scan filter); "all": also the
        associated actors through ``event_actors``, a semi-join whose build side is small (joining
        every role instead built a hash table of ~18% of the events: 150 vs 45 ms at 1M)."""
        m = marks(self._actors)
        ors, params = f"e.actor1 IN ({m}) OR e.actor2 IN ({m})", self._actors * 2
        if roles == "all":
            ors += (f" OR e.event_id IN (SELECT event_id FROM event_actors WHERE actor_id IN ({m}) "
                    f"AND role NOT IN ('actor1', 'actor2'))")
            params += self._actors
        return f"({ors})", params

    def _associated_ids(self, con: duckdb.DuckDBPyConnection) -> list[str] | None:
        """Ids of the events with one of the wanted actors as an associated actor only (one scan of
        ``event_actors``, ~5-10 ms at 1M events); None when there are too many to look up by key."""
        found = con.execute(
            f"SELECT DISTINCT event_id FROM event_actors WHERE actor_id IN ({marks(self._actors)}) "
            "AND role NOT IN ('actor1', 'actor2') LIMIT ?", [*self._actors, _ASSOCIATED_BY_KEY + 1]).fetchall()
        return [r[0] for r in found] if len(found) <= _ASSOCIATED_BY_KEY else None

    def _clauses(self, roles: str = "all", strict_after: bool | None = False) -> tuple[list[str], list[Any]]:
        """The WHERE clauses and their parameters.  ``roles``: the actor filter's (``_actor_clause``;
        "none" leaves it out).  ``strict_after``: the keyset clause keeps only rows strictly after the
        cursor's key (ties left out), which needs no event_id; None leaves the cursor out (``_bounds``
        adds its own on the bare column)."""
        where, params = list(self.where), list(self.params)
        if self._actors and roles != "none":
            clause, more = self._actor_clause(roles)
            where.append(clause)
            params += more
        if self._after is not None and strict_after is not None:
            sort, key, event_id = self._after
            op = ">" if sort.direction == "ASC" else "<"
            if strict_after:
                where.append(f"{sort.expr} {op} ?")
                params.append(key)
            else:
                where.append(f"({sort.expr} {op} ? OR ({sort.expr} = ? AND e.event_id {op} ?))")
                params += [key, key, event_id]
        return where, params

    def _bound_branches(self, con: duckdb.DuckDBPyConnection, strict_after: bool | None) -> tuple[list, str]:
        """The row sets whose keys bound the page (disjoint, together exactly the matching rows but
        for the cursor's ties), and the actor roles the page pass then filters on.

        The associated-actor semi-join reads every event's id to probe it (~30 ms per pass at 1M):
        with no associated match it is left out; with a few, their events are a second branch read
        by primary key; with many, it stays."""
        if not self._actors:
            return [self._clauses("none", strict_after)], "none"
        ids = self._associated_ids(con)
        if ids is None:
            return [self._clauses("all", strict_after)], "all"
        primary = self._clauses("primary", strict_after)
        if not ids:
            return [primary], "primary"
        m = marks(self._actors)
        where, params = self._clauses("none", strict_after)
        associated = ([f"e.event_id IN ({marks(ids)})", f"NOT coalesce(e.actor1 IN ({m}) OR e.actor2 IN ({m}), false)",
                       *where], [*ids, *self._actors, *self._actors, *params])
        return [primary, associated], "all"

    def equals(self, column: str, value: Any, fold_case: bool = False) -> EventQuery:
        if fold_case:
            return self._add(f"lower(e.{column}) = lower(?)", value)
        return self._add(f"e.{column} = ?", value)

    def since(self, day: Any, overlap: bool = False) -> EventQuery:
        """The event's best date is on or after ``day`` (what users filter on: a year-long estimate
        starting in June 2025 is not an event of May 2026); ``overlap``: its date interval ends on
        or after ``day`` (fusion's windows)."""
        self._since = day
        if overlap:
            return self._add("coalesce(e.latest, e.event_date) >= ?", day)
        return self._add("e.event_date >= ?", day)

    def until(self, day: Any, overlap: bool = False) -> EventQuery:
        """The event's best date is on or before ``day``; ``overlap``: its interval starts by then."""
        self._until = day
        if overlap:
            return self._add("coalesce(e.earliest, e.event_date) <= ?", day)
        return self._add("e.event_date <= ?", day)

    def optional(self, *, since: Any = None, until: Any = None, overlap: bool = False, disputed: bool | None = None,
                 bbox: tuple[float, float, float, float] | None = None, outlet: str | None = None,
                 reported_by: Sequence[str] | None = None) -> EventQuery:
        """The filters the CLI's and the API's listings share, each applied only when given
        (``reported_by=[]`` is given: no outlet of that kind, no event)."""
        if since:
            self.since(since, overlap=overlap)
        if until:
            self.until(until, overlap=overlap)
        if disputed is not None:
            self.disputed(disputed)
        if bbox:
            self.bbox(bbox)
        if outlet:
            self.outlet(outlet)
        if reported_by is not None:
            self.reported_by(reported_by)
        return self

    def _date_band(self, con: duckdb.DuckDBPyConnection) -> tuple[list[str], list[Any]]:
        """Clauses on the bare ``event_date`` implied by ``since``/``until`` (true of every row that
        passes them), which DuckDB checks against zone maps: on the date-clustered table it then
        skips the row groups before ``since`` instead of testing each of their rows with the
        ``coalesce`` filters (1M events, map bbox + 2021 bounds: 24 → 8 ms, plus ~2 ms for the widths).

        ``since`` holds when ``coalesce(latest, event_date) >= since``; as ``latest - event_date``
        is at most the table's widest such gap ``w``, ``event_date >= since - w``.  Likewise for
        ``until`` with ``event_date - earliest``."""
        if self._since is None and self._until is None:
            return [], []
        after_best, before_best = con.execute(
            "SELECT max(latest - event_date), max(event_date - earliest) FROM events").fetchone()
        where, params = [], []
        with contextlib.suppress(OverflowError):  # a bound past year 1 or 9999 implies nothing
            if isinstance(self._since, dt.date):
                params.append(self._since - dt.timedelta(days=max(after_best or 0, 0)))
                where.append("(e.event_date >= ? OR e.event_date IS NULL)")
        with contextlib.suppress(OverflowError):
            if isinstance(self._until, dt.date):
                params.append(self._until + dt.timedelta(days=max(before_best or 0, 0)))
                where.append("(e.event_date <= ? OR e.event_date IS NULL)")
        return where, params

    def disputed(self, value: bool) -> EventQuery:
        return self._add("e.disputed = ?", bool(value))

    def bbox(self, bbox: tuple[float, float, float, float]) -> EventQuery:
        """(west/min_lon, south/min_lat, east/max_lon, north/max_lat)."""
        west, south, east, north = bbox
        return self._add("e.longitude BETWEEN ? AND ? AND e.latitude BETWEEN ? AND ?", west, east, south, north)

    def outlet(self, outlet: str) -> EventQuery:
        return self._add(f"EXISTS (SELECT 1 FROM unnest({REPORTS_JSON}) AS t(r) WHERE lower(r.outlet) = lower(?))",
                         outlet)

    def reported_by(self, names: Sequence[str]) -> EventQuery:
        """Events with a report whose outlet, or whose document's outlet or wire, is one of ``names``
        (lower case: every name of the outlets a ``--reported-by`` value stands for)."""
        lowered = [n.lower() for n in names] or [""]
        return self._add(
            f"EXISTS (SELECT 1 FROM unnest({REPORTS_JSON}) AS t(r) WHERE lower(r.outlet) IN ({marks(lowered)}) "
            f"OR r.doc_id IN (SELECT d.doc_id FROM documents d WHERE lower(d.outlet) IN ({marks(lowered)}) "
            f"OR lower(d.wire) IN ({marks(lowered)})))", *lowered, *lowered, *lowered)

    def after(self, sort: Sort, key: Any, event_id: str) -> EventQuery:
        """Keyset paging: rows strictly after (key, event_id) in ``sort`` order."""
        self._after = (sort, key, event_id)
        return self

    # --- statements ------------------------------------------------------------------------------

    def scan_sql(self, sort: Sort, columns: str, limit: int | None = None) -> tuple[str, list[Any]]:
        """Every matching row (or the first ``limit``) in one scan, with ``sort_key`` first."""
        where, params = self._clauses()
        filters = (" WHERE " + " AND ".join(where)) if where else ""
        sql = f"SELECT {sort.expr} AS sort_key, {columns} FROM events e{filters}{sort.order_by}"
        if limit is None:
            return sql, params
        return sql + " LIMIT ?", [*params, int(limit)]

    def read_page(self, con: duckdb.DuckDBPyConnection, sort: Sort, columns: str, limit: int,
                  snapshot: bool = True) -> tuple[list[str], list[tuple]]:
        """The first ``limit`` matching rows (``sort_key`` first, then ``columns``), read in two
        passes over one snapshot; returns (column names, rows).

        The plan is the module docstring's: the bounds of the page's keys first, then a Top-N over
        the rows of that band only.  ``snapshot``: wrap the passes in a read transaction (a reader's
        own cursor, while the writer may commit between them).  False on the store's own
        connection: it may already be inside the caller's transaction (DuckDB aborts a transaction
        on a nested BEGIN), and it is the only writer, so nothing can change between the passes."""
        with read_snapshot(con) if snapshot else contextlib.nullcontext():
            implied, implied_params = self._date_band(con)
            self.where += implied
            self.params += implied_params
            if self._after is None:
                branches, roles = self._bound_branches(con, strict_after=False)
                first, last, n = _bounds(con, sort, branches, limit)
                if not n:
                    return [], []
            else:
                # The cursor's clause reads the event_id of every later row (for ties on its key).
                # The bounds take only the rows strictly after the cursor's key: fewer rows, so their
                # limit-th key is still at or past the page's last, and the cursor's key is its first.
                if self._after[0] != sort:
                    raise SitrepError(ErrorCode.invalid, "the cursor belongs to another sort")
                branches, roles = self._bound_branches(con, strict_after=None)
                _, last, n = _bounds(con, sort, branches, limit, after=self._after[1])
                first = self._after[1]
                last = last if n else first
            where, params = self._clauses(roles)
            low, high = (first, last) if sort.direction == "ASC" else (last, first)
            band, band_params = sort.band(low, high)
            sql = (f"SELECT {sort.expr} AS sort_key, {columns} FROM events e WHERE "
                   + " AND ".join([band, *where]) + f"{sort.order_by} LIMIT ?")
            cur = con.execute(sql, [*band_params, *params, int(limit)])
            return [d[0] for d in cur.description], cur.fetchall()


def _bounds(con: duckdb.DuckDBPyConnection, sort: Sort, branches: list[tuple[list[str], list[Any]]],
            limit: int, after: Any = None) -> tuple[Any, Any, int]:
    """(first key, limit-th key, how many) of the first ``limit`` keys in ``sort`` order over the
    union of the (disjoint) ``branches``, each a (WHERE clauses, parameters) over ``events e``;
    ``after``: only keys strictly after this one (the cursor's key).

    Each branch is a Top-N over the *bare* sort column (its NULLs are a second, unordered branch
    that yields the sentinel key): DuckDB pushes a Top-N's running bound into the scan as a filter
    only for a plain column, and then skips every row group whose zone map lies past it.  On a
    date-clustered table (store/layout.py) that is all but one or two row groups: a Top-N over
    ``coalesce(column, sentinel)`` read the whole table (measured at 1M events, type + place
    filters: 44 vs 11 ms; no filter: 5.6 vs 1.1 ms)."""
    op = ">" if sort.direction == "ASC" else "<"
    selects, params = [], []
    for where, more in branches:
        present = [*where, f"{sort.column} IS NOT NULL"] if sort.null_key is not None else list(where)
        present_params = list(more)
        if after is not None:
            present.append(f"{sort.column} {op} ?")
            present_params.append(after)
        filters = (" WHERE " + " AND ".join(present)) if present else ""
        selects.append(f"(SELECT {sort.column} AS k FROM events e{filters} ORDER BY k {sort.direction} LIMIT ?)")
        params += [*present_params, int(limit)]
        if sort.null_key is not None and (after is None or _after(sort.null_key, op, after)):
            selects.append(f"(SELECT {_literal(sort.null_key)} AS k FROM events e WHERE "
                           f"{' AND '.join([*where, f'{sort.column} IS NULL'])} LIMIT ?)")
            params += [*more, int(limit)]
    agg_first, agg_last = ("min", "max") if sort.direction == "ASC" else ("max", "min")
    return con.execute(
        f"SELECT {agg_first}(k), {agg_last}(k), count(*) FROM (SELECT k FROM ({' UNION ALL '.join(selects)}) "
        f"ORDER BY k {sort.direction} LIMIT ?)", [*params, int(limit)]).fetchone()


def _after(key: Any, op: str, cursor: Any) -> bool:
    return key > cursor if op == ">" else key < cursor


# Events found through an associated actor only, up to this many, are read by primary key for the
# page's bounds (DuckDB looks up short ``event_id IN (…)`` lists in the key index); beyond, a semi-join.
_ASSOCIATED_BY_KEY = 500


@contextlib.contextmanager
def read_snapshot(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Run several reads of a connection in autocommit mode on one snapshot."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    finally:
        con.execute("COMMIT")  # nothing was written
