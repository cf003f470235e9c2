"""A place held for two weeks in a record that runs to today: the place page's control band must
still draw that period wide enough to see, name its holder and dates, and list it (our own two wire
stories: rebels take a town, the army retakes it sixteen days later)."""

from __future__ import annotations

import shutil
import urllib.parse
from pathlib import Path

import httpx
import pytest

from .conftest import TOKEN, shot, wait_ready

CORPUS = Path(__file__).resolve().parents[1] / "data" / "short_control"


@pytest.fixture(scope="module")
def short_dashboard(tmp_path_factory):
    from sitrep.api import create_app
    from sitrep.store import Store
    from tests.live_server import LiveServer, demo_corpus

    built, analyzer = demo_corpus(tmp_path_factory.mktemp("short-build"), [CORPUS])
    path = tmp_path_factory.mktemp("short") / "short.duckdb"
    shutil.copy(built, path)
    store = Store(path)
    server = LiveServer(create_app(store=store, token=TOKEN, analyzer=analyzer)).start()
    yield server
    server.stop()
    store.close()


def test_a_two_week_control_period_is_drawn_and_labelled(page, short_dashboard):
    base = short_dashboard.url
    place = next(p for p in httpx.get(base + "/api/places").json() if p["name"] == "Ansongo")
    periods = httpx.get(f"{base}/api/places/{urllib.parse.quote(place['place_id'])}/control").json()
    short = [p for p in periods if p["start"] and p["end"]]
    # the army before the rebels took the town (no start: the texts do not say since when), the
    # rebels' fortnight, then the army's open period
    assert len(periods) == 3 and len(short) == 1 and periods[0]["start"] is None
    view = f"#/place/{urllib.parse.quote(place['place_id'])}"
    page.goto(base + "/" + view)
    wait_ready(page, view)
    rects = page.locator("svg.control-band rect.period")
    assert rects.count() == 3
    widths = [float(rects.nth(i).get_attribute("width")) for i in range(3)]
    assert min(widths) >= 12  # visible however long the record it sits in
    titles = [rects.nth(i).locator("title").text_content() for i in range(3)]
    assert any(short[0]["start"] in t and short[0]["end"] in t and "Azawad Liberation Front" in t for t in titles)
    listed = page.locator("ul.periods li").all_inner_texts()
    assert any(short[0]["start"] in li and short[0]["end"] in li for li in listed)
    shot(page, "dashboard-place-short-control")
