"""Footnote-style citations: every statement of a report points at the reports it rests on.

A citation is a span of one stored document (doc_id, char_start, char_end) with its outlet and the
quoted text; the same span cited twice gets the same number, so ``[n]`` is stable within a report.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sitrep.model import Report
from sitrep.store import Store

log = logging.getLogger(__name__)


@dataclass
class Footnote:
    n: int
    doc_id: str
    char_start: int
    char_end: int
    quote: str
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass
class Source:
    """One document the report cites, for the 'sources used' list."""

    doc_id: str
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None
    footnotes: list[int] = field(default_factory=list)


class Citations:
    """Numbers cited spans in order of first use and remembers each cited document."""

    def __init__(self, store: Store | None = None):
        self.store = store
        self.footnotes: list[Footnote] = []
        self._by_key: dict[tuple[str, int, int], Footnote] = {}
        self._docs: dict[str, dict | None] = {}

    def cite(self, report: Report) -> int:
        key = (report.doc_id, report.char_start, report.char_end)
        found = self._by_key.get(key)
        if found is None:
            doc = self._document(report.doc_id)
            found = Footnote(
                n=len(self.footnotes) + 1,
                doc_id=report.doc_id,
                char_start=report.char_start,
                char_end=report.char_end,
                quote=report.quote,
                outlet=report.outlet or (doc or {}).get("outlet") or _named_by(doc),
                title=(doc or {}).get("title"),
                url=report.url or (doc or {}).get("url"),
                published=(doc or {}).get("published"),
            )
            self.footnotes.append(found)
            self._by_key[key] = found
        return found.n

    def cite_all(self, reports: list[Report], limit: int | None = None) -> list[int]:
        """Cite each report (one per document when ``limit`` caps a long list); numbers deduplicated."""
        numbers: list[int] = []
        seen_docs: set[str] = set()
        for report in reports:
            if limit is not None and report.doc_id in seen_docs:
                continue
            seen_docs.add(report.doc_id)
            n = self.cite(report)
            if n not in numbers:
                numbers.append(n)
            if limit is not None and len(numbers) >= limit:
                break
        return sorted(numbers)

    def _document(self, doc_id: str) -> dict | None:
        """Title, outlet, url and date of a cited document, from the store when it has it."""
        if doc_id not in self._docs:
            info = None
            get_document = getattr(self.store, "get_document", None) if self.store is not None else None
            if get_document is not None:
                try:
                    doc = get_document(doc_id)
                except Exception:  # a document row we cannot read: cite the span without its title
                    log.debug("cannot read document %s", doc_id, exc_info=True)
                    doc = None
                if doc is not None:
                    published = getattr(doc, "published", None)
                    date = getattr(published, "date", None) if published is not None else None
                    info = {
                        "title": getattr(doc, "title", None),
                        "outlet": getattr(doc, "outlet", None),
                        "url": getattr(doc, "url", None),
                        "wire": getattr(doc, "wire", None),
                        "published": date.isoformat() if date else None,
                    }
            self._docs[doc_id] = info
        return self._docs[doc_id]

    def sources(self) -> list[Source]:
        by_doc: dict[str, Source] = {}
        for f in self.footnotes:
            src = by_doc.get(f.doc_id)
            if src is None:
                src = by_doc[f.doc_id] = Source(f.doc_id, f.outlet, f.title, f.url, f.published)
            src.footnotes.append(f.n)
        return sorted(by_doc.values(), key=lambda s: ((s.outlet or "").casefold(), s.doc_id))


def _named_by(doc: dict | None) -> str | None:
    """Who a document without an outlet still names as its source: its wire agency ("AFP"), else
    its web site's host."""
    if not doc:
        return None
    if doc.get("wire"):
        return doc["wire"]
    if doc.get("url"):
        from urllib.parse import urlsplit

        host = urlsplit(doc["url"]).hostname or ""
        return host.removeprefix("www.") or None
    return None
