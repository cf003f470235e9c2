"""Fixtures shared by the whole suite.

The bundled example corpus (``examples/mali``, the five seed articles) is always present; the
workplace's ``../shared`` folder (gold file, GeoNames dumps, dev sets) is used when it exists.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "mali"
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def shared_dir() -> Path | None:
    """``../shared`` when the workplace provides it, else None (tests fall back to own fixtures)."""
    return SHARED if SHARED.is_dir() else None


@pytest.fixture
def store():
    """A fresh in-memory store."""
    from sitrep.store import Store

    s = Store(":memory:")
    yield s
    s.close()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.duckdb"
