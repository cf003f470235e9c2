"""Building one fused ``Event`` from the set of mentions that report it."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sitrep.fuse.consensus import (
    consensus_actors,
    consensus_date,
    consensus_fatalities,
    consensus_modality,
    consensus_place,
    consensus_subtype,
)
from sitrep.fuse.disputes import Names, find_disputes
from sitrep.model import Event, EventMention, Report


def make_event_id(first_mention_id: str) -> str:
    """A stable id derived from the event's first mention (corrections point at it)."""
    return "ev_" + hashlib.sha1(first_mention_id.encode("utf-8")).hexdigest()[:12]


def _outlet(doc: dict | None, doc_id: str) -> str:
    if not doc:
        return f"document {doc_id[:8]}"
    if doc.get("outlet"):
        return doc["outlet"]
    url = doc.get("url") or ""
    if "://" in url:
        return url.split("://", 1)[1].split("/", 1)[0]
    return f"document {doc_id[:8]}"


def build_event(event_id: str, mentions: Sequence[EventMention], docs: dict[str, dict], names: Names,
                linked: Sequence[EventMention] = ()) -> Event:
    """The consensus event of ``mentions`` (any order: the result depends on the set only).

    ``linked``: reports of another event that bear on this one's outcome (``sitrep.fuse.episodes``):
    they count in the outcome dispute only, never as reports."""
    ms = sorted(mentions, key=lambda m: m.mention_id)
    all_docs = {m.span.doc_id for m in (*ms, *linked)}
    root_of = {d: (docs.get(d) or {}).get("duplicate_of") or d for d in all_docs}
    outlet_of = {d: _outlet(docs.get(d), d) for d in root_of}
    reports = []
    for m in ms:
        doc = docs.get(m.span.doc_id) or {}
        text = doc.get("text") or ""
        reports.append(Report(
            mention_id=m.mention_id, doc_id=m.span.doc_id, external_id=doc.get("external_id"),
            outlet=doc.get("outlet"), url=doc.get("url"),
            char_start=m.span.char_start, char_end=m.span.char_end,
            quote=text[m.span.char_start:m.span.char_end],
            fatalities=m.fatalities, version=m.version, modality=m.modality, source_actor=m.source_actor,
            independent_of=doc.get("duplicate_of"),
        ))
    date = consensus_date(ms)
    place = consensus_place(ms)
    sub_event_type = consensus_subtype(ms)
    actor1, assoc1, actor2, assoc2 = consensus_actors(ms, root_of, sub_event_type)
    low, best, high = consensus_fatalities([m.fatalities for m in ms if m.fatalities is not None])
    disputes = find_disputes(ms, root_of, outlet_of, names, linked)
    event = Event(
        event_id=event_id,
        event_type=next(m.event_type for m in ms if m.sub_event_type == sub_event_type),
        sub_event_type=sub_event_type,
        actor1=actor1, assoc_actor_1=assoc1, actor2=actor2, assoc_actor_2=assoc2,
        country=place.country if place else None,
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
        location=place.name if place else None,
        place_id=place.place_id if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=place.geo_precision if place else None,
        date=date,
        fatalities_low=low, fatalities_best=best, fatalities_high=high,
        disputed=bool(disputes), disputes=disputes,
        source_count=len({root_of[m.span.doc_id] for m in ms}),
        reports=reports,
        modality=consensus_modality(ms),
        confidence=round(max(m.confidence for m in ms), 3),
    )
    event.notes = notes(event, ms, names)
    return event


def notes(event: Event, mentions: Sequence[EventMention], names: Names) -> str:
    """An ACLED-style summary: when, who, what, where, toll, sources and disagreements."""
    when = "On an unknown date"
    if event.date:
        d = event.date
        when = (f"On {d.earliest:%-d %B %Y}" if d.earliest == d.latest
                else f"Between {d.earliest:%-d %B %Y} and {d.latest:%-d %B %Y}")
    side1 = " and ".join(names(a) for a in [event.actor1, *event.assoc_actor_1] if a) or "unidentified actors"
    side2 = " and ".join(names(a) for a in [event.actor2, *event.assoc_actor_2] if a)
    where = ""
    if event.location:
        where = f" in {event.location}" + (f" ({event.admin1})" if event.admin1 and event.admin1 != event.location else "")
    text = f"{when}, {side1}: {event.sub_event_type.lower()}"
    if side2:
        text += f" against {side2}"
    text += where + "."
    if event.fatalities_low is not None:
        if event.fatalities_low == event.fatalities_high:
            text += f" Fatalities: {event.fatalities_low}."
        else:
            text += f" Fatalities: {event.fatalities_low}-{event.fatalities_high} (best {event.fatalities_best})."
    elif any(m.fatalities and m.fatalities.vague for m in mentions):
        text += " Unquantified losses reported."
    if event.modality.value != "fact":
        text += f" Reported as {event.modality.value}."
    text += f" Sources: {event.source_count} independent."
    for d in event.disputes:
        text += f" {d.description}."
    return text
