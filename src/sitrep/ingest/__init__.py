"""Ingestion: reading files, directories, stdin, URLs and feeds into ``Document`` records.

``read_inputs`` is the entry point; the pieces, in the order an article meets them:
readers (where bytes come from) → decode (bytes → text) → html (main text of a page) →
clean (body vs boilerplate) → metadata/pubdate/outlets (title, outlet, wire, url, language, date)
→ build (the Document); ``dedup`` decides near-duplicates (the store only returns candidates).

May import: knowledge (outlet profiles), net and the bottom layer (model, errors, config).  Never
analyse, the store or anything after them.
"""

from __future__ import annotations

from sitrep.ingest.build import build_document, doc_id_for
from sitrep.ingest.readers import read_inputs

__all__ = ["read_inputs", "build_document", "doc_id_for"]
