"""Documents, ingest errors and near-duplicate candidates (ingest stage).

``add_documents`` stores a batch in one transaction (``add_document`` is a batch of one): an exact
duplicate (same doc_id, i.e. same text) writes nothing; otherwise the document is stored, with the
``duplicate_of`` ingest decided, and the MinHash LSH band keys ingest computed are indexed in
``document_lsh``.  ``near_duplicate_candidates`` answers ingest's question "which stored texts share
bands with these?" with one equality join of the batch's band keys with that table (never a scan of
every stored text in Python); ``sitrep.ingest.dedup`` verifies them and decides.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Mapping
from typing import Any

import duckdb

from sitrep.model import Document, FieldSource, IngestError, Published, Segment
from sitrep.store.core import ARROW_MIN_ROWS, INLINE_MAX, StoreBase, in_list

log = logging.getLogger(__name__)

LISTING_COLUMNS = [
    "id", "external_id", "source", "title", "outlet", "wire", "url", "published", "published_is_estimate",
    "published_earliest", "published_latest", "language", "characters", "duplicate_of",
]
_LISTING_SQL = """
SELECT doc_id AS id, external_id, source, title, outlet, wire, url, published, published_is_estimate,
       published_earliest, published_latest, language, n_chars AS characters, duplicate_of
FROM documents
"""
# tables whose row counts `sitrep summary` reports when they have rows (name → label)
COUNTED_TABLES = {
    "actor_mentions": "actor_mentions", "actors": "actors", "place_mentions": "place_mentions",
    "event_mentions": "event_mentions", "events": "events", "claims": "claims",
}
# the SQL types of ``_insert_documents``' columns, in its order (the Arrow path's types)
_SQL_TYPES = ["VARCHAR"] * 11 + ["DATE", "BOOLEAN", "DATE", "DATE"] + ["VARCHAR"] * 3 + ["BIGINT", "BIGINT"]



class DocumentsStore(StoreBase):
    """Queries on documents and ingest errors; mixed into sitrep.store.Store."""

    # -- writing ---------------------------------------------------------------------------------

    def add_document(self, doc: Document) -> str:
        """Store ``doc`` unless its text is already stored: "stored" | "duplicate" | "near_duplicate".

        A near-duplicate is stored too (it is another outlet's report), with ``duplicate_of`` set on
        the row and on ``doc`` itself.
        """
        return self.add_documents([doc])[0]

    def add_documents(self, docs: list[Document], band_keys: Mapping[str, list[int]] | None = None) -> list[str]:
        """Store a batch of documents in one transaction; one status per document, as ``add_document``.

        ``band_keys``: doc_id → the document's LSH band keys, indexed for later near-duplicate
        lookups (``sitrep.ingest.dedup.add_documents`` computes them and sets ``duplicate_of``).
        Why a batch: DuckDB's per-statement and per-commit overhead (~1.5 ms each) dominated storing
        one document at a time.  Here a batch costs a primary-key lookup for exact duplicates and one
        Arrow insert per table.
        """
        if not docs:
            return []
        stored = self.stored_among([d.doc_id for d in docs])
        statuses: list[str] = []
        new: list[tuple[Document, list[int]]] = []
        for doc in docs:
            if doc.doc_id in stored:
                statuses.append("duplicate")
                continue
            stored.add(doc.doc_id)  # the same text twice in one batch: the second is a duplicate
            new.append((doc, list((band_keys or {}).get(doc.doc_id, ()))))
            statuses.append("new")
        if not new:
            return statuses
        outcome = {doc.doc_id: ("near_duplicate" if doc.duplicate_of else "stored") for doc, _ in new}
        try:
            with self.transaction() as con:
                self._insert_documents(con, new)
        except duckdb.ConstraintException:
            # another writer stored one of these texts meanwhile (same text): one by one, so the rest land
            for item in new:
                try:
                    with self.transaction() as con:
                        self._insert_documents(con, [item])
                except duckdb.ConstraintException:
                    outcome[item[0].doc_id] = "duplicate"
        it = iter(new)
        return [s if s != "new" else outcome[next(it)[0].doc_id] for s in statuses]

    def stored_among(self, doc_ids: list[str]) -> set[str]:
        """The doc_ids of ``doc_ids`` already stored (one primary-key lookup)."""
        if not doc_ids:
            return set()
        sql_in, params = in_list(doc_ids)
        return {r[0] for r in self.con.execute(f"SELECT doc_id FROM documents WHERE doc_id IN {sql_in}", params).fetchall()}

    def _insert_documents(self, con, new: list[tuple[Document, list[int]]]) -> None:
        """The batch's rows, inside the caller's transaction.  ``ingested_at`` = transaction time + the position in the
        batch (microseconds), so "ingest order" listings keep the input order within a batch."""
        rows, lsh_keys, lsh_ids = [], [], []
        for seq, (doc, keys) in enumerate(new):
            p = doc.published
            rows.append([
                doc.doc_id, doc.external_id, doc.source, doc.text, doc.raw,
                json.dumps([[s.char_start, s.char_end] for s in doc.segments]),
                doc.title, doc.outlet, doc.wire, doc.url, doc.language,
                p.date, p.is_estimate, p.earliest, p.latest, p.evidence or None,
                json.dumps({k: v.model_dump(mode="json") for k, v in doc.field_sources.items()}),
                doc.duplicate_of, len(doc.text), seq,
            ])
            lsh_keys += keys
            lsh_ids += [doc.doc_id] * len(keys)
        cols = ["doc_id", "external_id", "source", "text", "raw", "segments", "title", "outlet", "wire", "url",
                "language", "published", "published_is_estimate", "published_earliest", "published_latest",
                "published_evidence", "field_sources", "duplicate_of", "n_chars", "seq"]
        names = ", ".join(cols[:-1])
        if len(rows) < ARROW_MIN_ROWS:
            # a batch of a few documents (``pipeline.STORE_BATCH``) binds one list per column, unnested by one
            # statement, and so do its band keys (16 per document): the first Arrow array's import of pandas
            # (~0.2 s of a fresh process) costs many times what the lists do, and executemany goes row by row
            unnested = ", ".join(f"unnest(${i + 1}::{t}[]) AS {c}" for i, (c, t) in enumerate(zip(cols, _SQL_TYPES)))
            con.execute(f"INSERT INTO documents ({names}, ingested_at) SELECT {names}, "
                        f"CAST(current_timestamp AS TIMESTAMP) + to_microseconds(seq) FROM (SELECT {unnested}) "
                        "ORDER BY seq", [list(c) for c in zip(*rows)])
            if lsh_keys:
                con.execute("INSERT INTO document_lsh SELECT unnest(?::BIGINT[]), unnest(?::VARCHAR[])",
                            [lsh_keys, lsh_ids])
            return
        import pyarrow as pa

        types = [pa.string()] * 11 + [pa.date32(), pa.bool_(), pa.date32(), pa.date32()] + [pa.string()] * 3 + [
            pa.int64(), pa.int64()]
        batch = pa.table({c: pa.array([r[i] for r in rows], type=t) for i, (c, t) in enumerate(zip(cols, types))})
        keys_batch = pa.table({"band_key": pa.array(lsh_keys, type=pa.int64()), "doc_id": pa.array(lsh_ids, type=pa.string())})
        con.register("_new_documents", batch)
        con.register("_new_lsh", keys_batch)
        try:
            con.execute(
                f"INSERT INTO documents ({names}, ingested_at) SELECT {names}, "
                "CAST(current_timestamp AS TIMESTAMP) + to_microseconds(seq) FROM _new_documents ORDER BY seq"
            )
            if lsh_keys:
                con.execute("INSERT INTO document_lsh SELECT band_key, doc_id FROM _new_lsh")
        finally:
            con.unregister("_new_documents")
            con.unregister("_new_lsh")

    def near_duplicate_candidates(self, band_keys: list[list[int]], limit: int) -> tuple[
            dict[int, list[str]], dict[str, tuple[tuple, str | None, str]]]:
        """For each position i of ``band_keys`` (a document's LSH band keys; [] to skip it), the
        stored documents sharing the most bands with it (at most ``limit``, most shared first), and
        for each of them ((ingested_at, doc_id): its place in ingest order, duplicate_of, clean text)."""
        wanted_by: dict[int, list[int]] = {}  # band key → the batch documents that look it up
        for i, keys in enumerate(band_keys):
            for k in keys:
                wanted_by.setdefault(k, []).append(i)
        shared: dict[int, dict[str, int]] = {}  # batch index → stored doc_id → bands in common
        if 0 < len(wanted_by) <= INLINE_MAX:
            # one document's 16 keys: index point lookups, counted here
            sql_in, params = in_list(list(wanted_by))
            for key, doc_id in self.con.execute(
                f"SELECT band_key, doc_id FROM document_lsh WHERE band_key IN {sql_in}", params
            ).fetchall():
                for i in wanted_by[key]:
                    counts = shared.setdefault(i, {})
                    counts[doc_id] = counts.get(doc_id, 0) + 1
        elif wanted_by:
            # a batch: one join with the band table, counted and cut to the best few per document
            # inside DuckDB (a band shared by thousands of stored texts costs no Python loop)
            pairs = [(i, k) for k, idx in wanted_by.items() for i in idx]
            for i, doc_id, n in self.con.execute(
                "SELECT q.i, l.doc_id, count(*) AS n FROM (SELECT unnest(?::INTEGER[]) AS i, "
                "unnest(?::BIGINT[]) AS band_key) q JOIN document_lsh l ON l.band_key = q.band_key "
                "GROUP BY q.i, l.doc_id QUALIFY row_number() OVER (PARTITION BY q.i ORDER BY n DESC, l.doc_id) <= ?",
                [[i for i, _ in pairs], [k for _, k in pairs], limit],
            ).fetchall():
                shared.setdefault(i, {})[doc_id] = n
        # the most similar few (most shared bands) per document; fetch only those texts
        hits = {i: [d for d, _ in sorted(counts.items(), key=lambda h: -h[1])[:limit]] for i, counts in shared.items()}
        wanted = sorted({doc_id for ids in hits.values() for doc_id in ids})
        stored: dict[str, tuple[tuple, str | None, str]] = {}
        if wanted:
            sql_in, params = in_list(wanted)
            rows = self.con.execute(
                f"SELECT doc_id, text, segments, duplicate_of, ingested_at FROM documents WHERE doc_id IN {sql_in}", params
            ).fetchall()
            for doc_id, text, segments, duplicate_of, ingested_at in rows:
                clean = "\n\n".join(text[a:b] for a, b in json.loads(segments))
                stored[doc_id] = ((ingested_at, doc_id), duplicate_of, clean)
        return hits, stored

    def record_ingest_error(self, err: IngestError) -> None:
        """Log a skipped input once: re-running the same ingest adds no rows."""
        with self.transaction() as con:
            con.execute(
                """INSERT INTO ingest_errors (source, code, message)
                   SELECT ?, ?, ? WHERE NOT EXISTS (
                     SELECT 1 FROM ingest_errors WHERE source = ? AND code = ? AND message = ?)""",
                [err.source, err.code, err.message, err.source, err.code, err.message],
            )

    # -- reading ---------------------------------------------------------------------------------

    def get_document(self, doc_id: str) -> Document | None:
        rows = self.rows("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
        return _document(rows[0]) if rows else None

    def iter_documents(self, batch: int = 500):
        """Every stored Document, in ingest order, fetched in batches."""
        offset = 0
        while True:
            rows = self.rows("SELECT * FROM documents ORDER BY ingested_at, doc_id LIMIT ? OFFSET ?", [batch, offset])
            if not rows:
                return
            for r in rows:
                yield _document(r)
            offset += batch

    def list_documents(self, limit: int | None = None, offset: int = 0, outlet: str | None = None) -> list[dict[str, Any]]:
        """Listing rows (no text): the columns of ``sitrep documents`` (LISTING_COLUMNS)."""
        sql, params = _LISTING_SQL, []
        if outlet:
            sql += " WHERE lower(outlet) = lower(?)"
            params.append(outlet)
        sql += " ORDER BY ingested_at, doc_id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return self.rows(sql, params)

    def document_credits(self, doc_ids: list[str], con=None) -> dict[str, dict[str, Any]]:
        """doc_id → who published and who reported it: title, outlet, wire, url, published, duplicate_of."""
        if not doc_ids:
            return {}
        cur = con or self.con
        res = cur.execute("SELECT doc_id, title, outlet, wire, url, published, duplicate_of FROM documents "
                          "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [list(doc_ids)])
        names = [d[0] for d in res.description]
        return {r[0]: dict(zip(names, r)) for r in res.fetchall()}

    def documents_of_outlets(self, names: list[str], con=None) -> list[dict[str, Any]]:
        """Documents published by or credited to any of ``names`` (lower case), newest first."""
        if not names:
            return []
        cur = con or self.con
        res = cur.execute("SELECT doc_id, title, outlet, wire, url, published, duplicate_of FROM documents "
                          "WHERE lower(outlet) IN (SELECT unnest(?::VARCHAR[])) OR lower(wire) IN (SELECT unnest(?::VARCHAR[])) "
                          "ORDER BY published DESC NULLS LAST, doc_id", [list(names), list(names)])
        cols = [d[0] for d in res.description]
        return [dict(zip(cols, r)) for r in res.fetchall()]

    def outlet_counts(self, con=None) -> list[dict[str, Any]]:
        """Every outlet and wire name the documents carry, with how many documents published it / credit it."""
        cur = con or self.con
        res = cur.execute("SELECT name, sum(published) AS published, sum(credited) AS credited FROM ("
                          " SELECT outlet AS name, 1 AS published, 0 AS credited FROM documents WHERE outlet IS NOT NULL"
                          " UNION ALL SELECT wire, 0, 1 FROM documents WHERE wire IS NOT NULL AND wire IS DISTINCT FROM outlet)"
                          " GROUP BY name ORDER BY name")
        return [{"name": r[0], "published": int(r[1]), "credited": int(r[2])} for r in res.fetchall()]

    def count_documents(self) -> int:
        return self.con.execute("SELECT count(*) FROM documents").fetchone()[0]

    def list_ingest_errors(self) -> list[dict[str, Any]]:
        return self.rows("SELECT source, code, message, occurred_at FROM ingest_errors ORDER BY occurred_at, source")

    def documents_summary(self) -> dict[str, Any]:
        """Counts for ``sitrep summary``: documents, by language, near-duplicates, estimated dates,
        errors by code, and the row counts of the analysis/fusion tables that have rows."""
        con = self.con
        out: dict[str, Any] = {
            "documents": self.count_documents(),
            "near_duplicates": con.execute("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0],
            "estimated_dates": con.execute("SELECT count(*) FROM documents WHERE published_is_estimate").fetchone()[0],
            "by_language": dict(con.execute(
                "SELECT coalesce(language, 'unknown'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()),
            "errors_by_code": dict(con.execute(
                "SELECT code, count(*) FROM ingest_errors GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()),
        }
        for table, label in COUNTED_TABLES.items():
            try:
                n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # fixed names, no input
            except duckdb.Error:  # a table this store does not have (older or partial schema)
                continue
            if n:
                out[label] = n
        return out


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    return value.date() if isinstance(value, dt.datetime) else dt.date.fromisoformat(str(value))


def _document(r: dict[str, Any]) -> Document:
    segments = r["segments"] if isinstance(r["segments"], list) else json.loads(r["segments"])
    sources = r["field_sources"] if isinstance(r["field_sources"], dict) else json.loads(r["field_sources"] or "{}")
    return Document(
        doc_id=r["doc_id"],
        external_id=r["external_id"],
        source=r["source"],
        text=r["text"],
        raw=r["raw"],
        segments=[Segment(char_start=a, char_end=b) for a, b in segments],
        title=r["title"],
        outlet=r["outlet"],
        wire=r["wire"],
        url=r["url"],
        language=r["language"],
        published=Published(
            date=_date(r["published"]),
            is_estimate=bool(r["published_is_estimate"]),
            earliest=_date(r["published_earliest"]),
            latest=_date(r["published_latest"]),
            evidence=r["published_evidence"] or "",
        ),
        field_sources={k: FieldSource.model_validate(v) for k, v in sources.items()},
        duplicate_of=r["duplicate_of"],
    )
