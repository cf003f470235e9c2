"""The read queries the API and the dashboard need, shaped for them: keyset paging with stable
cursors, bbox, sorting, per-outlet statistics, one document or actor with everything about it.

Every method takes an optional ``con`` so that each API request reads through its own DuckDB cursor
while the single writer holds ``self.con``.  Events are read from ``events.data`` (an ``Event``
dumped as JSON by fusion) with the flat columns winning (``event_from_row``); the flat columns are
what queries filter and sort on.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

import duckdb

from sitrep.model import ControlPeriod, Event
import sitrep.store.events as events_mod  # the page plan's thresholds (one place, patched by bench/tests)
from sitrep.store.core import StoreBase, rows_of, where_given
from sitrep.store.event_query import REPORTS_JSON, EventQuery, Sort
from sitrep.store.events import event_from_row, select_events

log = logging.getLogger(__name__)

_REPORTS = REPORTS_JSON

# the flat columns the map reads (``serve_events(flat=True)``)
_FLAT_COLS = ("e.event_id, e.event_type, e.sub_event_type, e.event_date, e.earliest, e.latest, e.location, "
              "e.place_id, e.actor1, e.actor2, e.latitude, e.longitude, e.fatalities_low, e.fatalities_best, "
              "e.fatalities_high, e.disputed, e.source_count")

# one GeoJSON feature per located event (NULL when it has no coordinates), as the map reads it:
# properties keep the names the dashboard uses (sitrep/web/static/app.js, map.js, timeline.js)
_MAP_FEATURE = (
    "CASE WHEN e.latitude IS NULL OR e.longitude IS NULL THEN NULL ELSE "
    "'{\"type\":\"Feature\",\"id\":' || to_json(e.event_id) || ',\"geometry\":{\"type\":\"Point\",\"coordinates\":' "
    "|| to_json([round(e.longitude, 5), round(e.latitude, 5)]) || '},\"properties\":' || to_json({"
    "'id': e.event_id, 'type': e.event_type, 'sub': e.sub_event_type, 'date': e.event_date, "
    "'earliest': CASE WHEN e.event_date IS NULL THEN NULL ELSE coalesce(e.earliest, e.event_date) END, "
    "'latest': CASE WHEN e.event_date IS NULL THEN NULL ELSE coalesce(e.latest, e.event_date) END, "
    "'loc': e.location, 'place_id': e.place_id, 'a1': e.actor1, 'a2': e.actor2, 'fat': e.fatalities_best, "
    "'fat_low': e.fatalities_low, 'fat_high': e.fatalities_high, 'disputed': e.disputed, 'n': e.source_count"
    "}) || '}' END AS feature"
)

# sort name → (SQL expression, direction); the expression never yields NULL so keyset paging is total
_NO_DAY = dt.date(1, 1, 1)  # undated events sort first by date (the API's order since its first version)
SORTS: dict[str, Sort] = {
    "date": Sort("e.event_date", "ASC", _NO_DAY),
    "-date": Sort("e.event_date", "DESC", _NO_DAY),
    "fatalities": Sort("e.fatalities_best", "ASC", -1),
    "-fatalities": Sort("e.fatalities_best", "DESC", -1),
    "sources": Sort("e.source_count", "ASC"),
    "-sources": Sort("e.source_count", "DESC"),
}


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> tuple[list[str], list[tuple]]:
    cur = con.execute(sql, params)
    return [d[0] for d in cur.description], cur.fetchall()


def _selection(order: Sort, after: tuple[Any, str] | None, **filters: Any) -> EventQuery:
    """The API's filters: the one set (``select_events``) on best dates, after a cursor."""
    q = select_events(**filters)
    if after is not None:
        q.after(order, after[0], after[1])
    return q


class ReadsStore(StoreBase):
    """The serve-side read queries; mixed into sitrep.store.Store."""

    def serve_events_with_mentions(self, mention_ids: list[str], con: duckdb.DuckDBPyConnection | None = None) -> list[str]:
        """Ids of the events whose reports include any of ``mention_ids`` (most matching first)."""
        if not mention_ids:
            return []
        rows = rows_of(
            con or self.con,
            "SELECT event_id, count(*) AS n FROM event_reports WHERE mention_id IN (SELECT unnest(?::VARCHAR[])) "
            "GROUP BY event_id ORDER BY n DESC, event_id",
            [mention_ids],
        )
        return [r["event_id"] for r in rows]

    def serve_events(
        self,
        *,
        place: str | list[str] | None = None,
        actor: str | list[str] | None = None,
        event_type: str | None = None,
        sub_event_type: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        disputed: bool | None = None,
        bbox: tuple[float, float, float, float] | None = None,
        outlet: str | None = None,
        reported_by: list[str] | None = None,
        sort: str = "date",
        after: tuple[Any, str] | None = None,
        limit: int | None = 100,
        con: duckdb.DuckDBPyConnection | None = None,
        flat: bool = False,
    ) -> list[tuple[Any, Event]] | list[tuple[Any, dict]]:
        """Filtered events (the filters of ``sitrep.store.events.select_events``) in ``sort`` order,
        each with its sort key (for the next page's cursor).  Undated events sort first by date.

        ``flat``: rows of the flat columns only (``_FLAT_COLS``, dicts) instead of ``Event`` records —
        what the map needs, without reading the JSON ``data`` of thousands of events.

        ``after`` = (sort key, event_id) of the last row already seen: keyset paging, so a page
        boundary does not shift when events are added before it."""
        order = SORTS[sort]
        q = _selection(order, after, place=place, actor=actor, event_type=event_type, sub_event_type=sub_event_type,
                       since=since, until=until, disputed=disputed, bbox=bbox, outlet=outlet, reported_by=reported_by)
        snapshot = con is not None and con is not self.con  # a reader's cursor (see EventQuery.read_page)
        con = con or self.con
        plain = limit is None or events_mod._PAGE_LOOKUP_MAX < 0  # negative: the one-scan plan (bench, tests)
        # flat (the map): only the flat columns, never the wide JSON ``data``.  A page reads its whole
        # rows in the band pass (EventQuery.read_page): on the date-clustered table (store/layout.py)
        # the band is a few hundred rows of one row group, and reading them there beat picking ids
        # first and then looking 100 rows up by primary key (1M events: 16 vs 24 ms first page,
        # 33 vs 58 ms actor + since; bench/figures/serve.md, 03:05 UTC)
        columns = _FLAT_COLS if flat else "e.*"
        if plain:
            names, rows = _fetch(con, *q.scan_sql(order, columns, limit))
        else:
            names, rows = q.read_page(con, order, columns, int(limit), snapshot)
        dicts = [dict(zip(names, r)) for r in rows]
        return [(r["sort_key"], r if flat else event_from_row(r)) for r in dicts]

    def serve_map_features(self, *, limit: int = 5000, con: duckdb.DuckDBPyConnection | None = None,
                           **filters: Any) -> tuple[list[str], int]:
        """The map's GeoJSON features of the first ``limit`` events in date order (``serve_events``
        filters), each already serialised by DuckDB, and how many of those events have no
        coordinates (they get no feature).  Building 5,000 features as Python dicts and encoding
        them cost more than the query itself."""
        sort = SORTS["date"]
        q = _selection(sort, None, **filters)
        snapshot = con is not None and con is not self.con
        con = con or self.con
        if events_mod._PAGE_LOOKUP_MAX < 0:
            _, rows = _fetch(con, *q.scan_sql(sort, _MAP_FEATURE, limit))
        else:
            _, rows = q.read_page(con, sort, _MAP_FEATURE, int(limit), snapshot)
        features = [r[1] for r in rows if r[1] is not None]
        return features, len(rows) - len(features)

    def serve_claims_about(self, mention_ids: list[str], doc_ids: list[str],
                     con: duckdb.DuckDBPyConnection | None = None) -> list[dict]:
        """Claims about any of these mentions (or, failing links, made in these documents)."""
        if not doc_ids:
            return []
        rows = rows_of(con or self.con,
                     "SELECT data FROM claims WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY doc_id, char_start",
                     [doc_ids])
        claims = [json.loads(r["data"]) if isinstance(r["data"], str) else r["data"] for r in rows]
        wanted = set(mention_ids)
        linked = [c for c in claims if wanted & set(c.get("event_mentions") or [])]
        return linked

    # ------------------------------------------------------------------ documents, sources

    def serve_documents(self, after: str | None = None, limit: int = 100, outlet: str | None = None,
                        con: duckdb.DuckDBPyConnection | None = None) -> list[dict]:
        where, params = where_given(("doc_id > ?", [after]) if after else None,
                                    ("lower(outlet) = lower(?)", [outlet]) if outlet else None)
        sql = ("SELECT doc_id, external_id, title, outlet, wire, url, language, published, "
               "published_is_estimate, n_chars, duplicate_of, ingested_at FROM documents" + where)
        return rows_of(con or self.con, sql + f" ORDER BY doc_id LIMIT {int(limit)}", params)

    def serve_document(self, doc_id: str, con: duckdb.DuckDBPyConnection | None = None) -> dict | None:
        rows = rows_of(con or self.con,
                     "SELECT doc_id, external_id, source, title, outlet, wire, url, language, published, "
                     "published_is_estimate, published_earliest, published_latest, published_evidence, "
                     "segments, field_sources, duplicate_of, text, n_chars FROM documents WHERE doc_id = ?",
                     [doc_id])
        if not rows:
            return None
        row = rows[0]
        for key in ("segments", "field_sources"):
            if isinstance(row[key], str):
                row[key] = json.loads(row[key])
        # segments may be stored as [start, end] pairs: the API always gives Segment-shaped objects
        row["segments"] = [
            {"char_start": s[0], "char_end": s[1]} if isinstance(s, (list, tuple)) else s for s in row["segments"] or []
        ]
        return row

    def serve_documents_meta(self, doc_ids: list[str], con: duckdb.DuckDBPyConnection | None = None) -> dict[str, dict]:
        if not doc_ids:
            return {}
        rows = rows_of(con or self.con,
                     "SELECT doc_id, title, outlet, url, published, published_is_estimate FROM documents "
                     "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids])
        return {r["doc_id"]: r for r in rows}

    def serve_sources(self, con: duckdb.DuckDBPyConnection | None = None) -> list[dict]:
        """Per outlet: documents, events reported, and the events only that outlet reported."""
        con = con or self.con
        docs = rows_of(con, "SELECT coalesce(outlet, '(unknown)') AS outlet, count(*) AS documents "
                          "FROM documents GROUP BY 1")
        reports = rows_of(
            con,
            f"WITH r AS (SELECT DISTINCT e.event_id, coalesce(r.outlet, '(unknown)') AS outlet "
            f"FROM events e, unnest({_REPORTS}) AS t(r)), "
            "n AS (SELECT event_id, count(*) AS outlets FROM r GROUP BY event_id) "
            "SELECT r.outlet, count(*) AS events, "
            "list(r.event_id ORDER BY r.event_id) FILTER (WHERE n.outlets = 1) AS only_here "
            "FROM r JOIN n USING (event_id) GROUP BY r.outlet",
        )
        by_outlet: dict[str, dict] = {
            d["outlet"]: {"outlet": d["outlet"], "documents": d["documents"], "events": 0, "exclusive_events": []}
            for d in docs
        }
        for r in reports:
            entry = by_outlet.setdefault(r["outlet"], {"outlet": r["outlet"], "documents": 0, "events": 0,
                                                       "exclusive_events": []})
            entry["events"] = r["events"]
            entry["exclusive_events"] = list(r["only_here"] or [])
        return sorted(by_outlet.values(), key=lambda e: (-e["events"], e["outlet"]))

    # ------------------------------------------------------------------ actors, places, control

    def serve_actors(self, con: duckdb.DuckDBPyConnection | None = None) -> list[dict]:
        """Actors known to the store with their aliases, and how many events name each one."""
        con = con or self.con
        actors = rows_of(con, "SELECT actor_id, name, kind, country, origin FROM actors ORDER BY name")
        aliases = rows_of(con, "SELECT actor_id, list(DISTINCT alias ORDER BY alias) AS aliases FROM actor_aliases GROUP BY 1")
        counts = rows_of(con, "SELECT a AS actor_id, count(*) AS events FROM "
                            "(SELECT actor1 AS a FROM events UNION ALL SELECT actor2 FROM events) WHERE a IS NOT NULL GROUP BY 1")
        alias_map = {r["actor_id"]: r["aliases"] for r in aliases}
        count_map = {r["actor_id"]: r["events"] for r in counts}
        out = [dict(a, aliases=alias_map.get(a["actor_id"], []), events=count_map.get(a["actor_id"], 0)) for a in actors]
        known = {a["actor_id"] for a in actors}
        # actors named by events but absent from the knowledge tables still deserve a row
        for actor_id, n in count_map.items():
            if actor_id not in known:
                out.append({"actor_id": actor_id, "name": actor_id, "kind": None, "country": None,
                            "origin": "events", "aliases": alias_map.get(actor_id, []), "events": n})
        return out

    def serve_actor(self, actor_id: str, con: duckdb.DuckDBPyConnection | None = None) -> dict | None:
        con = con or self.con
        rows = rows_of(con, "SELECT actor_id, name, kind, country, origin, data FROM actors WHERE actor_id = ?", [actor_id])
        aliases = [r["alias"] for r in rows_of(con, "SELECT alias, origin FROM actor_aliases WHERE actor_id = ? ORDER BY alias", [actor_id])]
        lineage = rows_of(con, "SELECT predecessor, successor, date, note FROM lineage "
                             "WHERE predecessor = ? OR successor = ? ORDER BY date", [actor_id, actor_id])
        if rows:
            row = rows[0]
            data = json.loads(row.pop("data")) if isinstance(row.get("data"), str) else (row.pop("data") or {})
            row["aliases"] = sorted(set(aliases) | set(data.get("aliases") or []))
            row["descriptive"] = data.get("descriptive") or []
            row["affiliations"] = data.get("affiliations") or []
            row["notes"] = data.get("notes") or ""
        else:
            n = con.execute("SELECT count(*) FROM events WHERE actor1 = ? OR actor2 = ?", [actor_id, actor_id]).fetchone()[0]
            if not n and not aliases and not lineage:
                return None
            row = {"actor_id": actor_id, "name": actor_id, "kind": None, "country": None, "origin": "events",
                   "aliases": aliases, "descriptive": [], "affiliations": [], "notes": ""}
        row["predecessors"] = [l for l in lineage if l["successor"] == actor_id]
        row["successors"] = [l for l in lineage if l["predecessor"] == actor_id]
        return row

    def serve_overview(self, con: duckdb.DuckDBPyConnection | None = None) -> dict[str, list[dict]]:
        """The picture at a glance: events and fatalities by type, by actor (either side) and by
        admin1, most first."""
        con = con or self.con
        by_type = rows_of(con, "SELECT event_type, count(*) AS events, coalesce(sum(fatalities_best), 0) AS fatalities "
                             "FROM events GROUP BY 1 ORDER BY events DESC, event_type")
        by_actor = rows_of(con, "SELECT a AS actor_id, count(*) AS events, coalesce(sum(f), 0) AS fatalities FROM "
                              "(SELECT actor1 AS a, fatalities_best AS f FROM events UNION ALL "
                              " SELECT actor2, fatalities_best FROM events) WHERE a IS NOT NULL "
                              "GROUP BY 1 ORDER BY events DESC, actor_id LIMIT 25")
        by_admin1 = rows_of(con, "SELECT admin1, any_value(country) AS country, count(*) AS events, "
                               "coalesce(sum(fatalities_best), 0) AS fatalities, avg(latitude) AS latitude, "
                               "avg(longitude) AS longitude FROM events WHERE admin1 IS NOT NULL "
                               "GROUP BY 1 ORDER BY fatalities DESC, events DESC, admin1")
        return {"by_type": by_type, "by_actor": by_actor, "by_admin1": by_admin1}

    def serve_admin_areas(self, countries: list[str], con: duckdb.DuckDBPyConnection | None = None) -> list[dict]:
        """The gazetteer's first- and second-order admin areas (ADM1, ADM2) of ``countries``, each
        with its admin1 code, point and name keys: what joins admin1 names to map borders."""
        if not countries:
            return []
        rows = rows_of(
            con or self.con,
            "SELECT g.geonameid, g.name, g.feature_code, g.country, g.admin1, g.latitude, g.longitude, "
            "list(n.name_key) FILTER (WHERE n.name_key IS NOT NULL) AS keys "
            "FROM gazetteer g LEFT JOIN gazetteer_names n ON n.geonameid = g.geonameid "
            "WHERE g.feature_code IN ('ADM1', 'ADM2') AND g.country IN (SELECT unnest(?::VARCHAR[])) "
            "GROUP BY ALL ORDER BY g.geonameid", [list(countries)])
        for r in rows:
            r["keys"] = list(r["keys"] or [])
        return rows

    def serve_places(self, con: duckdb.DuckDBPyConnection | None = None) -> list[dict]:
        """Places where events happened or whose control is known, with counts."""
        con = con or self.con
        rows = rows_of(
            con,
            "SELECT coalesce(place_id, 'name:' || location) AS place_id, any_value(location) AS name, "
            "avg(latitude) AS latitude, avg(longitude) AS longitude, any_value(country) AS country, "
            "any_value(admin1) AS admin1, count(*) AS events, coalesce(sum(fatalities_best), 0) AS fatalities "
            "FROM events WHERE place_id IS NOT NULL OR location IS NOT NULL GROUP BY 1 ORDER BY events DESC, name",
        )
        seen = {r["place_id"] for r in rows}
        for c in rows_of(con, "SELECT place_id, any_value(place_name) AS name FROM control_periods GROUP BY 1"):
            if c["place_id"] not in seen:
                rows.append({"place_id": c["place_id"], "name": c["name"], "latitude": None, "longitude": None,
                             "country": None, "admin1": None, "events": 0, "fatalities": 0})
        return rows

    def serve_gazetteer_place(self, place_id: str, con: duckdb.DuckDBPyConnection | None = None) -> dict | None:
        if not place_id.startswith("gn:") or not place_id[3:].isdigit():
            return None
        rows = rows_of(con or self.con,
                     "SELECT name, latitude, longitude, country, admin1, admin2, feature_code, population "
                     "FROM gazetteer WHERE geonameid = ?", [int(place_id[3:])])
        return rows[0] if rows else None

    def serve_control(self, place_id: str | None = None,
                        con: duckdb.DuckDBPyConnection | None = None) -> list[ControlPeriod]:
        sql = 'SELECT place_id, place_name, holder, start, "end", evidence FROM control_periods'
        params: list[Any] = []
        if place_id:
            sql += " WHERE place_id = ?"
            params.append(place_id)
        rows = rows_of(con or self.con, sql + " ORDER BY place_id, start NULLS FIRST", params)
        out = []
        for r in rows:
            r["evidence"] = json.loads(r["evidence"]) if isinstance(r["evidence"], str) else (r["evidence"] or [])
            out.append(ControlPeriod.model_validate(r))
        return out

