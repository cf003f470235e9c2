"""The dashboard in headless Chromium over the example corpus."""

from __future__ import annotations

import math
import urllib.parse

import httpx
import pytest

from .conftest import shot, wait_ready

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def markers(pg) -> list[dict]:
    return pg.evaluate("() => window.sitrep.markers")


def _map_page(page, url):
    page.goto(url + "/")
    wait_ready(page)
    page.wait_for_selector("path.ev-marker")
    return markers(page)


def test_map_shows_every_located_event_and_kidal(page, dashboard):
    found = _map_page(page, dashboard.url)
    api_features = httpx.get(dashboard.url + "/api/map").json()["features"]
    assert {m["id"] for m in found} == {f["id"] for f in api_features}
    assert page.locator("path.ev-marker").count() == len(found) > 0
    assert page.locator("path.ev-disputed").count() == sum(f["properties"]["disputed"] for f in api_features)
    assert any(km(m["lat"], m["lon"], 18.441, 1.408) < 25 for m in found), "no marker at Kidal"
    assert page.locator(".leaflet-overlay-pane path").count() > 100  # the offline base map's countries
    shot(page, "dashboard-map")


def test_map_shows_a_marker_at_tinzaouaten(page, dashboard):
    found = _map_page(page, dashboard.url)
    assert any(km(m["lat"], m["lon"], 19.96, 2.86) < 40 for m in found), "no marker at Tinzaouaten"


def test_event_page_highlights_quotes_from_two_outlets(page, dashboard):
    dashboard = dashboard.url
    events = httpx.get(dashboard + "/api/events", params={"limit": 1000}).json()["items"]
    details = [httpx.get(f"{dashboard}/api/events/{e['event_id']}").json() for e in events if e["source_count"] >= 2]
    assert details, "no event reported by two sources"
    detail = max(details, key=lambda d: (len({r["outlet"] for r in d["reports"]}), len(d["reports"])))
    outlets = {r["outlet"] or "unknown outlet" for r in detail["reports"]}
    docs = {r["doc_id"] for r in detail["reports"]}
    view = f"#/event/{urllib.parse.quote(detail['event']['event_id'])}"
    page.goto(dashboard + "/" + view)
    wait_ready(page, view)
    assert page.locator(".outlet-col").count() == len(outlets)
    articles = page.locator(".article")
    with_quotes = {articles.nth(i).get_attribute("data-doc-id") for i in range(articles.count())
                   if articles.nth(i).locator("mark.quote").count()}
    assert with_quotes == docs and len(with_quotes) >= 2  # every source's quote highlighted in its own text
    quotes = {r["quote"] for r in detail["reports"]}
    marked = page.locator("mark.quote").all_text_contents()
    assert marked and all(any(m in q for q in quotes) for m in marked)
    if detail["disputes"]:
        assert page.locator(".disputes .version").count() >= 2
    shot(page, "dashboard-event")


def test_filter_changes_the_map_and_the_url_keeps_it(page, dashboard):
    dashboard = dashboard.url
    page.goto(dashboard + "/")
    wait_ready(page)
    everything = len(markers(page))
    types = {m["type"] for m in markers(page)}
    chosen = min(types, key=lambda t: sum(m["type"] == t for m in markers(page)))
    page.select_option("select[name=type]", chosen)
    view = "#/?type=" + urllib.parse.quote_plus(chosen)
    wait_ready(page, view)
    filtered = markers(page)
    assert filtered and all(m["type"] == chosen for m in filtered)
    assert len(filtered) < everything or len(types) == 1
    shot(page, "dashboard-filtered")
    # the URL alone reproduces the view
    fresh = page.context.new_page()
    fresh.goto(dashboard + "/" + view)
    wait_ready(fresh, view)
    assert len(markers(fresh)) == len(filtered)
    assert fresh.locator("select[name=type]").input_value() == chosen
    fresh.close()


def test_brushing_the_timeline_filters_the_map(page, dashboard):
    dashboard = dashboard.url
    page.goto(dashboard + "/")
    wait_ready(page)
    everything = markers(page)
    box = page.locator(".timeline-svg").bounding_box()
    # drag across the right third of the timeline
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.66, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.85, y, steps=5)
    page.mouse.move(box["x"] + box["width"] - 36, y, steps=5)
    page.mouse.up()
    page.wait_for_function("() => location.hash.includes('since=')")
    wait_ready(page, page.evaluate("() => location.hash"))
    params = urllib.parse.parse_qs(page.evaluate("() => location.hash").split("?", 1)[1])
    since, until = params["since"][0], params["until"][0]
    assert since <= until
    brushed = markers(page)
    assert len(brushed) <= len(everything)
    dates = {m["id"]: m for m in brushed}
    api_rows = httpx.get(dashboard + "/api/events", params={"since": since, "until": until, "limit": 1000}).json()["items"]
    assert set(dates) == {e["event_id"] for e in api_rows if e["latitude"] is not None}
    assert page.locator("input[name=since]").input_value() == since


def test_actor_place_and_sources_pages(page, dashboard):
    dashboard = dashboard.url
    actors = httpx.get(dashboard + "/api/actors").json()
    actor = max(actors, key=lambda a: a["events"])
    view = f"#/actor/{urllib.parse.quote(actor['actor_id'])}"
    page.goto(dashboard + "/" + view)
    wait_ready(page, view)
    assert page.locator("h1").inner_text() == actor["name"]
    assert page.locator("table.events tbody tr").count() == actor["events"] or page.locator("table.events").count() >= 1
    places = httpx.get(dashboard + "/api/places").json()
    kidal = next(p for p in places if p["name"] == "Kidal")
    view = f"#/place/{urllib.parse.quote(kidal['place_id'])}"
    page.goto(dashboard + "/" + view)
    wait_ready(page, view)
    control = httpx.get(f"{dashboard}/api/places/{kidal['place_id']}/control").json()
    assert page.locator("svg.control-band rect.period").count() == len(control)
    shot(page, "dashboard-place")
    page.goto(dashboard + "/#/sources")
    wait_ready(page, "#/sources")
    assert page.locator("table.sources tbody tr").count() == len(httpx.get(dashboard + "/api/sources").json())
    shot(page, "dashboard-sources")


def test_article_text_is_never_parsed_as_html(page, dashboard):
    from sitrep.ingest import build_document

    hostile = ("Notice <img src=x onerror=\"window.__pwned=1\"> and <script>window.__pwned=2</script> "
               "<a href=\"javascript:window.__pwned=3\">click</a> ends here.")
    doc = build_document(hostile, source="hostile.txt", givens=[])
    doc = doc.model_copy(update={"title": "<b>bold</b> title"})
    with dashboard.app.state.sitrep.write_lock:
        dashboard.store.add_document(doc)
    view = f"#/document/{doc.doc_id}"
    page.goto(dashboard.url + "/" + view)
    wait_ready(page, view)
    article = page.locator(".article")
    assert "<img src=x" in article.inner_text()
    assert article.locator("img, script, a").count() == 0
    assert page.locator("h1").inner_text() == "<b>bold</b> title"
    assert page.evaluate("() => window.__pwned === undefined")


def test_analyst_corrects_an_event_from_its_page(page, dashboard):
    from .conftest import TOKEN

    events = httpx.get(dashboard.url + "/api/events", params={"limit": 1000}).json()["items"]
    event = next(e for e in events if e["sub_event_type"] != "Arrests")
    answers = iter([TOKEN, "the quotes describe arrests"])  # the sign-in prompt, then "why?"
    page.on("dialog", lambda d: d.accept(next(answers)))
    view = f"#/event/{urllib.parse.quote(event['event_id'])}"
    page.goto(dashboard.url + "/" + view)
    wait_ready(page, view)
    assert page.locator(".corrections form").count() == 0  # not signed in: no correction forms
    page.click("#token-btn")
    wait_ready(page, view)
    page.select_option(".corrections select[name=event_type]", "Strategic developments")
    page.select_option(".corrections select[name=sub_event_type]", "Arrests")
    page.click(".corrections form:has(select[name=event_type]) button[type=submit]")
    page.wait_for_function("() => document.querySelector('.corrections li') !== null")
    wait_ready(page, view)
    assert "Arrests" in page.locator("h1").inner_text()
    assert "change_type" in page.locator(".corrections li").first.inner_text()
    assert "the quotes describe arrests" in page.locator(".corrections li").first.inner_text()
    detail = httpx.get(f"{dashboard.url}/api/events/{event['event_id']}").json()
    assert detail["event"]["sub_event_type"] == "Arrests" and detail["corrections"][0]["who"] == "analyst"
    shot(page, "dashboard-correction")
