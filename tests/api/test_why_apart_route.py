"""GET /api/events/{a}/why-apart/{b} through the real HTTP server: each fusion test on each pair of
the two events' reports, consistent with the matcher's own verdict, and 404 for an unknown event."""

from __future__ import annotations

from .api_helpers import all_events

RULES = {"aircraft_apart", "types", "dates", "opposite_transfers", "villages_apart", "place", "actors"}


def test_two_events_are_explained_pair_by_pair(api):
    events = all_events(api)
    a, b = events[0]["event_id"], events[1]["event_id"]
    r = api.get(f"/api/events/{a}/why-apart/{b}")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["event_a"] == a and body["event_b"] == b and body["pairs"]
    assert sum(body["reasons"].values()) == len(body["pairs"])
    for p in body["pairs"]:
        assert RULES <= {t["rule"] for t in p["tests"]}
        failing = [t["rule"] for t in p["tests"] if not t["ok"]]
        assert p["first_failure"] == (failing[0] if failing else None)
        assert (p["first_failure"] is None) == p["same_event"]


def test_an_unknown_event_is_404(api):
    a = all_events(api)[0]["event_id"]
    r = api.get(f"/api/events/{a}/why-apart/ev_nowhere")
    assert r.status_code == 404 and "ev_nowhere" in r.text
