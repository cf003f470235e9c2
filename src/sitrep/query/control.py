"""Who held a place over time, as the CLI and the API show it: the periods fusion derived
(``sitrep.fuse.control``), with holder names, evidence events and caveats."""

from __future__ import annotations

import datetime as dt

from sitrep.errors import ErrorCode, SitrepError
from sitrep.fuse.control import control_caveat
from sitrep.knowledge.actor_knowledge import ActorKnowledge
from sitrep.knowledge.actor_names import ActorNames
from sitrep.query.resolve import resolve_place
from sitrep.store import Store


def control_history(store: Store, place: str, on: dt.date | None = None,
                    knowledge: ActorKnowledge | None = None) -> list[dict]:
    """Who held ``place`` (any name, spelling or id), with holder names and the evidence events;
    only the period covering ``on`` when given.  The CLI and the API answer with these rows.
    ``knowledge``: the actor base that tells the holder's camp (default: the configured files').
    Raises ``E_NO_SUCH_RECORD`` when no place of that name is known."""
    found = resolve_place(store, place)
    if not found:
        raise SitrepError(ErrorCode.not_found_record, f"no place called {place!r} in the store")
    names = ActorNames(store)
    rows = []
    for place_id, _name in found:
        for p in store.list_control_periods(place_id, on=on):
            evidence = []
            events = store.get_events(p.evidence)
            for e in events:
                evidence.append({"event_id": e.event_id, "event_date": e.date.best.isoformat() if e.date else None,
                                 "sub_event_type": e.sub_event_type,
                                 "quote": e.reports[0].quote if e.reports else None})
            caveat, disputed_by = control_caveat(events, p.holder, names, knowledge)
            rows.append({"place": p.place_name, "place_id": p.place_id, "holder": names(p.holder),
                         "holder_id": p.holder, "from": p.start, "to": p.end, "evidence": evidence,
                         "caveat": caveat, "disputed_by": disputed_by})
    return rows
