"""Article text, titles, outlets and URLs are data, never markup: an article full of <script> and
onerror= payloads is ingested, then the dashboard and the HTML report are opened in headless
Chromium. Nothing may run (no ``window.__pwned``, no changed title, no dialog), and no injected
element may exist in the DOM (which also catches injection that the CSP alone would have blocked).
"""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
TOKEN = "xss-token"
PAYLOADS = [
    "<script>window.__pwned=1;document.title='PWNED'</script>",
    "<img src=x onerror=\"window.__pwned=2;document.title='PWNED'\">",
    "\"><svg onload=\"window.__pwned=3\">",
    "'><iframe srcdoc=\"<script>parent.__pwned=4</script>\"></iframe>",
    "<a href=\"javascript:window.__pwned=5\">click</a>",
    "{{7*7}} ${window.__pwned=6} `",
]
HOSTILE_BODY = (
    "KIDAL, Mali — Gunmen attacked a market in Kidal on Monday, killing 12 civilians, "
    f"local officials said. {PAYLOADS[0]} {PAYLOADS[1]}\n\n"
    f"The army said it repelled a second attack near Gao on Tuesday, killing 4 fighters {PAYLOADS[2]}. "
    f"Residents said {PAYLOADS[3]} dozens fled.\n\n"
    f"JNIM claimed responsibility for the attack in a statement {PAYLOADS[4]} {PAYLOADS[5]}."
)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory, analyzer):
    from sitrep.api import create_app
    from tests.live_server import LiveServer
    from sitrep.pipeline import run
    from sitrep.store import Store

    folder = tmp_path_factory.mktemp("xss")
    record = {
        "text": HOSTILE_BODY,
        "title": f"Attack {PAYLOADS[1]} in Kidal {PAYLOADS[0]}",
        "outlet": f"Evil News {PAYLOADS[2]}",
        "url": "javascript:window.__pwned=7",
        "published": "2024-03-11",
    }
    (folder / "hostile.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    store = Store(folder / "xss.duckdb")
    summary = run([str(folder / "hostile.jsonl")], store, analyzer)
    assert summary.stored == 1, summary.as_dict()
    server = LiveServer(create_app(store=store, token=TOKEN, analyzer=analyzer)).start()
    yield server.url, store, summary.doc_ids[0], folder
    server.stop()
    store.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _fresh_page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))

    def guard(route):  # nothing leaves 127.0.0.1 / local files
        if route.request.url.startswith(("http://127.0.0.1", "file://", "data:", "blob:", "about:")):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", guard)
    return context, page


def assert_nothing_ran(page, where: str) -> None:
    assert page.evaluate("() => window.__pwned") is None, f"{where}: a payload executed"
    assert "PWNED" not in page.title(), where
    assert page.dialogs == [], where
    injected = page.evaluate("""() => [
        ...document.querySelectorAll('[onerror],[onload],iframe[srcdoc],svg[onload]'),
        ...[...document.querySelectorAll('script')].filter(s => s.textContent.includes('__pwned')),
        ...[...document.querySelectorAll('a[href^="javascript:" i]')],
    ].map(e => e.outerHTML.slice(0, 120))""")
    assert injected == [], f"{where}: markup from the article reached the DOM: {injected}"


def _wait_ready(page, view: str) -> None:
    page.wait_for_function("(v) => window.sitrep && window.sitrep.ready === true && window.sitrep.view === v",
                           arg=view, timeout=30000)


def test_dashboard_escapes_article_content(hostile_server, browser):
    url, store, doc_id, _ = hostile_server
    events = [e.event_id for e in store.list_events()]
    views = ["#/", "#/documents", f"#/document/{doc_id}", "#/sources", "#/actors", "#/places", "#/disputes"]
    views += [f"#/event/{eid}" for eid in events[:5]]
    context, page = _fresh_page(browser)
    try:
        page.goto(url + "/")
        _wait_ready(page, "#/")
        shown_text = ""
        for view in views:
            page.evaluate("(v) => { location.hash = v; }", view)
            _wait_ready(page, view)
            page.wait_for_timeout(100)
            assert_nothing_ran(page, view)
            shown_text += page.inner_text("body")
        # the payloads were shown as text (escaped), not silently dropped
        assert "<script>" in shown_text or "onerror" in shown_text
    finally:
        context.close()


def test_html_report_escapes_article_content(hostile_server, browser):
    from sitrep.report import write_report

    _, store, _, folder = hostile_server
    out = folder / "report.html"
    write_report(store, "html", out)
    html = out.read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html
    context, page = _fresh_page(browser)
    try:
        page.goto(out.as_uri())
        page.wait_for_load_state("load")
        page.wait_for_timeout(200)
        assert_nothing_ran(page, "report.html")
    finally:
        context.close()
