"""Actors, aliases, lineage and the gazetteer (knowledge)."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator

from sitrep.knowledge.names import alias_key
from sitrep.store.core import StoreBase

log = logging.getLogger(__name__)


# every actor mention: the mention table, plus the organisations found in text (kept in the
# analyses' JSON as ``new_orgs``, not in the mention table)
_ALL_MENTIONS = """
    all_mentions AS (
        SELECT doc_id, char_start, char_end, surface, actor_id, confidence, method FROM actor_mentions
        UNION ALL
        SELECT doc_id, CAST(json_extract(o, '$.span.char_start') AS INTEGER),
               CAST(json_extract(o, '$.span.char_end') AS INTEGER), json_extract_string(o, '$.surface'),
               json_extract_string(o, '$.actor_id'), CAST(json_extract(o, '$.confidence') AS DOUBLE),
               json_extract_string(o, '$.method')
        FROM (SELECT doc_id, unnest(json_extract(analysis, '$.new_orgs[*]')) AS o FROM analyses)
    )
"""


class KnowledgeStore(StoreBase):
    """Queries on this kind of record; mixed into sitrep.store.Store."""

    # -- gazetteer --------------------------------------------------------------------------

    def save_gazetteer(self, places, names) -> dict[str, int]:
        """Write the rows of one GeoNames dump in bulk: ``places`` and ``names`` are the frames
        ``sitrep.knowledge.geonames_dump.read_geonames_dump`` reads (the store never reads the files);
        re-importing a place replaces its rows.  Returns counts of places and names written."""
        if places.empty:
            return {"places": 0, "names": 0}
        with self.transaction() as con:
            con.register("gz_places", places)
            con.register("gz_names", names)
            con.execute("DELETE FROM gazetteer_names WHERE geonameid IN (SELECT geonameid FROM gz_places)")
            con.execute("DELETE FROM gazetteer WHERE geonameid IN (SELECT geonameid FROM gz_places)")
            admin3 = "admin3" if "admin3" in places.columns else "NULL"
            con.execute(
                "INSERT INTO gazetteer (geonameid, name, asciiname, latitude, longitude, feature_class, feature_code,"
                " country, admin1, admin2, population, origin, admin3) SELECT geonameid, name, asciiname, latitude,"
                f" longitude, feature_class, feature_code, country, admin1, admin2, population, origin, {admin3}"
                " FROM gz_places"
            )
            con.execute("INSERT OR IGNORE INTO gazetteer_names SELECT name_key, geonameid FROM gz_names")
            con.unregister("gz_places")
            con.unregister("gz_names")
        return {"places": len(places), "names": len(names)}

    def gazetteer_count(self) -> int:
        return self.con.execute("SELECT count(*) FROM gazetteer").fetchone()[0]

    def gazetteer_rows(self) -> Iterator[tuple[tuple, list[str]]]:
        """(row tuple in ``sitrep.knowledge.gazetteer`` layout, name keys) for every stored place."""
        keys: dict[int, list[str]] = {}
        for key, gid in self.con.execute("SELECT name_key, geonameid FROM gazetteer_names").fetchall():
            keys.setdefault(gid, []).append(key)
        cur = self.con.execute(
            "SELECT geonameid, name, latitude, longitude, country, admin1, admin2, feature_class, feature_code,"
            " coalesce(population, 0) FROM gazetteer"
        )
        for row in cur.fetchall():
            yield tuple(row), keys.get(row[0], [])

    def gazetteer_summary(self) -> list[dict]:
        return self.rows(
            "SELECT origin, country, count(*) AS places FROM gazetteer GROUP BY origin, country ORDER BY origin, country"
        )

    # -- actor base -------------------------------------------------------------------------

    def save_actor_base(self, base) -> int:
        """Write the actor base into actors/actor_aliases/lineage (upsert); returns the actors written.

        Skipped (0) when the store already holds this very base: the digest of the rows written
        last is kept in ``meta``, so a run on an unchanged base costs a hash, not three bulk upserts."""
        tables = _actor_base_rows(base)
        digest = _rows_digest(tables)
        held = self.con.execute("SELECT value FROM meta WHERE key = ?", [_ACTOR_BASE_DIGEST]).fetchone()
        if held is not None and held[0] == digest:
            return 0
        with self.transaction() as con:
            for table, name in (("actors", "kb_actors"), ("actor_aliases", "kb_aliases"), ("lineage", "kb_lineage")):
                _upsert(con, table, tables[name][1])
            con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [_ACTOR_BASE_DIGEST, digest])
        return len(tables["kb_actors"][1])

    def save_new_orgs(self, orgs: Iterable[tuple[str, str]]) -> None:
        """Keep organisations found in text (``org:<key>``, surface) as actors of origin 'text'."""
        rows = [(aid, name, "external_other", None, json.dumps({"actor_id": aid, "name": name}), "text") for aid, name in orgs]
        if rows:
            self.con.executemany("INSERT OR IGNORE INTO actors VALUES (?, ?, ?, ?, ?, ?)", rows)

    def list_actor_rows(self) -> list[dict]:
        """Known actors with their mention counts (actors seen in text but not in the base included)."""
        return self.rows(
            """
            WITH """ + _ALL_MENTIONS + """, m AS (SELECT actor_id, count(*) AS mentions, count(DISTINCT doc_id) AS documents,
                       any_value(surface) AS surface FROM all_mentions GROUP BY actor_id)
            SELECT coalesce(a.actor_id, m.actor_id) AS actor_id, coalesce(a.name, m.surface, m.actor_id) AS name,
                   coalesce(a.kind, 'external_other') AS kind, a.country,
                   coalesce(m.mentions, 0) AS mentions, coalesce(m.documents, 0) AS documents, coalesce(a.origin, 'text') AS origin
            FROM actors a FULL OUTER JOIN m ON a.actor_id = m.actor_id
            ORDER BY mentions DESC, name
            """
        )

    def find_actor_ids(self, name_key: str) -> list[str]:
        rows = self.con.execute(
            "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias_key = ? UNION "
            "SELECT actor_id FROM actors WHERE actor_id = ? OR lower(name) = ?",
            [name_key, name_key, name_key],
        ).fetchall()
        return [r[0] for r in rows]

    def actor_row(self, actor_id: str) -> dict | None:
        rows = self.rows("SELECT * FROM actors WHERE actor_id = ?", [actor_id])
        if not rows:
            return None
        row = rows[0]
        row["data"] = json.loads(row["data"]) if row["data"] else {}
        return row

    def lineage_rows(self, actor_ids: Iterable[str] | None = None) -> list[dict]:
        rows = self.rows("SELECT * FROM lineage ORDER BY date")
        if actor_ids is None:
            return rows
        ids = set(actor_ids)
        return [r for r in rows if r["predecessor"] in ids or r["successor"] in ids]

    def actor_mentions(self, actor_id: str, limit: int = 200) -> list[dict]:
        """Mentions of one actor with the quoted surface and the sentence-ish context around it."""
        return self.rows(
            """
            WITH """ + _ALL_MENTIONS + """
            SELECT m.doc_id, m.char_start, m.char_end, m.surface, m.confidence, m.method,
                   substr(d.text, greatest(m.char_start - 80, 0) + 1, (m.char_end - greatest(m.char_start - 80, 0)) + 80) AS context
            FROM all_mentions m LEFT JOIN documents d ON d.doc_id = m.doc_id
            WHERE m.actor_id = ? ORDER BY m.doc_id, m.char_start LIMIT ?
            """,
            [actor_id, limit],
        )

    def gazetteer_labels(self, bbox: tuple[float, float, float, float], limit: int = 40, con=None) -> list[dict]:
        """The most important populated places inside ``bbox`` (west, south, east, north): capitals,
        then admin seats, then by population.  The map labels towns with them, offline; as the
        view narrows, smaller towns come in."""
        west, south, east, north = bbox
        cur = (con or self.con).execute(
            """
            SELECT name, latitude, longitude, feature_code, coalesce(population, 0) AS population
            FROM gazetteer
            WHERE feature_class = 'P' AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?
            ORDER BY CASE feature_code WHEN 'PPLC' THEN 0 WHEN 'PPLA' THEN 1 WHEN 'PPLA2' THEN 2
                                       WHEN 'PPLA3' THEN 3 ELSE 4 END, population DESC, name
            LIMIT ?
            """, [south, north, west, east, int(limit)])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    # --- persons (named people: speakers, leaders, spokesmen) ---------------------------------

    def person_rows(self, person_ids: list[str] | None = None, con=None) -> list[dict]:
        """Each person named in the documents: fullest name, the role and affiliation most often
        given, the spellings seen, mention, document and claim counts; most mentioned first."""
        where, params = "", []
        if person_ids is not None:
            where, params = "WHERE person_id IN (SELECT unnest(?::VARCHAR[]))", [list(person_ids)]
        cur = (con or self.con).execute(
            f"""
            WITH p AS (SELECT * FROM person_mentions {where})
            SELECT person_id, arg_max(name, length(name)) AS name, mode(role) AS role,
                   mode(affiliation) AS affiliation, list(DISTINCT surface ORDER BY surface) AS aliases_seen,
                   count(*) AS mentions, count(DISTINCT doc_id) AS documents,
                   (SELECT count(*) FROM claims c WHERE c.speaker = p.person_id) AS claims
            FROM p GROUP BY person_id ORDER BY mentions DESC, name
            """, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def person_mentions_of(self, person_id: str, limit: int = 200, con=None) -> list[dict]:
        """One person's mentions with the text around each (as ``actor_mentions``)."""
        cur = (con or self.con).execute(
            """
            SELECT m.doc_id, m.char_start, m.char_end, m.surface, m.role, m.affiliation,
                   greatest(m.char_start - 80, 0) AS context_start,
                   substr(d.text, greatest(m.char_start - 80, 0) + 1, (m.char_end - greatest(m.char_start - 80, 0)) + 80) AS context
            FROM person_mentions m LEFT JOIN documents d ON d.doc_id = m.doc_id
            WHERE m.person_id = ? ORDER BY m.doc_id, m.char_start LIMIT ?
            """, [person_id, limit])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def place_rows(self) -> list[dict]:
        """Places mentioned in analysed documents: resolved ones grouped by place, unresolved by surface."""
        return self.rows(
            """
            SELECT place_id, any_value(name) AS name, any_value(latitude) AS latitude, any_value(longitude) AS longitude,
                   any_value(country) AS country, any_value(admin1) AS admin1, any_value(admin2) AS admin2,
                   min(geo_precision) AS geo_precision, count(*) AS mentions, count(DISTINCT doc_id) AS documents,
                   string_agg(DISTINCT surface, ', ') AS surfaces
            FROM place_mentions
            GROUP BY place_id, CASE WHEN place_id IS NULL THEN lower(surface) END
            ORDER BY place_id IS NULL, mentions DESC, name
            """
        )


# ``meta`` key of the digest of the actor base the store holds (``save_actor_base``)
_ACTOR_BASE_DIGEST = "actor_base_digest"


def _actor_base_rows(base) -> dict[str, tuple[list[str], list[tuple]]]:
    """The actors, aliases and lineage rows of an actor base: table name → (columns, rows).  Plain
    tuples, so that the check for an unchanged base (every ingest) imports no pandas."""
    actors, aliases, seen = [], [], set()
    for a in base.actors.values():
        origin = base.origins.get(a.actor_id, "knowledge")
        data = a.model_dump(mode="json")
        data["contextual"] = base.contextual.get(a.actor_id, [])
        data["metonyms"] = base.metonyms.get(a.actor_id, [])
        actors.append((a.actor_id, a.name, a.kind, a.country, json.dumps(data, ensure_ascii=False), origin))
        # sorted: of two spellings with one key, every process keeps the same (a set's order is salted)
        for phrase in sorted({a.name, *a.aliases, *a.descriptive, *data["contextual"], *data["metonyms"]}):
            key = alias_key(phrase)
            if (key, a.actor_id) not in seen:
                seen.add((key, a.actor_id))
                aliases.append((key, a.actor_id, phrase, origin))
    return {
        "kb_actors": (["actor_id", "name", "kind", "country", "data", "origin"], actors),
        "kb_aliases": (["alias_key", "actor_id", "alias", "origin"], aliases),
        "kb_lineage": (["predecessor", "successor", "date", "note"],
                       [(ln.predecessor, ln.successor, ln.date, ln.note) for ln in base.lineage]),
    }


def _upsert(con, table: str, rows: list[tuple]) -> None:
    """Upsert rows (in the table's column order) in one statement over one list per column: DuckDB's
    executemany runs once per row, and the frames this went through before imported pandas (~0.5 s
    of the first ingest into a store)."""
    if not rows:
        return
    columns = list(zip(*rows))
    unnested = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
    con.execute(f"INSERT OR REPLACE INTO {table} SELECT {unnested}", [list(c) for c in columns])


def _rows_digest(tables: dict) -> str:
    """A digest of the rows of ``_actor_base_rows`` (sorted, so that it is the same in every process)."""
    h = hashlib.sha256()
    for name, (_columns, rows) in sorted(tables.items()):
        h.update(name.encode())
        for row in sorted(map(repr, rows)):
            h.update(row.encode())
    return h.hexdigest()
