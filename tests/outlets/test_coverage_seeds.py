"""Each seed event's coverage: who reported it, whose statements its reports relay, its perspective."""

from __future__ import annotations

from sitrep.coverage import coverage_of, event_coverage


def _events(store, sub_type: str, place_word: str, year: int):
    return [e for e in store.list_events(sub_event_type=sub_type)
            if place_word in (e.location or "").lower() and e.date and e.date.earliest.year <= year <= e.date.latest.year]


def test_kidal_2023_reports_relay_the_malian_army_and_the_russian_side(seeds_store):
    found = _events(seeds_store, "Government regains territory", "kidal", 2023)
    assert found, "the seeds' 2023 recapture of Kidal was not fused"
    cov = event_coverage(seeds_store, max(found, key=lambda e: len(e.reports)))
    relayed = {p["actor"]: p for p in cov.parties}
    assert "malian-armed-forces" in relayed and relayed["malian-armed-forces"]["side"] == 1
    assert "government-of-russia" in relayed
    assert "Malian Armed Forces" in cov.summary and "Government of Russia" in cov.summary
    # the Russian-style piece names no outlet: it is shown as unidentified, not guessed
    assert any(o["name"] == "unidentified outlet" for o in cov.outlets)


def test_tinzaouaten_shows_both_sides_spokesmen(seeds_store):
    events = [e for e in seeds_store.list_events() if "zaou" in (e.location or "").lower()]
    assert events
    covered = coverage_of(seeds_store, events)
    both = [c for c in covered.values() if {p["side"] for p in c.parties} >= {1, 2}]
    assert both, [c.summary for c in covered.values()]
    cov = max(both, key=lambda c: len(c.reports))
    assert {"csp-dpa", "malian-armed-forces"} <= {p["actor"] for p in cov.parties if p["side"]}
    assert "both sides" in cov.summary
    # Kyiv Post wrote it up from what the rebels and a local politician told AFP: AFP is the source
    kyiv = [r for r in cov.reports if r.outlet == "Kyiv Post"]
    assert kyiv and kyiv[0].origin == "afp" and kyiv[0].own_sources


def test_outlets_are_grouped_by_kind_and_country(seeds_store):
    events = seeds_store.list_events()
    covered = coverage_of(seeds_store, events)
    rows = {o["name"]: o for c in covered.values() for o in c.outlets}
    assert rows["The Moscow Times"]["kind"] == "national_press" and rows["The Moscow Times"]["wires"] == ["AFP"]
    assert rows["Inter Bellum News"]["wires"] == ["BelTA"]
    assert rows["Politsturm"]["camp"] == "political movement site"
    kinds = {k for c in covered.values() for k in c.by_kind}
    assert {"national press", "political movement site"} <= kinds
    assert any("UA" in c.by_country for c in covered.values())


def test_a_story_only_belarusian_state_media_carried_is_single_perspective(seeds_store):
    covered = coverage_of(seeds_store, seeds_store.list_events())
    belta_only = [c for c in covered.values() if {r.origin for r in c.reports} == {"belta"}]
    assert belta_only
    for c in belta_only:
        assert c.single_perspective and c.independent_sources == 1
        assert c.summary.startswith("reported only by Belarusian state media (BelTA via Inter Bellum News)")
