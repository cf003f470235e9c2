"""Fixtures for the French-language tests: the project's own French articles (tests/data/fr),
read by ingest and analysed once per session with the shared ``analyzer``."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.model import Document

FR_DATA = Path(__file__).resolve().parent.parent / "data" / "fr"


@pytest.fixture(scope="session")
def fr_dir() -> Path:
    return FR_DATA


@pytest.fixture(scope="session")
def fr_docs() -> dict[str, Document]:
    """file name → Document, as ingest reads it (language detected, boilerplate removed)."""
    from sitrep.ingest import read_inputs

    out = {}
    for doc in read_inputs(sorted(str(p) for p in (FR_DATA / "articles").glob("*.txt"))):
        assert isinstance(doc, Document), doc
        out[doc.source.rsplit("/", 1)[-1]] = doc
    return out


@pytest.fixture(scope="session")
def fr_analyses(analyzer, fr_docs):
    """file name → (Document, Analysis)."""
    return {name: (doc, analyzer.analyse(doc)) for name, doc in fr_docs.items()}
