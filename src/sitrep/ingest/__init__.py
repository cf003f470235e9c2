"""Ingestion: reading files, directories, stdin, URLs and feeds into ``Document`` records."""

from __future__ import annotations

from collections.abc import Iterator

from sitrep.model import Document, IngestError


def read_inputs(inputs: list[str], **options) -> Iterator[Document | IngestError]:
    """Yield a Document (or an IngestError) for every article found under ``inputs``."""
    return iter(())
