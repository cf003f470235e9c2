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
from collections.abc import Iterable

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
    "other": 8,
}


def _fold(text: str) -> str:
    """Lower-case, accents removed, whitespace folded: 'Tombouctou ' ~ 'tombouctou'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().casefold()


def in_period(event: Event, since: dt.date | None, until: dt.date | None) -> bool:
    """True when the event's date interval overlaps [since, until]; undated events only without bounds."""
    if since is None and until is None:
        return True
    if event.date is None:
        return False
    if since is not None and event.date.latest < since:
        return False
    if until is not None and event.date.earliest > until:
        return False
    return True


def at_place(event: Event, place: str | None) -> bool:
    """True when ``place`` names the event's location, admin areas or country (case/accent-insensitive)."""
    if not place:
        return True
    wanted = _fold(place)
    names = [event.location, event.admin1, event.admin2, event.country, event.place_id]
    return any(n and _fold(n) == wanted for n in names)


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


class ActorNames:
    """Actor id → display name and ACLED category, from the store's actor base when it has one.

    Unknown ids (organisations found in text, ``org:<name>``) get a readable form of the id.
    Looked-up actors are cached: an export of many events asks for the same few actors.
    """

    def __init__(self, store=None, actors: dict[str, Actor] | None = None):
        self.store = store
        self._actors: dict[str, Actor | None] = dict(actors or {})
        self._knowledge = None
        self._names: dict[str, str] = {}

    def actor(self, actor_id: str) -> Actor | None:
        if actor_id not in self._actors:
            self._actors[actor_id] = self._lookup(actor_id)
        return self._actors[actor_id]

    def _lookup(self, actor_id: str) -> Actor | None:
        get_actor = getattr(self.store, "get_actor", None) if self.store is not None else None
        if get_actor is not None:
            try:
                found = get_actor(actor_id)
                if found is not None:
                    return found if isinstance(found, Actor) else Actor.model_validate(found)
            except Exception:  # a missing or malformed actor row must not stop an export
                log.debug("no actor %s in the store", actor_id, exc_info=True)
            return None  # the store's actor base is authoritative when it has one
        actors = self._knowledge_actors()
        if actors is not None and hasattr(actors, "get"):
            try:
                return actors.get(actor_id)
            except Exception:
                return None
        return None

    def _knowledge_actors(self):
        if self._knowledge is None:
            try:
                from sitrep.knowledge import load_knowledge

                self._knowledge = load_knowledge(self.store)
            except Exception:  # knowledge not loadable: names fall back to the ids
                log.debug("knowledge not loadable", exc_info=True)
                self._knowledge = False
        return getattr(self._knowledge, "actors", None) if self._knowledge else None

    def name(self, actor_id: str | None) -> str:
        if not actor_id:
            return ""
        actor = self.actor(actor_id)
        if actor is not None:
            return actor.name
        if actor_id not in self._names:
            self._names[actor_id] = self._stored_name(actor_id) or readable_id(actor_id)
        return self._names[actor_id]

    def _stored_name(self, actor_id: str) -> str | None:
        actor_names = getattr(self.store, "actor_names", None) if self.store is not None else None
        if actor_names is None:
            return None
        try:
            return actor_names([actor_id]).get(actor_id)
        except Exception:  # the actor table missing or unreadable: fall back to the id
            log.debug("actor_names failed", exc_info=True)
            return None

    def inter(self, actor_id: str | None) -> int | None:
        if not actor_id:
            return None
        actor = self.actor(actor_id)
        if actor is None:
            return None
        return INTER_CODES.get(actor.kind)


def readable_id(actor_id: str) -> str:
    """'org:azawad liberation front' → 'Azawad Liberation Front'; 'person:x' → 'X'."""
    body = actor_id.split(":", 1)[-1]
    body = re.sub(r"[-_]+", " ", body).strip()
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in body.split())
