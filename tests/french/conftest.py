"""Fixtures for the French-language tests: the project's own French articles (tests/data/fr),
read by ingest and analysed once per session with the shared ``analyzer``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.ingest import read_inputs
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


_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre")


@pytest.fixture
def story_maker(tmp_path):
    """A French story as ingest reads it: the title line, an outlet's date line, the body."""
    def make(text: str, published: dt.date, outlet: str = "RFI") -> Document:
        title, body = text.split("\n\n", 1)
        line = f"{outlet} — {published.day} {_MONTHS[published.month - 1]} {published.year}\n\n"
        path = tmp_path / f"story{abs(hash(text)) % 10**8}.txt"
        path.write_text(f"{title}\n\n{line}{body}\n", encoding="utf-8")
        return next(iter(read_inputs([str(path)])))
    return make
