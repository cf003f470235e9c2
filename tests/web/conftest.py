"""Browser fixtures: the dashboard on the example corpus, served by a real uvicorn, driven by
Playwright with Debian's Chromium (headless, no network beyond 127.0.0.1)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ..conftest import gazetteer_dumps

TOKEN = "web-token-9a2e"
OUT = Path(__file__).resolve().parents[2] / "test-output"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def dashboard(tmp_path_factory, examples_dir):
    """A live server over a copy of the example corpus; yields its base URL."""
    from sitrep.api import create_app
    from tests.live_server import LiveServer, cached_analyzer, shared_corpus
    from sitrep.store import Store

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    db = shared_corpus(shared / "h6-corpus", [examples_dir], gazetteer=gazetteer_dumps())
    analyzer = cached_analyzer([examples_dir])
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    shutil.copy(db, path)
    store = Store(path)
    server = LiveServer(create_app(store=store, token=TOKEN, analyzer=analyzer)).start()
    server.store = store  # tests add hostile documents straight to the store
    yield server
    server.stop()
    store.close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    # the dashboard must work offline: any request leaving 127.0.0.1 fails the test
    outside: list[str] = []

    def guard(route):
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    pg.route("**/*", guard)
    pg.errors = errors
    yield pg
    context.close()
    assert not outside, f"the dashboard tried to reach {outside}"
    assert not errors, f"JavaScript errors: {errors}"


def wait_ready(pg, view: str = "#/") -> None:
    """Wait until the view for hash ``view`` has finished rendering (the app records it)."""
    pg.wait_for_function("(v) => window.sitrep && window.sitrep.ready === true && window.sitrep.view === v",
                         arg=view, timeout=20000)


def shot(pg, name: str) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"{name}.png"
    pg.screenshot(path=str(path), full_page=False)
    return path
