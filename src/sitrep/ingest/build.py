"""One article's text (+ whatever metadata came with it) → a ``Document``, or an ``IngestError``."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging

from sitrep.errors import ErrorCode
from sitrep.ingest import clean, metadata
from sitrep.ingest.metadata import Given
from sitrep.model import Document, IngestError, Segment, without_surrogates

log = logging.getLogger(__name__)


def doc_id_for(text: str) -> str:
    """Equal content → equal id: the first 16 hex digits of the text's SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def build_document(
    text: str,
    *,
    source: str,
    givens: list[Given] | None = None,
    raw: str | None = None,
    fetched_at: dt.datetime | None = None,
) -> Document | IngestError:
    """Clean, segment and describe ``text``; E_EMPTY when nothing of it is article body."""
    givens = [g for g in (givens or []) if g is not None]
    # no NULs; lone surrogates (JSON "\ud800" escapes) become U+FFFD before offsets are taken
    text = without_surrogates(text.replace("\x00", ""))
    if not text.strip():
        return IngestError(source=source, code=ErrorCode.empty.value, message="no text")
    given_title = next((g.title for g in givens if g.title), None)
    lay = clean.layout(text, given_title=given_title)
    segments = [Segment(char_start=ln.start, char_end=clean.without_signoff(ln)) for ln in lay.body]
    if segments:  # a communiqué's « Fait à X » under its body (``clean.signing_places``)
        segments = sorted(segments + [Segment(char_start=a, char_end=b) for a, b in clean.signing_places(lay)],
                          key=lambda seg: seg.char_start)
    if not segments or sum(len(ln.words) for ln in lay.body) == 0:
        return IngestError(source=source, code=ErrorCode.empty.value, message="no article body after cleaning")
    doc_id = doc_id_for(text)
    meta = metadata.extract(doc_id, text, lay, givens)
    external_id = next((g.external_id for g in givens if g.external_id), None)
    return Document(doc_id=doc_id, external_id=external_id, source=source, text=text, raw=raw, segments=segments,
                    fetched_at=fetched_at, **meta.document_fields())
