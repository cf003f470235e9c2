"""Documents, ingest errors and near-duplicate lookups (ingest stage).

``add_document`` is one transaction per document: an exact duplicate (same doc_id, i.e. same text)
writes nothing; otherwise the document is stored and its MinHash LSH band keys are indexed in
``document_lsh``. Candidates for near-duplicates come from an indexed equality join on those keys
(never a scan of every stored text in Python) and are verified on their shingle sets; a verified
copy gets ``duplicate_of`` = the first copy's doc_id, so later stages count independent sources.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

import duckdb

from sitrep.model import Document, FieldSource, IngestError, Published, Segment
from sitrep.store.core import StoreBase

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


class DocumentsStore(StoreBase):
    """Queries on documents and ingest errors; mixed into sitrep.store.Store."""

    # -- writing ---------------------------------------------------------------------------------

    def add_document(self, doc: Document) -> str:
        """Store ``doc`` unless its text is already stored: "stored" | "duplicate" | "near_duplicate".

        A near-duplicate is stored too (it is another outlet's report), with ``duplicate_of`` set on
        the row and on ``doc`` itself.
        """
        from sitrep.ingest import dedup

        if self.con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc.doc_id]).fetchone():
            return "duplicate"
        shingles, keys = dedup.fingerprint(doc.clean_text)
        if doc.duplicate_of is None and keys:
            doc.duplicate_of = self._near_duplicate_of(shingles, keys)
        p = doc.published
        try:
            with self.transaction() as con:
                con.execute(
                    """INSERT INTO documents (doc_id, external_id, source, text, raw, segments, title, outlet,
                       wire, url, language, published, published_is_estimate, published_earliest,
                       published_latest, published_evidence, field_sources, duplicate_of, n_chars)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    [
                        doc.doc_id, doc.external_id, doc.source, doc.text, doc.raw,
                        json.dumps([[s.char_start, s.char_end] for s in doc.segments]),
                        doc.title, doc.outlet, doc.wire, doc.url, doc.language,
                        p.date, p.is_estimate, p.earliest, p.latest, p.evidence or None,
                        json.dumps({k: v.model_dump(mode="json") for k, v in doc.field_sources.items()}),
                        doc.duplicate_of, len(doc.text),
                    ],
                )
                if keys:  # one statement for all bands (executemany costs a round trip per row)
                    con.execute("INSERT INTO document_lsh SELECT unnest(?::BIGINT[]), ?", [keys, doc.doc_id])
        except duckdb.ConstraintException:  # stored meanwhile by another writer: same text
            return "duplicate"
        return "near_duplicate" if doc.duplicate_of else "stored"

    def _near_duplicate_of(self, shingles: set[bytes], keys: list[int]) -> str | None:
        """The first stored copy of the same story, or None (candidates by LSH, then verified)."""
        from sitrep.ingest import dedup

        # usually empty: only then are candidate texts fetched
        ids = [r[0] for r in self.con.execute(
            "SELECT DISTINCT doc_id FROM document_lsh WHERE band_key IN (SELECT unnest(?::BIGINT[]))", [keys]
        ).fetchall()]
        if not ids:
            return None
        candidates = self.con.execute(
            """SELECT doc_id, text, segments, duplicate_of FROM documents
               WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY ingested_at, doc_id""",
            [ids],
        ).fetchall()
        for doc_id, text, segments, duplicate_of in candidates:
            clean = "\n\n".join(text[a:b] for a, b in json.loads(segments))
            if dedup.similar(shingles, dedup.shingles(clean)):
                return duplicate_of or doc_id
        return None

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
