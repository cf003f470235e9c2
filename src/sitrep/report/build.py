"""Assembling a situation report from the store: statements, each with the citations it rests on.

The report is data first (``ReportData``), rendered by templates second, so Markdown, HTML and PDF
say the same thing.  Every statement is built from fused events and cites the reports those events
carry; nothing is stated that no stored report supports.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from sitrep.coverage import coverage_of
from sitrep.model import ControlPeriod, Event
from sitrep.knowledge.actor_names import ActorNames
from sitrep.query.select import at_place, comparable_name, in_period, select_events
from sitrep.report.citations import Citations, Footnote, Source
from sitrep.store import Store

log = logging.getLogger(__name__)

MAIN_DEVELOPMENTS = 10  # events narrated in full; the rest are listed in the event table


@dataclass
class Statement:
    text: str
    cites: list[int] = field(default_factory=list)


@dataclass
class Tally:
    """Fatalities of a group of events: summed low and high bounds (high None = open-ended)."""

    label: str
    events: int = 0
    low: int = 0
    high: int | None = 0
    unknown: int = 0  # events without a figure
    cites: list[int] = field(default_factory=list)

    def add(self, event: Event, cites: list[int]) -> None:
        self.events += 1
        low = event.fatalities_low if event.fatalities_low is not None else event.fatalities_best
        if low is None:
            self.unknown += 1
        else:
            self.low += low
            if self.high is not None:
                self.high = None if event.fatalities_high is None else self.high + event.fatalities_high
        for n in cites:
            if n not in self.cites:
                self.cites.append(n)
        self.cites.sort()

    @property
    def range(self) -> str:
        if self.events == self.unknown:
            return "no figure reported"
        if self.high is None:
            return f"at least {self.low}"
        return str(self.low) if self.high == self.low else f"{self.low}–{self.high}"


@dataclass
class DisputeView:
    event: Statement
    kind: str
    description: str
    versions: list[Statement]


@dataclass
class ReportData:
    title: str
    since: dt.date | None
    until: dt.date | None
    place: str | None
    generated: dt.datetime
    developments: list[Statement]
    event_rows: list[dict]
    by_area: list[Tally]
    by_actor: list[Tally]
    holdings: list[Statement]
    changes: list[Statement]
    disputes: list[DisputeView]
    sources: list[Source]
    footnotes: list[Footnote]
    n_events: int
    first: dt.date | None = None  # the earliest and latest event dates covered (open bounds)
    last: dt.date | None = None

    @property
    def period(self) -> str:
        """Real dates: the bounds asked for, else those of the events covered."""
        a, b = self.since or self.first, self.until or self.last
        if a is None and b is None:
            return "no dated events"
        if a == b:
            return a.isoformat()
        if b is None:
            return f"{a.isoformat()} onwards"
        if a is None:
            return f"up to {b.isoformat()}"
        return f"{a.isoformat()} to {b.isoformat()}"


def _day(day: dt.date) -> str:
    """'4 May 2026': how a brief writes a date."""
    return f"{day.day} {day.strftime('%B %Y')}"


# how each sub-event type reads in a sentence: {a1} actor 1, {a2} actor 2, {loc} " in <location>"
_PHRASES = {
    "Armed clash": "{a1} clashed with {a2}{loc}",
    "Government regains territory": "{a1} regained control{of_loc} from {a2}",
    "Non-state actor overtakes territory": "{a1} took control{of_loc} from {a2}",
    "Attack": "{a1} attacked {a2}{loc}",
    "Air/drone strike": "{a1} carried out an air or drone strike against {a2}{loc}",
    "Shelling/artillery/missile attack": "{a1} shelled {a2}{loc}",
    "Remote explosive/landmine/IED": "An explosive device hit {a2}{loc}",
    "Abduction/forced disappearance": "{a1} abducted {a2}{loc}",
    "Sexual violence": "{a1} committed sexual violence against {a2}{loc}",
    "Agreement": "{a1} reached an agreement with {a2}{loc}",
    "Headquarters or base established": "{a1} established a base{loc}",
    "Non-violent transfer of territory": "{a1} took over{of_loc} from {a2} without fighting",
    "Change to group/activity": "{a1} changed its activity{loc}",
    "Looting/property destruction": "{a1} looted or destroyed property{loc}",
    "Peaceful protest": "{a1} protested{loc}",
    "Protest with intervention": "{a1} protested{loc} and were dispersed",
    "Excessive force against protesters": "{a1} used excessive force against protesters{loc}",
    "Violent demonstration": "{a1} demonstrated violently{loc}",
    "Mob violence": "a mob attacked {a2}{loc}",
    "Arrests": "{a1} arrested members of {a2}{loc}",
    "Disrupted weapons use": "{a1} seized or defused weapons of {a2}{loc}",
    "Suicide bomb": "a suicide bomber struck {a2}{loc}",
    "Grenade": "a grenade hit {a2}{loc}",
    "Chemical weapon": "{a1} used a chemical weapon against {a2}{loc}",
    # "Other" strategic developments: a plain sentence, not the taxonomy's label
    "Other": "{a1} and {a2} were involved in a development{loc}",
}


def _date_phrase(event: Event) -> str:
    d = event.date
    if d is None:
        return "On an unreported date"
    next_day = d.latest + dt.timedelta(days=1)
    if d.earliest == d.latest:
        text = f"On {_day(d.earliest)}"
    elif d.earliest.day == 1 and next_day.day == 1 and (d.earliest.year, d.earliest.month) == (d.latest.year, d.latest.month):
        text = f"In {d.earliest.strftime('%B %Y')}"  # exactly one calendar month
    elif (d.earliest.month, d.earliest.day, d.latest.month, d.latest.day) == (1, 1, 12, 31) and d.earliest.year == d.latest.year:
        text = f"In {d.earliest.year}"  # exactly one calendar year
    else:
        text = f"Between {_day(d.earliest)} and {_day(d.latest)}"
    return text + (" (estimated)" if d.is_estimate else "")


def fatality_phrase(event: Event) -> str:
    low, best, high = event.fatalities_low, event.fatalities_best, event.fatalities_high
    low = low if low is not None else best
    if low is None:
        return ""
    if high is None:
        return f"at least {low} killed"
    if high == low:
        return f"{low} killed"
    return f"{low}–{high} killed"


def describe(event: Event, names: ActorNames) -> str:
    """One sentence about an event, from its coded fields only."""
    a1 = names.name(event.actor1) or "an unidentified actor"
    a2 = names.name(event.actor2) or "unidentified forces"
    if event.assoc_actor_1:
        a1 += " (with " + ", ".join(names.name(a) for a in event.assoc_actor_1) + ")"
    if event.assoc_actor_2:
        a2 += " (with " + ", ".join(names.name(a) for a in event.assoc_actor_2) + ")"
    loc = f" in {event.location}" if event.location else ""
    of_loc = f" of {event.location}" if event.location else ""
    pattern = _PHRASES.get(event.sub_event_type)
    if pattern is None:
        pattern = f"{(event.sub_event_type or event.event_type or 'an event').lower()} involving {{a1}}" + (
            " and {a2}" if event.actor2 else "") + "{loc}"
    body = pattern.format(a1=a1, a2=a2, loc=loc, of_loc=of_loc)
    if not event.actor2:
        body = (body.replace(" from unidentified forces", "").replace(" with unidentified forces", "")
                .replace(" and unidentified forces were", " was"))
    body = body[0].lower() + body[1:] if body.startswith("An ") else body
    text = f"{_date_phrase(event)}, {body}"
    extras = []
    killed = fatality_phrase(event)
    if killed:
        extras.append(killed)
    if event.disputed:
        extras.append("accounts disagree")
    if event.modality.value in ("claim", "denied"):
        extras.append(f"reported as a {event.modality.value}")
    if extras:
        text += " (" + "; ".join(extras) + ")"
    return text + "."


def _significance(event: Event) -> tuple:
    killed = event.fatalities_best or event.fatalities_low or 0
    return (killed + 3 * event.source_count + 5 * event.disputed, event.date.earliest if event.date else dt.date.min)


def _control_periods(store: Store | None) -> list[ControlPeriod]:
    """Every control period the fuse stage stored (none without a store)."""
    return store.list_control_periods() if store is not None else []


def _event_by_id(store: Store | None, events: dict[str, Event], event_id: str) -> Event | None:
    if event_id in events:
        return events[event_id]
    if store is None:
        return None
    return store.get_event(event_id)


def _coverage(store: Store | None, events: list[Event]) -> dict:
    """Who reported each event (``sitrep.coverage``); none without a store to read documents from."""
    if store is None:
        return {}
    return coverage_of(store, events)


def _who_reported(coverage) -> str:
    """" Reported by …" after an event's sentence: whose account the reader is getting."""
    if coverage is None or not coverage.reports:
        return ""
    text = coverage.summary
    return f" Coverage: {text[0].upper()}{text[1:]}."


def build_report(
    store: Store | None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    place: str | list[str] | None = None,
    title: str | None = None,
    events: list[Event] | None = None,
    control: list[ControlPeriod] | None = None,
    names: ActorNames | None = None,
) -> ReportData:
    """The report's content for the period and place; ``events``/``control`` override the store's.
    ``place``: a name, or the ids and names ``sitrep.query.filters.resolve_place`` gave for one."""
    places = place if isinstance(place, list) else [place] if place else []
    label = next((p for p in places if ":" not in p), places[0] if places else None)
    names = names or ActorNames(store)
    cites = Citations(store)
    if events is None:
        events = select_events(store, since=since, until=until, place=place)
    else:
        events = [e for e in events if in_period(e, since, until) and at_place(e, place)]
    by_id = {e.event_id: e for e in events}

    # main developments: the most significant events, told in date order
    main = sorted(sorted(events, key=_significance, reverse=True)[:MAIN_DEVELOPMENTS],
                  key=lambda e: (e.date.earliest if e.date else dt.date.max, e.event_id))
    covered = _coverage(store, events)
    developments = [Statement(describe(e, names) + _who_reported(covered.get(e.event_id)), cites.cite_all(e.reports, limit=4))
                    for e in main]
    event_rows = [_event_row(e, names, cites, covered) for e in events]
    by_area, by_actor = _fatality_tallies(events, names, cites)
    periods = control if control is not None else _control_periods(store)
    holdings, changes = _control_statements(store, _periods_at(periods, places), since, until or dt.date.today(),
                                            by_id, names, cites)
    disputes = _dispute_views(events, names, cites)
    return ReportData(
        title=title or ("Situation report" + (f": {label}" if label else "")),
        since=since,
        until=until,
        place=label,
        generated=dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
        developments=developments,
        event_rows=event_rows,
        by_area=by_area,
        by_actor=by_actor,
        holdings=holdings,
        changes=changes,
        disputes=disputes,
        sources=cites.sources(),
        footnotes=cites.footnotes,
        n_events=len(events),
        first=min((e.date.best for e in events if e.date), default=None),
        last=max((e.date.best for e in events if e.date), default=None),
    )


def _event_row(e: Event, names: ActorNames, cites: Citations, covered: dict) -> dict:
    """One line of the event table."""
    return {
        "event_id": e.event_id,
        "date": (e.date.earliest.isoformat() if e.date and e.date.earliest == e.date.latest
                 else f"{e.date.earliest.isoformat()}/{e.date.latest.isoformat()}" if e.date else ""),
        "type": e.sub_event_type or e.event_type,
        "actors": " vs ".join(x for x in (names.name(e.actor1), names.name(e.actor2)) if x),
        "location": e.location or e.admin1 or "",
        "fatalities": fatality_phrase(e) or "–",
        "sources": e.source_count,
        "coverage": covered[e.event_id].summary if e.event_id in covered else "",
        "disputed": e.disputed,
        "cites": cites.cite_all(e.reports, limit=3),
    }


def _fatality_tallies(events: list[Event], names: ActorNames, cites: Citations) -> tuple[list[Tally], list[Tally]]:
    """Fatalities by area and by actor (either side or associated), with ranges, most first."""
    areas: dict[str, Tally] = {}
    actors: dict[str, Tally] = {}
    for e in events:
        if e.fatalities_low is None and e.fatalities_best is None:
            continue
        refs = cites.cite_all(e.reports, limit=2)
        area = e.admin1 or e.location or "Unlocated"
        areas.setdefault(area, Tally(area)).add(e, refs)
        involved = [a for a in [e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2] if a]
        for actor_id in dict.fromkeys(involved):
            actors.setdefault(actor_id, Tally(names.name(actor_id))).add(e, refs)
    return sorted(areas.values(), key=lambda t: (-t.low, t.label)), sorted(actors.values(), key=lambda t: (-t.low, t.label))


def _periods_at(periods: list[ControlPeriod], places: list[str]) -> list[ControlPeriod]:
    """The control periods of the report's place (by name or id); all of them without a place."""
    if not places:
        return periods
    wanted = {comparable_name(x) for x in places}
    return [p for p in periods if comparable_name(p.place_name or "") in wanted or p.place_id in places]


def _control_statements(store: Store | None, periods: list[ControlPeriod], since: dt.date | None, as_of: dt.date,
                        by_id: dict[str, Event], names: ActorNames,
                        cites: Citations) -> tuple[list[Statement], list[Statement]]:
    """Who holds what at the end of the period, and what changed in it; a statement no stored
    report supports (a period without evidence events) is not made."""
    holdings: list[Statement] = []
    changes: list[Statement] = []
    by_place: dict[str, list[ControlPeriod]] = defaultdict(list)
    for p in periods:
        by_place[p.place_id].append(p)
    for place_periods in by_place.values():
        place_periods.sort(key=lambda p: p.start or dt.date.min)
        current = [p for p in place_periods if (p.start is None or p.start <= as_of) and (p.end is None or p.end >= as_of)]
        for p in current[-1:]:
            refs = _evidence_cites(store, by_id, cites, p)
            since_txt = f" since {p.start.isoformat()}" if p.start else ""
            holdings.append(Statement(f"{names.name(p.holder)} holds {p.place_name}{since_txt}.", refs))
        for p in place_periods:
            if p.start is None or (since and p.start < since) or p.start > as_of:
                continue
            prev = [q for q in place_periods if q is not p and q.start is not None and q.start < p.start]
            before = f" from {names.name(prev[-1].holder)}" if prev else ""
            refs = _evidence_cites(store, by_id, cites, p)
            changes.append(Statement(
                f"On {p.start.isoformat()}, {names.name(p.holder)} took control of {p.place_name}{before}.", refs))
    dropped = [s.text for s in holdings + changes if not s.cites]
    if dropped:
        log.info("report: %d control statements left out for want of a citable report", len(dropped))
    return [s for s in holdings if s.cites], sorted((s for s in changes if s.cites), key=lambda s: s.text)


def _dispute_views(events: list[Event], names: ActorNames, cites: Citations) -> list[DisputeView]:
    """Disputed events with each side's version."""
    disputes: list[DisputeView] = []
    # a version may cite a report of another event (a battle's victory claim against the retreat
    # from its town: sitrep.fuse.episodes)
    any_report = {r.mention_id: r for ev in events for r in ev.reports}
    for e in events:
        if not e.disputes:
            continue
        head = Statement(describe(e, names), cites.cite_all(e.reports, limit=4))
        reports_by_mention = {**any_report, **{r.mention_id: r for r in e.reports}}
        for d in e.disputes:
            versions = []
            for v in d.versions:
                refs = sorted({cites.cite(reports_by_mention[m]) for m in v.mention_ids if m in reports_by_mention})
                who = names.name(v.source_actor) if v.source_actor else ", ".join(v.outlets) or "a source"
                versions.append(Statement(f"{who}: {v.label.replace('_', ' ')}", refs))
            disputes.append(DisputeView(head, d.kind, d.description, versions))
    return disputes


def _evidence_cites(store: Store | None, by_id: dict[str, Event], cites: Citations, period: ControlPeriod) -> list[int]:
    refs: set[int] = set()
    for event_id in period.evidence:
        event = _event_by_id(store, by_id, event_id)
        if event is not None:
            refs.update(cites.cite_all(event.reports, limit=2))
    return sorted(refs)
