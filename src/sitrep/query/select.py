"""Choosing the events an output covers (actors are named by ``sitrep.knowledge.actor_names.ActorNames``).

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

from sitrep.model import Event
from sitrep.store import Store
from sitrep.store.events import encode_cursor

__all__ = ["at_place", "comparable_name", "in_period", "iter_events", "select_events"]

log = logging.getLogger(__name__)


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
    store: Store,
    since: dt.date | None = None,
    until: dt.date | None = None,
    place: str | None = None,
    include_background: bool = True,
) -> list[Event]:
    """The store's fused events in the period and place, ordered by date then id.

    The store filters by period (and by place id, location or admin1 name); a place that matches
    none of those is then looked for among admin2 and country names of the period's events.
    """
    events = store.list_events(since=since, until=until, place=place) if place else []
    if not events:
        events = store.list_events(since=since, until=until)
    events = [e for e in events if in_period(e, since, until) and at_place(e, place)]
    if not include_background:
        events = [e for e in events if e.modality.value != "background"]
    events.sort(key=lambda e: (e.date.earliest if e.date else dt.date.max, e.event_id))
    return events


def iter_events(
    store: Store,
    since: dt.date | None = None,
    until: dt.date | None = None,
    place: str | None = None,
    page: int = 5000,
) -> Iterator[Event]:
    """The same selection as ``select_events``, streamed page by page (keyset pagination), so an
    export of a million events never holds them all in memory."""
    sql_place = place if place and store.list_events(since=since, until=until, place=place, limit=1) else None
    after = None
    while True:
        batch = store.list_events(since=since, until=until, place=sql_place, limit=page, after=after)
        for event in batch:
            if in_period(event, since, until) and at_place(event, place):
                yield event
        if len(batch) < page:
            return
        after = encode_cursor(batch[-1])
