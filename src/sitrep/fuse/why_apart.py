"""Why two reports (or two stored events) are not one event: each test of the fusion matcher, in
the order ``sitrep.fuse.match.same_event`` applies it, with its outcome and its numbers.

It calls the matcher's own functions (``type_rule``, ``dates_compatible``, ``matched_place_relation``,
``actor_relation``, the cannot-link rules), so the explanation cannot drift from what fusion does;
``PairExplanation.verdict`` is ``same_event`` itself, and ``first_failure`` the test that parted them.
Two events whose reports do match pairwise were cut apart by a cannot-link rule on a chain, or were
fused in different batches; the explanation says which rule could fire.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sitrep.fuse.match import (
    actor_relation, actors_of, aircraft_apart, cannot_link, date_slack, dates_compatible, match_window, matched_place_relation,
    opposite_transfers, rival_towns, same_event, subtypes_compatible, type_rule)
from sitrep.fuse.nearness import NEAR_KM, VILLAGES_APART_KM, area_holds_town, named_village, villages_apart
from sitrep.geo import haversine_km
from sitrep.knowledge.actor_knowledge import ActorKnowledge, or_configured
from sitrep.model import EventMention, Modality


@dataclass(frozen=True)
class Test:
    """One matcher test on a pair: its rule's name, whether the pair passes it, and its numbers."""

    rule: str
    ok: bool
    detail: str


@dataclass
class PairExplanation:
    a: str  # mention ids
    b: str
    verdict: bool  # ``same_event(a, b)``
    tests: list[Test] = field(default_factory=list)

    @property
    def first_failure(self) -> str | None:
        return next((t.rule for t in self.tests if not t.ok), None)


def _km(a: EventMention, b: EventMention) -> float | None:
    pa, pb = a.place, b.place
    if pa is None or pb is None or None in (pa.latitude, pa.longitude, pb.latitude, pb.longitude):
        return None
    return haversine_km(pa.latitude, pa.longitude, pb.latitude, pb.longitude)


def _type_test(a: EventMention, b: EventMention, known: ActorKnowledge) -> Test:
    rule = type_rule(a, b, known)
    same = subtypes_compatible(a.sub_event_type, b.sub_event_type)
    return Test("types", rule is not None,
                f"{a.event_type}/{a.sub_event_type} vs {b.event_type}/{b.sub_event_type}; "
                f"sub-types compatible={same}; admitted by {rule or 'no rule'}")


def _date_test(a: EventMention, b: EventMention) -> Test:
    wa, wb = match_window(a), match_window(b)
    same_doc = a.span.doc_id == b.span.doc_id
    if wa is None or wb is None:
        return Test("dates", dates_compatible(a, b), f"undated report; same article={same_doc}")
    slack = date_slack(a, b)
    gap = max((wb[0] - wa[1]).days, (wa[0] - wb[1]).days, 0)
    return Test("dates", dates_compatible(a, b),
                f"windows {wa[0]}..{wa[1]} / {wb[0]}..{wb[1]}; gap {gap} d vs slack {slack.days} d")


def _place_test(a: EventMention, b: EventMention, rel: str) -> Test:
    km = _km(a, b)
    names = f"{a.place.name if a.place else '-'} / {b.place.name if b.place else '-'}"
    dist = f"{km:.1f} km vs radius {NEAR_KM:.0f} km" if km is not None else "no distance"
    held = "; an area holds a town of it told the same day" if area_holds_town(a, b) else ""
    return Test("place", rel != "no", f"{names}; {dist}; relation {rel}{held}")


def _actor_test(a: EventMention, b: EventMention, rel: str) -> Test:
    return Test("actors", rel != "no",
                f"{sorted(actors_of(a))} / {sorted(actors_of(b))}; relation {rel}")


def cannot_link_rules(a: EventMention, b: EventMention) -> list[str]:
    """The cannot-link rules (``match.cannot_link``) that fire on a pair, by name."""
    fired = [name for name, holds in (("opposite_transfers", opposite_transfers(a, b)),
                                      ("villages_apart", villages_apart(a, b)),
                                      ("rival_towns", rival_towns(a, b))) if holds]
    if cannot_link(a, b) and not fired:
        fired.append("separate_in_article")
    return fired


def explain_pair(a: EventMention, b: EventMention, knowledge: ActorKnowledge | None = None) -> PairExplanation:
    """Every test ``same_event`` applies to ``a`` and ``b``, in its order, each with its outcome."""
    known = or_configured(knowledge)
    out = PairExplanation(a.mention_id, b.mention_id, same_event(a, b, known))
    out.tests.append(Test("aircraft_apart", not aircraft_apart(a, b), f"versions {a.version or '-'} / {b.version or '-'}"))
    out.tests.append(_type_test(a, b, known))
    out.tests.append(_date_test(a, b))
    out.tests.append(Test("opposite_transfers", not opposite_transfers(a, b), "changes of hands in opposite directions"))
    km = _km(a, b)
    far = f"{km:.1f} km vs {VILLAGES_APART_KM:.0f} km" if km is not None else "no distance"
    out.tests.append(Test("villages_apart", not villages_apart(a, b),
                          f"named villages {named_village(a)}/{named_village(b)}; {far}"))
    place, actors = matched_place_relation(a, b), actor_relation(a, b, known)
    out.tests.append(_place_test(a, b, place))
    out.tests.append(_actor_test(a, b, actors))
    if Modality.background in (a.modality, b.modality) and a.span.doc_id != b.span.doc_id:
        out.tests.append(Test("recalled_at_its_place", place == "anchor",
                              f"a recalled incident joins another article's report only at its place (place {place})"))
    if a.separate or b.separate:
        ok = a.span.doc_id != b.span.doc_id and place == "anchor" and actors == "anchor"
        out.tests.append(Test("separate", ok, "the text sets one apart: needs another article and both anchors"))
    else:
        out.tests.append(Test("anchor", "anchor" in (place, actors), f"place {place}, actors {actors}: one must tie"))
    return out


@dataclass
class EventsExplanation:
    """Why two events are apart: every cross pair of their reports, and the tally of what parted them."""

    event_a: str
    event_b: str
    pairs: list[PairExplanation]
    cannot_link: list[str]  # rules that fire on some cross pair

    @property
    def reasons(self) -> Counter:
        return Counter(p.first_failure or "matched" for p in self.pairs)

    def summary(self) -> str:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(self.reasons.items()))
        cut = f"; cannot-link: {', '.join(sorted(set(self.cannot_link)))}" if self.cannot_link else ""
        return f"{len(self.pairs)} report pairs: {counts}{cut}"


def explain_events(event_a: str, mentions_a: Sequence[EventMention], event_b: str,
                   mentions_b: Sequence[EventMention], knowledge: ActorKnowledge | None = None) -> EventsExplanation:
    known = or_configured(knowledge)
    pairs = [explain_pair(x, y, known) for x in mentions_a for y in mentions_b]
    fired = [rule for x in mentions_a for y in mentions_b for rule in cannot_link_rules(x, y)]
    return EventsExplanation(event_a, event_b, pairs, fired)


def explain_stored(store, event_a: str, event_b: str, knowledge: ActorKnowledge | None = None) -> EventsExplanation:
    """``explain_events`` for two stored events (their reports as fusion read them)."""
    rows = store.event_mentions_of_events([event_a, event_b])
    return explain_events(event_a, [m for m, e in rows if e == event_a], event_b,
                          [m for m, e in rows if e == event_b], knowledge)


def as_dict(x: EventsExplanation) -> dict:
    return {"event_a": x.event_a, "event_b": x.event_b, "summary": x.summary(), "reasons": dict(x.reasons),
            "cannot_link": sorted(set(x.cannot_link)),
            "pairs": [{"a": p.a, "b": p.b, "same_event": p.verdict, "first_failure": p.first_failure,
                       "tests": [{"rule": t.rule, "ok": t.ok, "detail": t.detail} for t in p.tests]}
                      for p in x.pairs]}
