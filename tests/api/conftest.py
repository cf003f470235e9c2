"""Live-server fixtures for the API tests: the example corpus (examples/mali) run through the real
pipeline once, served by a real uvicorn on 127.0.0.1 and a free port."""

from __future__ import annotations

import os
import shutil

import httpx
import pytest

from ..conftest import gazetteer_dumps

TOKEN = "test-token-4f1c"


@pytest.fixture(scope="session")
def corpus(tmp_path_factory, examples_dir):
    """(path of a DuckDB file with the example corpus analysed and fused, analyzer or None): built
    once per test session, shared by the xdist workers; servers build an analyzer only if a test
    ingests through them."""
    from tests.live_server import cached_analyzer, shared_corpus

    path = shared_corpus(session_dir(tmp_path_factory) / "h6-corpus", [examples_dir], gazetteer=gazetteer_dumps())
    return path, cached_analyzer([examples_dir])


def session_dir(tmp_path_factory):
    """A directory shared by this session's xdist workers (its own base directory without xdist)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def _serve(path, analyzer, **kwargs):
    from sitrep.api import create_app
    from tests.live_server import LiveServer
    from sitrep.store import Store

    store = Store(path)
    server = LiveServer(create_app(store=store, analyzer=analyzer, **kwargs)).start()
    return server, store


@pytest.fixture(scope="session")
def read_server(corpus, tmp_path_factory):
    """A server over a copy of the corpus that no test writes to."""
    path = tmp_path_factory.mktemp("read") / "read.duckdb"
    shutil.copy(corpus[0], path)
    server, store = _serve(path, corpus[1], token=TOKEN)
    yield server
    server.stop()
    store.close()


@pytest.fixture(scope="module")
def write_server(corpus, tmp_path_factory):
    """A server over its own copy of the corpus, for the tests of one module that write."""
    path = tmp_path_factory.mktemp("write") / "write.duckdb"
    shutil.copy(corpus[0], path)
    server, store = _serve(path, corpus[1], token=TOKEN, max_body_bytes=300_000)
    yield server
    server.stop()
    store.close()


@pytest.fixture
def api(read_server):
    with httpx.Client(base_url=read_server.url, timeout=30) as client:
        yield client


@pytest.fixture
def writer(write_server):
    with httpx.Client(base_url=write_server.url, timeout=60, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        yield client
