"""Live-server fixtures for the API tests: the example corpus (examples/mali) run through the real
pipeline once, served by a real uvicorn on 127.0.0.1 and a free port."""

from __future__ import annotations

import shutil

import httpx
import pytest

TOKEN = "test-token-4f1c"


@pytest.fixture(scope="session")
def corpus(tmp_path_factory, examples_dir):
    """(path of a DuckDB file with the example corpus analysed and fused, the analyzer used)."""
    from sitrep.api.testing import demo_corpus

    return demo_corpus(tmp_path_factory.mktemp("corpus"), [examples_dir])


def _serve(path, analyzer, **kwargs):
    from sitrep.api import create_app
    from sitrep.api.testing import LiveServer
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


@pytest.fixture
def write_server(corpus, tmp_path):
    """A fresh server over its own copy of the corpus, for tests that write."""
    path = tmp_path / "write.duckdb"
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
