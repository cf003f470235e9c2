"""Read endpoints under /api: documents, events, actors, places, control, disputes, claims, sources, map.

Each request reads through its own DuckDB cursor (``Depends(cursor)``) so reads never wait on the
writer.  Event listing uses keyset paging: ``next_cursor`` encodes the last row's sort key and id,
so a page boundary does not move when events are added elsewhere in the order.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
from typing import Annotated, Any, Literal

import pydantic_core
from fastapi import APIRouter, Depends, Query, Request, Response

from sitrep.api.admin1_borders import attach_borders
from sitrep.coverage import coverage_of, reported_by_names
from sitrep.errors import ErrorCode, SitrepError
from sitrep.query.detail import event_page, event_summary
from sitrep.query.actors import find_person, is_outlet, outlet_names, person_listing, person_record
from sitrep.query.filters import resolve_actor, resolve_filters
from sitrep.knowledge.actor_names import ActorNames
from sitrep.store import Store

log = logging.getLogger(__name__)
router = APIRouter()

SortName = Literal["date", "-date", "fatalities", "-fatalities", "sources", "-sources"]


def cursor(request: Request):
    yield from request.app.state.sitrep.cursor()


def store_of(request: Request) -> Store:
    return request.app.state.sitrep.store


Cur = Annotated[Any, Depends(cursor)]
StoreDep = Annotated[Store, Depends(store_of)]


def json_response(payload: Any) -> Response:
    """``payload`` (dicts, lists, str, numbers, dates) encoded by pydantic-core (Rust) into a
    response.  Returning a plain dict makes FastAPI walk it through ``jsonable_encoder`` first,
    which dominated the list and map endpoints (the route's annotation still documents the shape)."""
    return Response(pydantic_core.to_json(payload, inf_nan_mode="null"), media_type="application/json")


def _no_such(kind: str, key: str) -> SitrepError:
    return SitrepError(ErrorCode.not_found_record, f"no {kind} {key!r}")


# ------------------------------------------------------------------------------ paging cursors


# the range of the INTEGER columns (fatalities_best, source_count) a numeric cursor points into
INTEGER_MIN, INTEGER_MAX = -(2**31), 2**31 - 1


def encode_cursor(sort: str, key: Any, event_id: str) -> str:
    if isinstance(key, dt.date):
        key = key.isoformat()
    raw = json.dumps([sort, key, event_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(token: str, sort: str) -> tuple[Any, str]:
    try:
        padded = token + "=" * (-len(token) % 4)
        cur_sort, key, event_id = json.loads(base64.urlsafe_b64decode(padded.encode()))
        if cur_sort != sort or not isinstance(event_id, str):
            raise ValueError("sort changed")
        if sort.lstrip("-") == "date":
            key = dt.date.fromisoformat(key)
        elif not isinstance(key, int) or isinstance(key, bool) or not INTEGER_MIN <= key <= INTEGER_MAX:
            # fatalities and source counts are INTEGER columns: a bigger number is no position in
            # them, and DuckDB would raise on binding it (a 500 instead of a 400)
            raise ValueError("bad key")
    except (ValueError, TypeError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SitrepError(ErrorCode.invalid, "invalid cursor (it belongs to another query or sort)") from exc
    return key, event_id


def parse_bbox(bbox: str | None) -> tuple[float, float, float, float] | None:
    """``west,south,east,north`` in degrees."""
    if not bbox:
        return None
    try:
        west, south, east, north = (float(x) for x in bbox.split(","))
    except ValueError as exc:
        raise SitrepError(ErrorCode.invalid, "bbox is west,south,east,north in degrees") from exc
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise SitrepError(ErrorCode.invalid, "bbox must satisfy -180<=west<=east<=180 and -90<=south<=north<=90")
    return west, south, east, north


class EventFilters:
    """The filters of ``sitrep events`` (place, actor, type, since, until, disputed) plus bbox and
    outlet.  Place and actor accept a name, alias, spelling variant or id, resolved as the CLI does."""

    def __init__(
        self,
        request: Request,
        place: Annotated[str | None, Query(max_length=200, description="place id (gn:…), name or variant")] = None,
        actor: Annotated[str | None, Query(max_length=200, description="actor id, name or alias, on either side")] = None,
        type: Annotated[str | None, Query(max_length=100, description="ACLED event type or sub-event type")] = None,  # noqa: A002
        sub_type: Annotated[str | None, Query(max_length=100, description="ACLED sub-event type")] = None,
        since: Annotated[dt.date | None, Query(description="events whose best date is on or after")] = None,
        until: Annotated[dt.date | None, Query(description="events whose best date is on or before")] = None,
        disputed: Annotated[bool | None, Query(description="only (un)disputed events")] = None,
        bbox: Annotated[str | None, Query(max_length=100, description="west,south,east,north")] = None,
        outlet: Annotated[str | None, Query(max_length=200, description="reported by this outlet")] = None,
        reported_by: Annotated[str | None, Query(max_length=200, description=(
            "reported by an outlet of this kind (wire, state_media, ..., or state) or by this outlet "
            "(any of its names or its domain; a syndicated copy counts for its wire too)"))] = None,
        single_perspective: Annotated[bool, Query(description=(
            "only events whose sources all share one perspective (/events only)"))] = False,
    ):
        self.request = request
        self.kwargs = {"place": place, "actor": actor, "event_type": type, "sub_event_type": sub_type, "since": since,
                       "until": until, "disputed": disputed, "bbox": parse_bbox(bbox), "outlet": outlet,
                       "reported_by": reported_by}
        self.single_perspective = single_perspective

    def resolved(self, con) -> dict[str, Any]:
        """The filters resolved as the CLI resolves them (``sitrep.query.filters``): names to ids,
        types to ACLED's spelling, an unknown name E_INVALID with the closest known names; a
        ``reported_by`` kind or outlet expanded to the outlet names it stands for."""
        kwargs = dict(self.kwargs)
        if kwargs["reported_by"]:
            kwargs["reported_by"] = reported_by_names(kwargs["reported_by"])
        view = self.request.app.state.sitrep.view(con)
        found = resolve_filters(view, place=kwargs["place"], actor=kwargs["actor"], type=kwargs["event_type"],
                                sub_type=kwargs["sub_event_type"], since=kwargs["since"], until=kwargs["until"],
                                gazetteer=_CachedGazetteer(self.request.app.state.sitrep, con)
                                if kwargs["place"] else None)
        kwargs.update(place=found.place, actor=found.actor, event_type=found.event_type,
                      sub_event_type=found.sub_event_type)
        return kwargs


class _CachedGazetteer:
    """The server's index of the store's GeoNames rows, built only when a lookup needs it."""

    def __init__(self, state, con):
        self.state, self.con = state, con

    def lookup(self, text: str):
        return self.state.gazetteer(self.con).lookup(text)


Filters = Annotated[EventFilters, Depends(EventFilters)]


# ------------------------------------------------------------------------------ routes


@router.get("/health", tags=["meta"])
def health(store: StoreDep, con: Cur) -> dict[str, Any]:
    return {"status": "ok", "schema_version": store.schema_version(con), "events": store.count_events(con=con)}


@router.get("/documents", tags=["documents"])
def list_documents(
    store: StoreDep,
    con: Cur,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    cursor: Annotated[str | None, Query(max_length=200, description="next_cursor of the previous page")] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
) -> dict[str, Any]:
    rows = store.serve_documents(after=cursor, limit=limit + 1, outlet=outlet, con=con)
    more = len(rows) > limit
    rows = rows[:limit]
    return {"items": rows, "next_cursor": rows[-1]["doc_id"] if more else None}


@router.get("/documents/{doc_id}", tags=["documents"])
def get_document(doc_id: str, store: StoreDep, con: Cur) -> dict[str, Any]:
    """A document with its text and ``passages``: the spans that gave events and claims, each with
    what it gave (the document page highlights them)."""
    doc = store.serve_document(doc_id, con=con)
    if doc is None:
        raise _no_such("document", doc_id)
    view = _view(store, con)
    passages = []
    for event_id in view.events_of_docs([doc_id]):
        event = store.get_event(event_id, con=con)
        for r in (event.reports if event else []):
            if r.doc_id == doc_id:
                passages.append({"kind": "event", "char_start": r.char_start, "char_end": r.char_end,
                                 "event_id": event_id, "label": event.sub_event_type or event.event_type})
    for claim in store.list_claims(doc_id=doc_id, limit=1000, con=con):
        c = claim.model_dump(mode="json")
        span = c.get("span") or {}
        if span.get("char_end"):
            passages.append({"kind": "claim", "char_start": span["char_start"], "char_end": span["char_end"],
                             "claim_id": c.get("claim_id"), "label": f"claim: {c.get('verb') or c.get('stance')}"})
    passages.sort(key=lambda p: (p["char_start"], -p["char_end"]))
    return doc | {"passages": passages}


@router.get("/events", tags=["events"])
def list_events(
    store: StoreDep,
    con: Cur,
    filters: Filters,
    sort: SortName = "date",
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    cursor: Annotated[str | None, Query(max_length=500, description="next_cursor of the previous page")] = None,
) -> dict[str, Any]:
    after = decode_cursor(cursor, sort) if cursor else None
    if filters.single_perspective:
        rows = _single_perspective_rows(filters.request, store, con, filters.resolved(con), sort, after, limit + 1)
    else:
        rows = store.serve_events(**filters.resolved(con), sort=sort, after=after, limit=limit + 1, con=con)
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(sort, rows[-1][0], rows[-1][1].event_id) if more else None
    return json_response({"items": [event_summary(e) for _, e in rows], "next_cursor": next_cursor})


def _single_perspective_rows(request: Request, store: Store, con, kwargs: dict, sort: str, after, want: int) -> list:
    """Pages of the filtered listing, kept where the event's sources share one perspective, until
    ``want`` rows (coverage is computed from documents and claims, not a column to filter on)."""
    view = request.app.state.sitrep.view(con)
    out: list = []
    page = max(want, 200)
    while len(out) < want:
        batch = store.serve_events(**kwargs, sort=sort, after=after, limit=page, con=con)
        covered = coverage_of(view, [e for _, e in batch], con=con)
        out += [(k, e) for k, e in batch if covered[e.event_id].single_perspective]
        if len(batch) < page:
            break
        after = (batch[-1][0], batch[-1][1].event_id)
    return out[:want]


@router.get("/events/{event_id}", tags=["events"])
def get_event(event_id: str, request: Request, store: StoreDep, con: Cur) -> dict[str, Any]:
    """One event with its reports (each with its quote and document), versions, claims, history,
    and its coverage: who reported it, whose statements each report relays, the perspective."""
    return event_page(store, request.app.state.sitrep.view(con), event_id, con)


@router.get("/events/{event_id}/why-apart/{other_id}", tags=["events"])
def why_apart(event_id: str, other_id: str, request: Request, store: StoreDep, con: Cur) -> dict[str, Any]:
    """Why two events are not one: each fusion test on each pair of their reports, with its outcome
    and numbers, and the cannot-link rules that fire (``sitrep.fuse.why_apart``)."""
    from sitrep.fuse.why_apart import as_dict, explain_events
    from sitrep.knowledge.actor_knowledge import ActorKnowledge

    rows = store.event_mentions_of_events([event_id, other_id], con=con)
    mine = {e: [m for m, x in rows if x == e] for e in (event_id, other_id)}
    for e, ms in mine.items():
        if not ms:
            raise _no_such("event", e)
    knowledge = ActorKnowledge(request.app.state.sitrep.actor_base())
    return json_response(as_dict(explain_events(event_id, mine[event_id], other_id, mine[other_id], knowledge)))


@router.get("/disputes", tags=["events"])
def list_disputes(store: StoreDep, con: Cur, limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> list[dict[str, Any]]:
    rows = store.serve_events(disputed=True, sort="date", limit=limit, con=con)
    return [{**event_summary(e), "disputes": [d.model_dump(mode="json") for d in e.disputes]} for _, e in rows]


@router.get("/claims", tags=["events"])
def list_claims(
    store: StoreDep,
    con: Cur,
    doc_id: Annotated[str | None, Query(max_length=100)] = None,
    speaker: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> list[dict[str, Any]]:
    """Claims, each with its speaker's name; ``speaker`` is resolved as the CLI resolves it (any
    spelling of an actor or a person; an unknown one is E_INVALID with the closest names)."""
    view = _view(store, con)
    speakers = resolve_actor(view, speaker) if speaker else [None]
    found: dict[str, dict] = {}
    for who in speakers:
        for c in store.list_claims(doc_id=doc_id, speaker=who, limit=limit, con=con):
            found.setdefault(c.claim_id, c.model_dump(mode="json"))
    claims = sorted(found.values(), key=lambda c: (c["span"]["doc_id"], c["span"]["char_start"]))[:limit]
    names = ActorNames(view)
    return [c | {"speaker_name": names(c["speaker"]) if c.get("speaker") else None} for c in claims]


@router.get("/map", tags=["events"])
def event_map(store: StoreDep, con: Cur, filters: Filters,
              limit: Annotated[int, Query(ge=1, le=20000)] = 5000) -> dict[str, Any]:
    """A compact GeoJSON FeatureCollection of located events (for the map and the timeline)."""
    # DuckDB writes each feature's JSON from the flat columns (never the events' JSON ``data``);
    # building and encoding 5,000 Python dicts cost more than the query (jsonable_encoder ~300 ms)
    features, unlocated = store.serve_map_features(**filters.resolved(con), limit=limit, con=con)
    body = ('{"type":"FeatureCollection","features":[' + ",".join(features)
            + '],"unlocated":' + str(unlocated) + "}")
    return Response(body.encode(), media_type="application/json")


@router.get("/actors", tags=["actors"])
def list_actors(store: StoreDep, con: Cur) -> list[dict[str, Any]]:
    """Actors (outlets and news agencies left out) and the persons named in the documents
    (kind ``person``, with role and affiliation)."""
    view = _view(store, con)
    outlets = outlet_names(view, con)
    actors = [a for a in store.serve_actors(con=con) if not is_outlet(a["actor_id"], a["name"], outlets)]
    return actors + [p | {"events": 0} for p in person_listing(view, con)]


def _view(store: Store, con) -> Store:
    """The store's queries bound to the request's cursor (as ``ServerState.view``)."""
    return store.bound(con)


@router.get("/actors/{actor_id}", tags=["actors"])
def get_actor(actor_id: str, store: StoreDep, con: Cur) -> dict[str, Any]:
    """An actor with aliases, lineage (predecessors and successors) and its events by side."""
    actor = store.serve_actor(actor_id, con=con)
    if actor is None:
        person = find_person(_view(store, con), actor_id, con)
        if person is None:
            raise _no_such("actor", actor_id)
        return {**person_record(_view(store, con), person, con=con), "events_side1": [], "events_side2": [],
                "corrections": []}
    side1, side2 = [], []
    for _, e in store.serve_events(actor=actor_id, sort="-date", limit=2000, con=con):
        (side1 if e.actor1 == actor_id or actor_id in e.assoc_actor_1 else side2).append(event_summary(e))
    return {**actor, "events_side1": side1, "events_side2": side2,
            "corrections": store.list_corrections(target=actor_id, con=con)}


@router.get("/overview", tags=["events"])
def overview(store: StoreDep, con: Cur) -> dict[str, Any]:
    """Counts by event type, by actor (with names) and fatalities by admin1; each admin1 row names
    the ids of the offline admin-1 borders (``/static/vendor/admin1/admin1.json``) that draw it."""
    data = store.serve_overview(con=con)
    names = ActorNames(_view(store, con))
    for row in data["by_actor"]:
        row["name"] = names(row["actor_id"])
    countries = sorted({r["country"] for r in data["by_admin1"] if r.get("country")})
    attach_borders(data["by_admin1"], store.serve_admin_areas(countries, con=con))
    return data


@router.get("/labels", tags=["places"])
def town_labels(store: StoreDep, con: Cur,
                bbox: Annotated[str, Query(max_length=100, description="west,south,east,north")],
                limit: Annotated[int, Query(ge=1, le=200)] = 40) -> list[dict[str, Any]]:
    """Towns to label on the map in this view (from the imported GeoNames dumps; offline)."""
    box = parse_bbox(bbox)
    if box is None:
        raise SitrepError(ErrorCode.invalid, "bbox is required: west,south,east,north in degrees")
    return store.gazetteer_labels(box, limit=limit, con=con)


@router.get("/places", tags=["places"])
def list_places(store: StoreDep, con: Cur) -> list[dict[str, Any]]:
    return store.serve_places(con=con)


@router.get("/places/{place_id}", tags=["places"])
def get_place(place_id: str, store: StoreDep, con: Cur) -> dict[str, Any]:
    """A place with its events and its control history (periods of who held it)."""
    events = [event_summary(e) for _, e in store.serve_events(place=_place_key(place_id), sort="date",
                                                                limit=5000, con=con)]
    control = [c.model_dump(mode="json") for c in store.serve_control(place_id, con=con)]
    gaz = store.serve_gazetteer_place(place_id, con=con)
    if not events and not control and gaz is None:
        raise _no_such("place", place_id)
    name = (gaz or {}).get("name") or (events[0]["location"] if events else None) or (
        control[0]["place_name"] if control else place_id)
    lat = (gaz or {}).get("latitude") or (events[0]["latitude"] if events else None)
    lon = (gaz or {}).get("longitude") or (events[0]["longitude"] if events else None)
    return {"place_id": place_id, "name": name, "latitude": lat, "longitude": lon,
            "country": (gaz or {}).get("country") or (events[0]["country"] if events else None),
            "events": events, "control": control}


def _place_key(place_id: str) -> str:
    """``name:<location>`` ids (places without a gazetteer id) filter by location name."""
    return place_id[5:] if place_id.startswith("name:") else place_id


@router.get("/places/{place_id}/control", tags=["places"])
def place_control(place_id: str, store: StoreDep, con: Cur) -> list[dict[str, Any]]:
    return [c.model_dump(mode="json") for c in store.serve_control(place_id, con=con)]


@router.get("/control", tags=["places"])
def all_control(store: StoreDep, con: Cur) -> list[dict[str, Any]]:
    return [c.model_dump(mode="json") for c in store.serve_control(None, con=con)]


@router.get("/sources", tags=["sources"])
def list_sources(store: StoreDep, con: Cur) -> list[dict[str, Any]]:
    """Outlets: documents, events reported, and the events only that outlet reported."""
    return store.serve_sources(con=con)


@router.get("/corrections", tags=["corrections"])
def list_corrections(
    store: StoreDep,
    con: Cur,
    target: Annotated[str | None, Query(max_length=200)] = None,
    kind: Annotated[str | None, Query(max_length=50)] = None,
) -> list[dict[str, Any]]:
    return store.list_corrections(target=target, kind=kind, con=con)


@router.get("/events/{event_id}/history", tags=["events"])
def event_history(event_id: str, store: StoreDep, con: Cur) -> list[dict[str, Any]]:
    return store.event_history(event_id, con=con)
