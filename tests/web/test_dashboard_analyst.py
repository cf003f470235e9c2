"""The analyst's dashboard in headless Chromium: a phone-sized screen, town names from the gazetteer,
sensible framing of a filtered view, a timeline that opens where events are dense and zooms."""

from __future__ import annotations

import pytest

from .conftest import shot, wait_ready

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def _open(page, dashboard, view: str = "#/", selector: str | None = None) -> None:
    """Open ``view`` and wait until it is drawn (and ``selector`` is on the page)."""
    page.goto(dashboard.url + "/" + ("" if view == "#/" else view))
    wait_ready(page, view)
    if selector:
        page.wait_for_selector(selector)


def test_the_dashboard_fits_a_phone(browser, dashboard):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    try:
        pg.goto(dashboard.url + "/")
        wait_ready(pg)
        pg.wait_for_selector("path.ev-marker")
        assert pg.evaluate("document.documentElement.scrollWidth") <= 390  # nothing wider than the screen
        map_box = pg.locator(".map").bounding_box()
        assert map_box["width"] >= 380 and map_box["height"] >= 300, map_box  # a map, not a sliver
        nav = pg.locator(".topbar nav")
        assert nav.bounding_box()["width"] <= 390
        for name in ("Map", "Disputes", "Actors", "Places", "Sources", "Documents"):
            link = nav.get_by_role("link", name=name)
            link.scroll_into_view_if_needed()
            box = link.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390, (name, box)
        shot(pg, "dashboard-mobile-map")
        pg.locator(".topbar nav").get_by_role("link", name="Actors").click()
        wait_ready(pg, "#/actors")
        assert pg.evaluate("document.documentElement.scrollWidth") <= 390
        shot(pg, "dashboard-mobile-actors")
        assert not errors, errors
    finally:
        context.close()


def test_towns_are_labelled_from_the_gazetteer(page, dashboard):
    _open(page, dashboard, selector=".leaflet-tooltip.town-label")
    names = page.locator(".leaflet-tooltip.town-label").all_inner_texts()
    assert len(names) >= 5 and "Gao" in names, names
    boxes = [b for b in (t.bounding_box() for t in page.locator(".leaflet-tooltip.town-label").all()) if b]
    for i, a in enumerate(boxes):  # labels never overlap
        for b in boxes[i + 1:]:
            assert not (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
                        and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]), (a, b)
    before = set(names)
    page.locator(".leaflet-control-zoom-in").click()
    page.wait_for_timeout(800)
    after = set(page.locator(".leaflet-tooltip.town-label").all_inner_texts())
    assert after - before, "zooming in names smaller towns"
    shot(page, "dashboard-town-labels")


def test_a_filtered_view_frames_its_events_with_their_surroundings(page, dashboard):
    _open(page, dashboard, "#/?place=gn%3A2455290", "path.ev-marker")
    bounds = page.evaluate("() => { const b = window.sitrep.map.map.getBounds(); return [b.getWest(), b.getEast(), b.getSouth(), b.getNorth()]; }")
    west, east, south, north = bounds
    assert east - west >= 2.5 and north - south >= 2.5, bounds  # not one dot in an empty field
    assert west < 1.41 < east and south < 18.44 < north  # Kidal inside
    page.wait_for_selector(".leaflet-tooltip.town-label")
    shot(page, "dashboard-filtered-kidal")


def test_the_timeline_opens_on_the_dense_period_and_zooms(page, dashboard):
    _open(page, dashboard, selector=".timeline-svg .tl-bar")
    labels = page.evaluate("() => [...document.querySelectorAll('.timeline-svg text.tl-label')].map((t) => t.textContent)")
    assert any("earlier event" in t for t in labels), labels  # the 2014 background is set aside
    first_tick = min(t for t in labels if t[:2] == "20")
    assert first_tick >= "2021", labels

    def span() -> int:
        return page.evaluate("() => window.sitrep.timeline.scale.d1 - window.sitrep.timeline.scale.d0")

    wide = span()
    page.locator(".tl-controls button[title='zoom in']").click()
    assert span() < wide
    page.locator(".tl-controls button[title='the whole record']").click()
    assert span() > wide
    shot(page, "dashboard-timeline-whole")
    page.locator(".tl-controls button[title='the period where events are dense']").click()
    assert span() == wide
    # the fatality scale label sits above the bars, never on them
    fat = page.locator(".timeline-svg text.tl-fat").bounding_box()
    bars = [page.locator(".timeline-svg .tl-bar").nth(i).bounding_box()
            for i in range(page.locator(".timeline-svg .tl-bar").count())]
    assert all(fat["y"] + fat["height"] <= b["y"] + 0.5 or fat["x"] + fat["width"] <= b["x"] or b["x"] + b["width"] <= fat["x"]
               for b in bars)
    shot(page, "dashboard-timeline-dense")


def test_markers_carry_their_type_as_a_shape(page, dashboard):
    _open(page, dashboard, selector="path.ev-marker")
    found = page.evaluate("() => window.sitrep.markers")
    glyphs = page.locator(".type-glyph").all_inner_texts()
    assert len(glyphs) == len(found)
    by_type = {"Battles": "⚔", "Explosions/Remote violence": "✸", "Violence against civilians": "✖",
               "Protests": "✊", "Riots": "▲", "Strategic developments": "◆"}
    assert sorted(glyphs) == sorted(by_type[m["type"]] for m in found)


def test_document_page_highlights_passages_and_shows_its_source(page, dashboard):
    import httpx

    docs = httpx.get(dashboard.url + "/api/documents", params={"limit": 50}).json()["items"]
    doc = next(d for d in docs if d.get("wire"))
    detail = httpx.get(dashboard.url + f"/api/documents/{doc['doc_id']}").json()
    kinds = {p["kind"] for p in detail["passages"]}
    assert kinds == {"event", "claim"}, kinds
    for p in detail["passages"]:  # every passage is a span of the document's text
        assert 0 <= p["char_start"] < p["char_end"] <= len(detail["text"])
    view = f"#/document/{doc['doc_id']}"
    _open(page, dashboard, view)
    marks = page.locator("mark.passage")
    assert marks.count() >= 5
    assert page.locator("mark.passage.event").count() and page.locator("mark.passage.claim").count()
    first_event = next(p for p in detail["passages"] if p["kind"] == "event")
    assert detail["text"][first_event["char_start"]:first_event["char_end"]].strip()[:30] in \
        " ".join(page.locator("mark.passage.event").all_inner_texts())
    head = page.locator(".page-head").inner_text()
    assert doc["wire"] in head and (doc.get("outlet") or "not named") in head
    shot(page, "dashboard-document-passages")
    page.locator("a.passage-link").first.click()
    page.wait_for_function("() => location.hash.startsWith('#/event/')")


def test_overview_counts_by_type_actor_and_admin1(page, dashboard):
    import httpx

    data = httpx.get(dashboard.url + "/api/overview").json()
    events = httpx.get(dashboard.url + "/api/events", params={"limit": 500}).json()["items"]
    assert sum(r["events"] for r in data["by_type"]) == len(events)
    assert sum(r["fatalities"] for r in data["by_admin1"]) == sum(
        e["fatalities_best"] or 0 for e in events if e["admin1"])
    assert all(r["name"] and not r["name"].startswith(("person:", "org:")) for r in data["by_actor"])
    _open(page, dashboard, "#/overview")
    assert page.locator("#by-type tr").count() == len(data["by_type"])
    assert page.locator("#by-actor tr").count() == len(data["by_actor"])
    assert page.locator("#by-admin1 tr").count() == len(data["by_admin1"])
    drawn = [r for r in data["by_admin1"] if r["borders"]]
    assert page.locator("path.admin1-area").count() == len(drawn)
    assert page.locator("path.admin1-fatalities").count() == sum(
        1 for r in data["by_admin1"] if not r["borders"] and r["latitude"] is not None)
    shot(page, "dashboard-overview")


def _luminance(css_color: str) -> float:
    r, g, b = (int(css_color[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _check_choropleth(pg, data) -> None:
    """Each admin1 with borders is one filled area, its fill the legend's colour for its value,
    darker for more fatalities; an area, not a dot."""
    drawn = [r for r in data["by_admin1"] if r["borders"]]
    assert drawn, "the example corpus has admin1 areas on the vendored borders"
    areas = pg.locator("path.admin1-area")
    assert areas.count() == len(drawn)
    seen, sizes = {}, []
    for i in range(areas.count()):
        area = areas.nth(i)
        name, fill = area.get_attribute("data-admin1"), area.get_attribute("fill")
        row = next(r for r in drawn if r["admin1"] == name)
        assert area.get_attribute("data-fatalities") == str(row["fatalities"])
        assert fill == area.get_attribute("data-fill") and float(area.get_attribute("fill-opacity")) >= 0.8
        box = area.bounding_box()
        assert box and box["width"] > 0 and box["height"] > 0, (name, box)
        seen[name] = (row["fatalities"], _luminance(fill))
        sizes.append(box["width"] * box["height"])
    assert max(sizes) >= 40 * 40, sizes  # areas, not dots (a city district may well be small)
    values = sorted(seen.values())
    assert all(a[1] >= b[1] for a, b in zip(values, values[1:])), values  # more killed, darker
    swatches = pg.locator(".choropleth-legend .swatch")
    assert swatches.count() >= 1 and pg.locator(".choropleth-legend").is_visible()
    legend = [s.evaluate("(el) => getComputedStyle(el).backgroundColor") for s in swatches.all()]
    top = areas.nth([v[0] for v in seen.values()].index(values[-1][0])).evaluate("(el) => getComputedStyle(el).fill")
    assert top == legend[-1], (top, legend)  # the most fatal area has the legend's darkest colour


def test_overview_fatalities_by_admin1_is_a_choropleth(browser, page, dashboard):
    import httpx

    data = httpx.get(dashboard.url + "/api/overview").json()
    _open(page, dashboard, "#/overview", selector="path.admin1-area")
    _check_choropleth(page, data)
    page.locator("#by-admin1").scroll_into_view_if_needed()
    shot(page, "dashboard-overview-choropleth")
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    pg = context.new_page()
    try:
        pg.goto(dashboard.url + "/#/overview")
        wait_ready(pg, "#/overview")
        pg.wait_for_selector("path.admin1-area")
        assert pg.evaluate("document.documentElement.scrollWidth") <= 390
        _check_choropleth(pg, data)
        pg.locator("#overview-map").scroll_into_view_if_needed()
        shot(pg, "dashboard-mobile-overview-choropleth")
    finally:
        context.close()


def test_persons_have_pages_and_are_named_never_by_id(page, dashboard):
    import httpx

    _open(page, dashboard, "#/actor/person%3Aasm-gt")
    assert page.locator("h1").inner_text() == "Assimi Goita"
    assert not page.locator(".error").count()
    assert "Government of Mali" in page.locator(".person-role").inner_text()
    assert page.locator(".person-claims li").count() >= 1 and page.locator(".person-mentions li").count() >= 3
    events = httpx.get(dashboard.url + "/api/events", params={"limit": 500}).json()["items"]
    claimed = []
    for e in events:
        detail = httpx.get(dashboard.url + f"/api/events/{e['event_id']}").json()
        if any((c.get("speaker") or "").startswith("person:") for c in detail["claims"]):
            claimed.append(e["event_id"])
    assert claimed, "the corpus has events with claims by named persons"
    for event_id in claimed[:3]:
        view = f"#/event/{event_id}"
        _open(page, dashboard, view)
        text = page.locator("main").inner_text()
        assert "person:" not in text and "per mmd" not in text.lower()
    shot(page, "dashboard-event-person-names")
