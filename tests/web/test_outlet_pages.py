"""The event page's "Who reported it" card and the outlet pages in Chromium, with screenshots in
test-output/ (event-coverage.png, outlet-page.png, outlets-page.png)."""

from __future__ import annotations

import urllib.parse

import httpx

from .conftest import shot, wait_ready


def _kidal_2023(base: str) -> str:
    events = httpx.get(base + "/api/events", params={"limit": 1000}).json()["items"]
    found = [e for e in events if e["sub_event_type"] == "Government regains territory" and e["location"] == "Kidal"
             and (e["date"] or "").startswith("2023")]
    assert found
    return found[0]["event_id"]


def test_event_page_shows_who_reported_it(page, dashboard):
    event_id = _kidal_2023(dashboard.url)
    cov = httpx.get(f"{dashboard.url}/api/events/{event_id}").json()["coverage"]
    view = f"#/event/{urllib.parse.quote(event_id)}"
    page.goto(dashboard.url + "/" + view)
    wait_ready(page, view)
    card = page.locator("section.coverage")
    assert card.count() == 1
    assert card.locator(".cov-summary").inner_text() == cov["summary"]
    parties = card.locator(".chip.party").all_inner_texts()
    assert any(t.startswith("Malian Armed Forces · side 1") for t in parties)
    assert any(t.startswith("Government of Russia") for t in parties)
    assert card.locator("table.cov-reports tbody tr").count() == len(cov["reports"])
    card.scroll_into_view_if_needed()
    shot(page, "event-coverage")
    # an outlet in the card leads to its page
    card.locator("a", has_text="Kyiv Post").first.click()
    wait_ready(page, "#/outlet/Kyiv%20Post")
    assert page.locator("h1").inner_text() == "Kyiv Post"


def test_outlet_page_and_outlets_list(page, dashboard):
    detail = httpx.get(dashboard.url + "/api/outlets/AFP").json()
    page.goto(dashboard.url + "/#/outlet/AFP")
    wait_ready(page, "#/outlet/AFP")
    assert page.locator("h1").inner_text() == "AFP"
    head = page.locator("header.page-head").inner_text().lower()
    assert "wire agency" in head and "international" in head
    assert page.locator(".outlet-page table.grid tbody tr").count() == len(detail["events"])
    c = detail["contradictions"]
    assert f"{c['events_contradicted']} of {c['events_reported']} events" in page.locator(".outlet-page").inner_text()
    shot(page, "outlet-page")
    page.goto(dashboard.url + "/#/outlets")
    wait_ready(page, "#/outlets")
    rows = httpx.get(dashboard.url + "/api/outlets").json()
    assert page.locator("table.outlets tbody tr").count() == len(rows)
    shot(page, "outlets-page")
