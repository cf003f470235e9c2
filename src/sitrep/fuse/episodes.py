"""Outcome claims about a battle reach the change of hands at the same place.

A battle and the loss of its town are often two events (an offensive on Saturday, the garrison's
retreat confirmed on Tuesday), yet a side's claim to have *won* the battle ("our forces defeated
the militants") contradicts a report that the same side was *forced out* of the town: the two
sources disagree about one episode.  So a transfer (or withdrawal) event also weighs, for its
outcome dispute, the defender-victory reports of the battles at its place on overlapping dates
whose defender is the side that lost the place (``linked_reports``).  The battle keeps its reports;
the transfer's dispute cites them (the ``Version`` names their mention ids and outlets).

Because a transfer's disputes now depend on the battles around it, fusion recomputes the transfers
at a place on dates that meet a transfer or claimed battle that changed, came or went
(``link_episodes``): the result depends only on the set of events, so fusing one by one still
equals a rebuild.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sitrep.analyse.versions import DEFENDER_VICTORY
from sitrep.fuse.control import WITHDRAWAL_LABELS, may_change_control
from sitrep.knowledge.actor_knowledge import ActorKnowledge
from sitrep.fuse.match import TRANSFER_SUBTYPES
from sitrep.model import Event, EventMention, Modality


def is_transfer(e: Event) -> bool:
    return (e.event_type == "Battles" and may_change_control(e)) or e.sub_event_type in TRANSFER_SUBTYPES


def is_battle(e: Event) -> bool:
    return e.event_type == "Battles" and not is_transfer(e)


def losers(e: Event) -> set[str]:
    """The side that lost the place: side 2 of the transfer."""
    return {a for a in [e.actor2, *e.assoc_actor_2] if a}


def linked_reports(transfer: Event, battles: Sequence[tuple[Event, Sequence[EventMention]]],
                   knowledge: ActorKnowledge) -> list[EventMention]:
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
            if any(knowledge.same_side(d, x) for d in m.side2 for x in lost):
                out.append(m)
    return sorted(out, key=lambda m: m.mention_id)


# (event, its mentions, linked reports, whether the event is a stored one outside this batch) → event
Rebuild = Callable[[Event, list[EventMention], list[EventMention], bool], Event]


def _bears_on_links(e: Event) -> bool:
    """Whether ``e`` can take part in a link: a transfer, or a battle with a defender's claim."""
    return bool(e.place_id and e.date) and (is_transfer(e) or any(r.version == DEFENDER_VICTORY for r in e.reports))


# above this many places, one filtered query for all of them instead of one date-bounded query each
_PER_PLACE_QUERIES = 64


Windows = dict[str, tuple]  # place id -> (earliest, latest)


def _windows(events: Sequence[Event]) -> Windows:
    """Per place, the span of these (dated, placed) events' dates."""
    out: Windows = {}
    for e in events:
        lo, hi = out.get(e.place_id, (e.date.earliest, e.date.latest))
        out[e.place_id] = (min(lo, e.date.earliest), max(hi, e.date.latest))
    return out


def _neighbours(store, windows: Windows) -> list[Event]:
    """Stored events at these places whose dates meet the place's window."""
    if len(windows) <= _PER_PLACE_QUERIES:
        return [e for p, (lo, hi) in sorted(windows.items()) for e in store.list_events(place=[p], since=lo, until=hi)]
    found = store.control_events(sorted(windows), sorted(TRANSFER_SUBTYPES),
                                 [*sorted(WITHDRAWAL_LABELS), DEFENDER_VICTORY])
    return [e for e in found if e.date is not None and windows[e.place_id][0] <= e.date.latest
            and e.date.earliest <= windows[e.place_id][1]]


def _current(store, windows: Windows, new_by_id: dict[str, Event], gone: set[str]) -> dict[str, dict[str, Event]]:
    """place → {event id → event}: the stored events in the windows as this batch leaves them."""
    at_place: dict[str, dict[str, Event]] = {p: {} for p in windows}
    for e in _neighbours(store, windows):
        if e.event_id not in gone and e.event_id not in new_by_id and e.place_id in at_place:
            at_place[e.place_id][e.event_id] = e
    for e in new_by_id.values():
        if e.place_id in at_place and e.date is not None:
            lo, hi = windows[e.place_id]
            if e.date.earliest <= hi and lo <= e.date.latest:
                at_place[e.place_id][e.event_id] = e
    return at_place


def link_episodes(store, new_events: list[Event], mentions_of: dict[str, list[EventMention]],
                  gone: set[str], old_events: Sequence[Event], rebuild: Rebuild,
                  knowledge: ActorKnowledge) -> list[Event]:
    """``new_events`` with every transfer whose links may change rebuilt with its linked reports,
    plus the stored transfers whose disputes change (they are saved as changed events).

    The transfers concerned are those on dates that meet a transfer or claimed battle this batch
    changes, adds or removes; each is then weighed against every battle on its own dates.
    ``mentions_of``: the mentions of each new event (filled in for the stored ones it reads);
    ``gone``: ids of events that no longer exist; ``old_events``: the stored versions of the events
    this batch changes or removes (a link they had may go); ``rebuild`` builds an event again with
    linked reports; ``knowledge``: the actor base that tells a loser's camp."""
    triggers = [e for e in (*new_events, *old_events) if _bears_on_links(e)]
    if not triggers:
        return new_events
    new_by_id = {e.event_id: e for e in new_events}
    near = _current(store, _windows(triggers), new_by_id, gone)
    concerned = [e for events in near.values() for e in events.values() if is_transfer(e) and e.date is not None]
    if not concerned:
        return new_events
    # every battle on the concerned transfers' own dates (they may reach beyond the triggers')
    around = _current(store, _windows(concerned), new_by_id, gone)
    out = dict(new_by_id)
    for p in sorted({t.place_id for t in concerned}):
        transfers = [t for t in concerned if t.place_id == p]
        claimed = [e for e in around[p].values()
                   if is_battle(e) and any(r.version == DEFENDER_VICTORY for r in e.reports)]
        if not (claimed or any(_cites_others(t) for t in transfers)):
            continue
        _load(store, mentions_of, [b.event_id for b in claimed])
        pairs = [(b, mentions_of.get(b.event_id, [])) for b in claimed]
        for t in sorted(transfers, key=lambda e: e.event_id):
            linked = linked_reports(t, pairs, knowledge)
            if not linked and not _cites_others(t):
                continue
            _load(store, mentions_of, [t.event_id])
            rebuilt = rebuild(t, mentions_of.get(t.event_id, []), linked, t.event_id not in new_by_id)
            if t.event_id in new_by_id or rebuilt != t:
                out[t.event_id] = rebuilt
    return list(out.values())


def _load(store, mentions_of: dict[str, list[EventMention]], event_ids: list[str]) -> None:
    need = sorted(set(event_ids) - set(mentions_of))
    if need:
        for eid in need:
            mentions_of[eid] = []
        for m, eid in store.event_mentions_of_events(need):
            mentions_of[eid].append(m)


def _cites_others(e: Event) -> bool:
    """Whether a dispute of ``e`` cites a report that is not its own (a link made earlier)."""
    own = {r.mention_id for r in e.reports}
    return any(mid not in own for d in e.disputes for v in d.versions for mid in v.mention_ids)
