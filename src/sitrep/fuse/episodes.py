"""Outcome claims about a battle reach the change of hands at the same place.

A battle and the loss of its town are often two events (an offensive on Saturday, the garrison's
retreat confirmed on Tuesday), yet a side's claim to have *won* the battle ("our forces defeated
the militants") contradicts a report that the same side was *forced out* of the town: the two
sources disagree about one episode.  So a transfer (or withdrawal) event also weighs, for its
outcome dispute, the defender-victory reports of the battles at its place on overlapping dates
whose defender is the side that lost the place (``linked_reports``).  The battle keeps its reports;
the transfer's dispute cites them (the ``Version`` names their mention ids and outlets).

Because a transfer's disputes now depend on the battles around it, fusion recomputes every transfer
at a place whenever an event there changes, comes or goes (``link_episodes``): the result depends
only on the set of events, so fusing one by one still equals a rebuild.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sitrep.fuse.control import WITHDRAWAL_LABELS, may_change_control
from sitrep.fuse.disputes import same_side
from sitrep.fuse.match import TRANSFER_SUBTYPES
from sitrep.model import Event, EventMention, Modality

DEFENDER_VICTORY = "defender_victory"


def is_transfer(e: Event) -> bool:
    return e.event_type == "Battles" and may_change_control(e) or e.sub_event_type in TRANSFER_SUBTYPES


def is_battle(e: Event) -> bool:
    return e.event_type == "Battles" and not is_transfer(e)


def losers(e: Event) -> set[str]:
    """The side that lost the place: side 2 of the transfer."""
    return {a for a in [e.actor2, *e.assoc_actor_2] if a}


def linked_reports(transfer: Event, battles: Sequence[tuple[Event, Sequence[EventMention]]]) -> list[EventMention]:
    """The defender-victory reports of ``battles`` that contradict ``transfer``: same place, dates
    that meet (no slack), and a defender (side 2) that is the transfer's loser (or the same side:
    an army and its government, a force under its new name)."""
    if transfer.date is None or not transfer.place_id:
        return []
    lost = losers(transfer)
    out = []
    for battle, mentions in battles:
        if battle.event_id == transfer.event_id or battle.place_id != transfer.place_id or battle.date is None:
            continue
        if not battle.date.overlaps(transfer.date):
            continue
        for m in mentions:
            if m.version != DEFENDER_VICTORY or m.modality == Modality.denied:
                continue
            if m.date is not None and not m.date.overlaps(transfer.date):
                continue
            if any(same_side(d, x) for d in m.side2 for x in lost):
                out.append(m)
    return sorted(out, key=lambda m: m.mention_id)


# (event, its mentions, linked reports, whether the event is a stored one outside this batch) → event
Rebuild = Callable[[Event, list[EventMention], list[EventMention], bool], Event]


def link_episodes(store, new_events: list[Event], mentions_of: dict[str, list[EventMention]],
                  gone: set[str], old_places: set[str], rebuild: Rebuild) -> list[Event]:
    """``new_events`` with every transfer at a touched place rebuilt with its linked reports, plus
    the stored transfers there whose disputes change (they are saved as changed events).

    ``mentions_of``: the mentions of each new event (filled in for the stored ones it reads);
    ``gone``: ids of events that no longer exist; ``old_places``: where changed or removed events
    were before; ``rebuild`` builds an event again with linked reports."""
    places = sorted(({e.place_id for e in new_events if e.place_id} | old_places) - {None})
    if not places:
        return new_events
    new_by_id = {e.event_id: e for e in new_events}
    at_place: dict[str, dict[str, Event]] = {p: {} for p in places}
    # only transfers and battles with a defender's victory claim matter: two filtered lookups
    for e in store.control_events(places, sorted(TRANSFER_SUBTYPES), [*sorted(WITHDRAWAL_LABELS), DEFENDER_VICTORY]):
        if e.event_id not in gone and e.event_id not in new_by_id and e.place_id in at_place:
            at_place[e.place_id][e.event_id] = e
    for e in new_events:
        if e.place_id in at_place:
            at_place[e.place_id][e.event_id] = e
    out = dict(new_by_id)
    for p in places:
        events = at_place[p]
        transfers = [e for e in events.values() if is_transfer(e)]
        battles = [e for e in events.values() if is_battle(e)]
        if not transfers:
            continue
        claimed = [b for b in battles if any(r.version == DEFENDER_VICTORY for r in b.reports)]
        stale = [t for t in transfers if _cites_others(t)]
        if not claimed and not stale:
            continue
        need = sorted({e.event_id for e in (*claimed, *transfers)} - set(mentions_of))
        if need:
            for m, eid in store.event_mentions_of_events(need):
                mentions_of.setdefault(eid, []).append(m)
        pairs = [(b, mentions_of.get(b.event_id, [])) for b in claimed]
        for t in transfers:
            linked = linked_reports(t, pairs)
            if not linked and not _cites_others(t):
                continue
            rebuilt = rebuild(t, mentions_of.get(t.event_id, []), linked, t.event_id not in new_by_id)
            if t.event_id in new_by_id or rebuilt != t:
                out[t.event_id] = rebuilt
    return list(out.values())


def _cites_others(e: Event) -> bool:
    """Whether a dispute of ``e`` cites a report that is not its own (a link made earlier)."""
    own = {r.mention_id for r in e.reports}
    return any(mid not in own for d in e.disputes for v in d.versions for mid in v.mention_ids)
