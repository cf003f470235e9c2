"""One event with everything known about it: the ``sitrep event`` record and the API's event page.

Both start from ``find_event`` (the stored event, or E_NO_SUCH_RECORD) and name actors with one
``ActorNames``; the CLI's record is the event's ACLED row (``sitrep.query.acled``) with its reports,
tolls by source, merge reasons, claims, versions and coverage; the API's page nests the event, its
summary row, reports with their documents, claims, history, corrections, ACLED row and coverage.
"""

from __future__ import annotations

import json
from typing import Any

import duckdb

from sitrep.coverage import event_coverage
from sitrep.errors import ErrorCode, SitrepError
from sitrep.model import Event, Modality
from sitrep.query.acled import event_to_acled
from sitrep.knowledge.actor_names import ActorNames
from sitrep.store import Store


def event_summary(e: Event) -> dict[str, Any]:
    """The compact row of an event in lists."""
    return {
        "event_id": e.event_id,
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "date": e.date.best.isoformat() if e.date else None,
        "earliest": e.date.earliest.isoformat() if e.date else None,
        "latest": e.date.latest.isoformat() if e.date else None,
        "date_earliest": e.date.earliest.isoformat() if e.date else None,  # the names the CLI's JSON uses
        "date_latest": e.date.latest.isoformat() if e.date else None,
        "precision": e.date.precision.value if e.date else None,
        "actor1": e.actor1,
        "actor2": e.actor2,
        "location": e.location,
        "place_id": e.place_id,
        "admin1": e.admin1,
        "country": e.country,
        "latitude": e.latitude,
        "longitude": e.longitude,
        "fatalities_low": e.fatalities_low,
        "fatalities_best": e.fatalities_best,
        "fatalities_high": e.fatalities_high,
        "disputed": e.disputed,
        "source_count": e.source_count,
        "outlets": sorted({r.outlet for r in e.reports if r.outlet}),
        "modality": e.modality.value,
        "confidence": e.confidence,
    }


def news_mentions(event: Event) -> list[str]:
    """The mentions of the event's reports told as news: claims reach an event through them, never
    through a background recall ("since the 2014 offensive": a 2023 quote beside it is about 2023)."""
    return [r.mention_id for r in event.reports if r.modality != Modality.background]


def find_event(store: Store, event_id: str, con: duckdb.DuckDBPyConnection | None = None,
               hint: str = "") -> Event:
    """The stored event; E_NO_SUCH_RECORD (with ``hint`` after the id) when there is none."""
    event = store.get_event(event_id, con=con)
    if event is None:
        raise SitrepError(ErrorCode.not_found_record, f"no event {event_id!r}{hint}")
    return event


def event_record(store: Store, event_id: str) -> dict[str, Any]:
    """``sitrep event ID``: the ACLED row with actor names, every report (with its source's name),
    disputes, the date range, ids, claims, versions, tolls by source, merge reasons and coverage."""
    event = find_event(store, event_id, hint=": see `sitrep events`")
    names = ActorNames(store)
    detail = event_to_acled(event, store, names)
    detail["reports"] = [
        r.model_dump(mode="json") | {"source_actor_name": names(r.source_actor) if r.source_actor else None}
        for r in event.reports
    ]
    detail["disputes"] = [d.model_dump(mode="json") for d in event.disputes]
    detail["date"] = event.date.model_dump(mode="json") if event.date else None
    detail["place_id"] = event.place_id
    detail["actor_ids"] = {"actor1": event.actor1, "assoc_actor_1": event.assoc_actor_1,
                           "actor2": event.actor2, "assoc_actor_2": event.assoc_actor_2}
    detail["modality"] = event.modality.value
    news = news_mentions(event)
    detail["claims"] = [c.model_dump(mode="json") for c in (store.claims_for_mentions(news) if news else [])]
    detail["versions"] = len(store.event_history(event_id))
    detail["fatalities_rule"] = event.fatalities_rule
    detail["merge_reasons"] = event.merge_reasons
    detail["tolls"] = [
        {"figure": ("unquantified" if r.fatalities.low is None else str(r.fatalities.low)
                    if r.fatalities.low == r.fatalities.high else f"{r.fatalities.low}-{r.fatalities.high or ''}"),
         "phrase": r.fatalities.phrase, "low": r.fatalities.low, "high": r.fatalities.high, "kind": r.fatalities.kind,
         "given_by": " / ".join(x for x in (r.source_kind, names(r.source_actor) if r.source_actor else "") if x)
         or "the outlet", "outlet": r.outlet or r.doc_id, "mention_id": r.mention_id}
        for r in event.reports if r.fatalities is not None and (r.fatalities.low is not None or r.fatalities.vague)
    ]
    detail["coverage"] = event_coverage(store, event).as_dict()
    return detail


def event_page(store: Store, view: Store, event_id: str, con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """The API's event: the event and its summary row (``summary``: the lists' row builder), its
    reports each with its quote and document, disputes, claims, history, corrections, ACLED row,
    and its coverage: who reported it, whose statements each report relays, the perspective.
    ``view``: the store bound to the request's cursor ``con``."""
    event = find_event(store, event_id, con=con)
    doc_ids = sorted({r.doc_id for r in event.reports})
    docs = store.serve_documents_meta(doc_ids, con=con)
    mention_ids = news_mentions(event)
    reports = []
    for r in event.reports:
        d = docs.get(r.doc_id, {})
        reports.append({**r.model_dump(mode="json"), "title": d.get("title"),
                        "published": d["published"].isoformat() if d.get("published") else None,
                        "outlet": r.outlet or d.get("outlet"), "url": r.url or d.get("url")})
    return {
        "event": event.model_dump(mode="json", exclude={"reports"}),
        "summary": event_summary(event),
        "reports": reports,
        "disputes": [d.model_dump(mode="json") for d in event.disputes],
        "claims": store.serve_claims_about(mention_ids, doc_ids, con=con),
        "history": store.event_history(event_id, con=con),
        "corrections": store.list_corrections(target=event_id, con=con),
        "acled": json.loads(json.dumps(event_to_acled(event), default=str)),
        "coverage": event_coverage(view, event, con=con).as_dict(),
    }
