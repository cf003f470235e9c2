"""A document's text as the figures beside its reports are read in it: the body ingest kept, with what it cut out
(a « Lire aussi : … » teaser, a promotion, a share line) blanked in place.

Fusion reads the paragraphs around a report for the toll told beside it and for the counts sources disagree on.
Those read the stored verbatim text, where a related-story teaser between two paragraphs of the story (« Lire aussi :
Tombouctou : deux civils tués par un engin explosif ») still stands; its figures are another story's.  Blanking keeps
every offset (reports point into the verbatim text) and every line break (paragraphs are found by them)."""

from __future__ import annotations

import json
import re


def body_only(text: str, segments) -> str:
    """``text`` with every character outside ``segments`` (``[[start, end], …]``, the kept body) turned to a space,
    line breaks kept; ``text`` unchanged when no segments are known."""
    if not text or not segments:
        return text
    spans = json.loads(segments) if isinstance(segments, str) else segments
    out, pos = [], 0
    for start, end in sorted(spans):
        out.append(_blank(text[pos:start]))
        out.append(text[start:end])
        pos = max(pos, end)
    out.append(_blank(text[pos:]))
    return "".join(out)


def _blank(cut: str) -> str:
    return re.sub(r"[^\n]", " ", cut)


def bodies(docs: dict[str, dict], doc_ids) -> dict[str, dict]:
    """The rows of ``doc_ids`` in ``docs`` (doc_id → the store's source row) with each text as ``body_only`` gives it."""
    return {d: {**doc, "text": body_only(doc.get("text") or "", doc.get("segments"))} if (doc := docs.get(d)) else {}
            for d in doc_ids}


def languages_of(rows: dict[str, dict], doc_ids) -> dict[str, str]:
    """The language of each of ``doc_ids`` in ``rows`` (doc_id → the store's source row), English when it has none."""
    return {d: (rows.get(d) or {}).get("language") or "en" for d in doc_ids}
