"""Choosing the events an output covers, and naming the actors in them.

Shared by exports and situation reports.  Events come from the fuse stage's store queries
(``Store.list_events``); the period and place filters are applied here so that every output
selects events the same way: an event is in a period when its date interval overlaps it, and
at a place when the name matches its location or one of its admin areas.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Iterator

from sitrep.model import Actor, Event

log = logging.getLogger(__name__)

# ACLED "inter" codes by actor category (the ``kind`` of a knowledge-base actor)
INTER_CODES = {
    "state_forces": 1,
    "rebel_group": 2,
    "political_militia": 3,
    "identity_militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external_forces": 8,
    "external_other": 8,  # outside forces (Wagner, Africa Corps, France) and foreign states
    "other": 8,
}


def comparable_name(text: str) -> str:
    """Lower-case, accents removed, whitespace folded: 'Tombouctou ' ~ 'tombouctou'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().casefold()


def in_period(event: Event, since: dt.date | None, until: dt.date | None) -> bool:
    """True when the event's best date is in [since, until] (as ``sitrep.query.filters`` says);
    undated events only without bounds."""
    if since is None and until is None:
        return True
    if event.date is None:
        return False
    if since is not None and event.date.best < since:
        return False
    if until is not None and event.date.best > until:
        return False
    return True


def at_place(event: Event, place: str | list[str] | None) -> bool:
    """True when ``place`` names the event's location, admin areas or country (case/accent-insensitive);
    a list is a place already resolved by ``sitrep.query.filters.resolve_place`` (ids and names)."""
    if not place:
        return True
    if isinstance(place, list):
        return any(at_place(event, p) for p in place)
    wanted = comparable_name(place)
    names = [event.location, event.admin1, event.admin2, event.country, event.place_id]
    return any(n and comparable_name(n) == wanted for n in names)


def select_events(
    store,
    since: dt.date | None = None,
    until: dt.date | None = None,
    place: str | None = None,
    include_background: bool = True,
) -> list[Event]:
    """The store's fused events in the period and place, ordered by date then id.

    The store filters by period (and by place id, location or admin1 name); a place that matches
    none of those is then looked for among admin2 and country names of the period's events.
    """
    list_events = getattr(store, "list_events", None)
    if list_events is None:  # the fuse stage's queries are not there: nothing fused yet
        log.warning("this store has no event queries; no events to output")
        return []
    events = list_events(since=since, until=until, place=place) if place else []
    if not events:
        events = list_events(since=since, until=until)
    events = [e for e in events if in_period(e, since, until) and at_place(e, place)]
    if not include_background:
        events = [e for e in events if e.modality.value != "background"]
    events.sort(key=lambda e: (e.date.earliest if e.date else dt.date.max, e.event_id))
    return events


def iter_events(
    store,
    since: dt.date | None = None,
    until: dt.date | None = None,
    place: str | None = None,
    page: int = 5000,
) -> Iterator[Event]:
    """The same selection as ``select_events``, streamed page by page (keyset pagination), so an
    export of a million events never holds them all in memory."""
    list_events = getattr(store, "list_events", None)
    if list_events is None:
        log.warning("this store has no event queries; no events to output")
        return
    from sitrep.store.events import encode_cursor

    sql_place = place if place and list_events(since=since, until=until, place=place, limit=1) else None
    after = None
    while True:
        batch = list_events(since=since, until=until, place=sql_place, limit=page, after=after)
        for event in batch:
            if in_period(event, since, until) and at_place(event, place):
                yield event
        if len(batch) < page:
            return
        after = encode_cursor(batch[-1])


class ActorNames:
    """Actor id → display name and ACLED category.

    Names come from the fuse stage's ``sitrep.query.names.ActorNames`` (store's actor table, then the
    knowledge base, then the id), so exports, reports and the API name actors alike; ``actors``
    given here (tests, callers holding the base) take precedence.  Answers are cached.
    """

    def __init__(self, store=None, actors: dict[str, Actor] | None = None):
        self.store = store
        self._actors: dict[str, Actor] = dict(actors or {})
        self._names = None
        self._kinds: dict[str, str | None] = {}

    def _namer(self):
        if self._names is None:
            try:
                from sitrep.query.names import ActorNames as FuseNames

                self._names = FuseNames(self.store)
            except ImportError:  # fusion not installed: readable ids
                self._names = readable_id
        return self._names

    def name(self, actor_id: str | None) -> str:
        if not actor_id:
            return ""
        if actor_id in self._actors:
            return self._actors[actor_id].name
        return self._namer()(actor_id)

    def kind(self, actor_id: str | None) -> str | None:
        if not actor_id:
            return None
        if actor_id in self._actors:
            return self._actors[actor_id].kind
        if actor_id not in self._kinds:
            self._kinds[actor_id] = self._lookup_kind(actor_id)
        return self._kinds[actor_id]

    def _lookup_kind(self, actor_id: str) -> str | None:
        actor_row = getattr(self.store, "actor_row", None) if self.store is not None else None
        if actor_row is not None:
            try:
                row = actor_row(actor_id)
            except Exception:  # an unreadable actor row: no category rather than a failed export
                log.debug("actor_row failed for %s", actor_id, exc_info=True)
                row = None
            if row and row.get("kind"):
                return row["kind"]
        try:
            from sitrep.query.names import actor_kind

            return actor_kind(actor_id)
        except ImportError:
            return None

    def inter(self, actor_id: str | None) -> int | None:
        kind = self.kind(actor_id)
        return INTER_CODES.get(kind) if kind else None


def readable_id(actor_id: str) -> str:
    """'org:azawad liberation front' → 'Azawad Liberation Front'; 'person:x' → 'X'."""
    body = actor_id.split(":", 1)[-1]
    body = re.sub(r"[-_]+", " ", body).strip()
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in body.split())
