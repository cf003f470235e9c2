"""The example corpus (the five seeds) run through the real pipeline once per session, shared with
the API tests' copy (same directory, built once by whichever worker comes first)."""

from __future__ import annotations

import os

import pytest

from ..conftest import gazetteer_dumps


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory, examples_dir) -> str:
    from tests.live_server import shared_corpus

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    return shared_corpus(shared / "h6-corpus", [examples_dir], gazetteer=gazetteer_dumps())


@pytest.fixture
def seeds_store(seeds_db):
    from sitrep.store import Store

    with Store(seeds_db, read_only=True) as store:
        yield store
