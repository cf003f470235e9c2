"""Territorial control: who held each place over time, derived from the fused events.

An event changes control when it is a territorial transfer (ACLED's "Government regains
territory", "Non-state actor overtakes territory", "Non-violent transfer of territory": the new
holder is actor1), or when a source describes a withdrawal from the place (forced or planned): the
holder becomes the opposing side (actor2 when the withdrawing side is actor1 and vice versa; a
battle's attacker, actor1, when the text does not say who withdrew).  Background statements
("a rebel stronghold since 2014") arrive as background-modality transfer events and open a period
at the start of their interval.  Denied events change nothing.

A change takes effect on the day the new holder is established (``change_day``): the end of a
precisely dated window (a day or a week), or of the latest precise report of it (a retreat
"confirmed Tuesday" is over by Tuesday; the old holder's period runs until then); a coarse window
(a month, a year: "since 2014") gives its start, the only bound the text puts on the change.

The side that loses a place in its first known change of hands held it before (a period with
no start).  Periods run from one change to the next; consecutive changes to the same holder extend one period
and add their event ids to its evidence.  A period resting on a change of hands that sources
dispute (an outcome, a denial, a perpetrator) carries a caveat naming who disputes it
(``control_caveat``).  Only town-level events (ACLED geo_precision 1 or 2) count:
taking "the Kidal region" says nothing precise about the town of Kidal.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence

from sitrep.knowledge.actor_knowledge import ActorKnowledge, or_configured
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS, is_civil_government
from sitrep.model import ControlPeriod, DateInterval, Event, Modality

log = logging.getLogger(__name__)

TRANSFER_TYPES = frozenset({
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
})
WITHDRAWAL_LABELS = frozenset({"forced_withdrawal", "planned_withdrawal"})


STATE_KINDS = frozenset({"state_forces"})

Kinds = Callable[[str], "str | None"]


def _no_kind(_actor_id: str) -> None:
    return None


def _pick(candidates: list[str], kinds: Kinds, wanted: frozenset[str]) -> str | None:
    """The first candidate of a wanted kind; among state actors the armed forces before the
    political authority ("government-of-..." ids in the actor base): forces hold ground."""
    matching = [a for a in candidates if kinds(a) in wanted]
    matching.sort(key=is_civil_government)  # stable: keeps support order
    return matching[0] if matching else None


PRECISE_DAYS = 7  # a window this short (a day, "over the weekend", a week) dates the change itself

ReportDates = Mapping[str, DateInterval]  # mention id -> the date that report gives


def _span_days(d: DateInterval) -> int:
    return (d.latest - d.earliest).days


def change_day(event: Event, report_dates: ReportDates | None = None) -> dt.date:
    """The day from which ``event``'s change of hands holds (see the module docstring).

    A transfer is a process (an attack, a retreat, its confirmation); the new holder is certain at
    its end.  ``report_dates`` (the dates of the event's reports) widen a precise window to the
    latest precise report that overlaps it ("reported Tuesday": on or before Tuesday, an estimate
    whose end is sure); coarse report dates are ignored."""
    window = event.date
    assert window is not None
    ends = [window.latest] if _span_days(window) <= PRECISE_DAYS else []
    for r in event.reports:
        d = (report_dates or {}).get(r.mention_id)
        if d is None or r.modality == Modality.denied or _span_days(d) > PRECISE_DAYS or not d.overlaps(window):
            continue
        ends.append(d.latest)
    return max(ends) if ends else window.earliest


def change_of(event: Event, kinds: Kinds = _no_kind,
              report_dates: ReportDates | None = None) -> tuple[str, dt.date] | None:
    """(new holder, date from which it holds) when ``event`` changes who controls its place.

    The holder is the taking side's actor of the kind the sub-event type implies (government
    forces regain, a non-state actor overtakes), falling back to actor1."""
    if event.modality == Modality.denied or event.date is None or not event.place_id:
        return None
    if (event.geo_precision or 1) > 2:
        return None
    side1 = [a for a in [event.actor1, *event.assoc_actor_1] if a]
    # when the actor base knows every taker and none is of the implied kind the coding is suspect:
    # no holder (the loser's period still ends, see ``derive_periods``)
    all_known = bool(side1) and all(kinds(a) for a in side1)
    holder = None
    if event.sub_event_type == "Government regains territory":
        holder = _pick(side1, kinds, STATE_KINDS) or (None if all_known else event.actor1)
    elif event.sub_event_type == "Non-state actor overtakes territory":
        holder = _pick(side1, kinds, ARMED_NON_STATE_KINDS) or (None if all_known else event.actor1)
    elif event.sub_event_type in TRANSFER_TYPES:
        holder = event.actor1
    elif any(r.version in WITHDRAWAL_LABELS for r in event.reports if r.modality != Modality.denied):
        holder = event.actor1 if event.actor2 else None
    if not holder:
        return None
    return holder, change_day(event, report_dates)


def lost_by(event: Event) -> set[str]:
    """The side that lost the place in a town-level transfer or withdrawal (side 2), else empty."""
    if event.modality == Modality.denied or event.date is None or not event.place_id:
        return set()
    if (event.geo_precision or 1) > 2 or not may_change_control(event):
        return set()
    return {a for a in [event.actor2, *event.assoc_actor_2] if a}


def derive_periods(events: Sequence[Event], kinds: Kinds = _no_kind,
                   report_dates: ReportDates | None = None) -> list[ControlPeriod]:
    """The control history of one place from its events (any order); ``report_dates`` as for
    ``change_day``."""
    changes = []
    for e in events:
        found = change_of(e, kinds, report_dates)
        if found:
            changes.append((found[1], e.event_id, found[0], e))
        elif lost_by(e):
            changes.append((change_day(e, report_dates), e.event_id, None, e))
    changes.sort(key=lambda c: (c[0], c[1]))
    periods: list[ControlPeriod] = []
    for start, event_id, holder, event in changes:
        if not periods:
            periods.extend(_held_before(event, start, kinds))
        if holder is None:  # someone lost the place, the taker is unclear: end the loser's period
            if periods and periods[-1].end is None and periods[-1].holder in lost_by(event):
                periods[-1].end = start
            continue
        if periods and periods[-1].holder == holder and periods[-1].end is None:
            periods[-1].evidence.append(event_id)
            continue
        if periods and periods[-1].end is None:
            periods[-1].end = start
        periods.append(ControlPeriod(place_id=event.place_id, place_name=event.location or event.place_id,
                                     holder=holder, start=start, end=None, evidence=[event_id]))
    # an empty period (two changes on one day) says nothing: drop it
    return [p for p in periods if p.end is None or p.start is None or p.end > p.start]


def _held_before(event: Event, start: dt.date, kinds: Kinds) -> list[ControlPeriod]:
    """The period a place's first known change of hands closes: the side that lost it held it until
    then ("JNIM seized the town from the army": the army held it before), from a start the texts do
    not give.  Only for one named loser able to hold ground (armed forces or an armed group), and
    not for a background change (its window is a year, not a day the loser's hold ended)."""
    if event.modality == Modality.background:
        return []
    losers = sorted(a for a in lost_by(event) if not a.startswith("unnamed:"))
    if len(losers) != 1 or kinds(losers[0]) not in STATE_KINDS | ARMED_NON_STATE_KINDS:
        return []
    return [ControlPeriod(place_id=event.place_id, place_name=event.location or event.place_id,
                          holder=losers[0], start=None, end=start, evidence=[event.event_id])]


def update_control(store, place_ids: Iterable[str], knowledge: ActorKnowledge | None = None) -> int:
    """Recompute and store the control history of these places; returns the number of periods.
    ``knowledge``: the actor base that tells a taker's category (default: the configured files')."""
    kinds = or_configured(knowledge).kind
    total = 0
    for place_id in sorted(set(place_ids)):
        events = store.control_events([place_id], sorted(TRANSFER_TYPES), sorted(WITHDRAWAL_LABELS))
        dates = {m.mention_id: m.date for m, _e in store.event_mentions_of_events([e.event_id for e in events])
                 if m.date is not None}
        periods = derive_periods(events, kinds, dates)
        store.save_control_periods(place_id, periods)
        total += len(periods)
    return total


def rebuild_control(store, knowledge: ActorKnowledge | None = None) -> int:
    """Recompute control for every place that has located events."""
    place_ids = {e.place_id for e in store.list_events() if e.place_id}
    return update_control(store, place_ids, knowledge)


def may_change_control(event: Event) -> bool:
    """Cheap test: could this event open or close a control period (so its place needs a recompute)?"""
    return event.sub_event_type in TRANSFER_TYPES or any(r.version in WITHDRAWAL_LABELS for r in event.reports)


def holder_on(periods: Sequence[ControlPeriod], day: dt.date) -> ControlPeriod | None:
    """The period covering ``day`` (start inclusive, end exclusive), or None."""
    for p in periods:
        if (p.start is None or p.start <= day) and (p.end is None or day < p.end):
            return p
    return None


# disputes that put a change of hands itself in doubt (a toll dispute does not)
CONTROL_DISPUTES = frozenset({"outcome", "denial", "perpetrator"})


def control_caveat(events: Sequence[Event], holder: str, names: Callable[[str | None], str],
                   knowledge: ActorKnowledge | None = None) -> tuple[str, list[str]]:
    """("" or a caveat, who disputes): a period resting on a change of hands that sources dispute
    ("denied by JNIM", a withdrawal called tactical) says so, and names the disputing speakers
    (those not of the holder's camp) or, for want of a named speaker, their outlets."""
    same_side = or_configured(knowledge).same_side
    notes: list[str] = []
    who: list[str] = []
    for e in events:
        for d in e.disputes:
            if d.kind not in CONTROL_DISPUTES:
                continue
            notes.append(f"{e.event_id}: {d.description}")
            for v in d.versions:
                if v.source_actor and not same_side(v.source_actor, holder):
                    who.append(names(v.source_actor))
                elif not v.source_actor and v.label == "denied":
                    who.extend(v.outlets)
    if not notes:
        return "", []
    who = sorted(set(who))
    head = f"disputed by {', '.join(who)}" if who else "disputed"
    return f"{head} ({'; '.join(notes)})", who
