"""Incremental fusion: fold new documents' event mentions into the stored events.

Events are the connected components of the symmetric "same event" relation between mentions
(``sitrep.fuse.match.same_event``).  For a batch of documents, fusion:

1. takes as *seeds* the batch's mentions plus every mention of the events those documents
   reported before (a re-analysed document may have changed or dropped mentions, so those events
   may split);
2. asks the store for every seed's candidate mentions of a compatible type whose dates meet (one
   batched range join per 2,000 seeds on a date window: never a comparison with every event);
3. unites each seed with the compatible candidates: another seed, or a whole existing event
   (an existing event is already a closed component, so it joins as one node);
4. drops the components that are no event: background references alone (they only attach to an
   event reported as news, ``makes_event``) and reports no text or article dates;
5. rebuilds the consensus of every resulting component, lets the battles' victory claims reach
   the changes of hands at their places (``sitrep.fuse.episodes``), and saves what changed.

Because components do not depend on arrival order, fusing documents one by one gives the same
events as fusing them all at once (``tests/fuse/test_incremental.py``).  An event keeps its id when
mentions join it; when two events merge the smaller id survives; a new event's id is derived from
its first mention.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable

from sitrep.fuse.aftermath import aftermath_target, aftermath_told_elsewhere, is_aftermath
from sitrep.fuse.build import build_event, denials_about, makes_event, make_event_id, notes
from sitrep.fuse.episodes import link_episodes
from sitrep.fuse.control import may_change_control, update_control
from sitrep.fuse.match import (QUERY_SLACK, SAME_DOC_DATE_SLACK, VIOLENT_TYPES, attachment_target, candidate_types,
                               is_weak, link_strength, same_event)
from sitrep.fuse.split import Tie, UnionFind, components_of, conflicted, split_conflicts
from sitrep.knowledge.actor_knowledge import ActorKnowledge, or_configured
from sitrep.knowledge.actor_names import ActorNames
from sitrep.model import Event, EventMention, Modality

log = logging.getLogger(__name__)

CANDIDATE_BATCH = 2000  # seeds per candidate query
# how many times a conflicted component may open its stored events into their reports
MAX_EXPANSIONS = 2
# the event id of a mention fusion has seen that belongs to no event (a background recall alone, an
# undated report): distinct from NULL, which means "not fused yet" (a crashed run's leftovers)
NO_EVENT = ""


def _windows(m: EventMention) -> list[tuple]:
    """The candidate-query windows of one mention (one per event type it may match)."""
    if m.told_weekday is not None:
        # an undated relay's news: every day it may be (``EventMention.fusion_interval``)
        lo, hi = doc_lo, doc_hi = m.fusion_interval()
    elif m.date is None:
        lo = hi = doc_lo = doc_hi = None
    else:
        lo, hi = m.date.earliest - QUERY_SLACK, m.date.latest + QUERY_SLACK
        doc_lo, doc_hi = m.date.earliest - SAME_DOC_DATE_SLACK, m.date.latest + SAME_DOC_DATE_SLACK
    return [(m.mention_id, t, lo, hi, m.span.doc_id, doc_lo, doc_hi) for t in candidate_types(m)]


def fuse_documents(store, doc_ids: Iterable[str], knowledge: ActorKnowledge | None = None,
                   cause: str = "fuse") -> int:
    """Fold these documents' event mentions into the fused events (one transaction); returns the
    number of events created, changed or removed.  ``knowledge``: the actor base the caller holds
    (categories, camps); the configured files' when not given."""
    doc_ids = sorted(set(doc_ids))
    if not doc_ids:
        return 0
    knowledge = or_configured(knowledge)
    with store.transaction():
        touched, places = _fuse(store, doc_ids, cause, knowledge)
        if places:
            update_control(store, sorted(places), knowledge)
    log.info("fused %d documents: %d events touched", len(doc_ids), touched)
    return touched


def _fuse(store, doc_ids: list[str], cause: str, knowledge: ActorKnowledge) -> tuple[int, set[str]]:
    """One fusion pass: gather the seeds, connect them, build the events and save what changed."""
    prior_events, seeds, old_event_of = _gather_seeds(store, doc_ids)
    components, details = _connect(store, seeds, old_event_of, prior_events, knowledge)
    comps = _assemble(store, components, seeds, details)
    ids, merged_away = _choose_ids(store, comps, old_event_of, prior_events)
    plans = [(ids[i], ms) for i, (_e, ms) in enumerate(comps)]
    new_events, before, gone = _build_events(store, plans, prior_events | merged_away, knowledge)
    return _save(store, seeds, new_events, before, gone, merged_away, cause)


def _gather_seeds(store, doc_ids: list[str]) -> tuple[set[str], dict[str, EventMention], dict[str, str | None]]:
    """The batch's mentions plus every mention of the events those documents reported before (a
    re-analysed document may have changed or dropped mentions, so those events may split), with the
    event each mention belonged to."""
    prior_events = set(store.events_of_docs(doc_ids))
    seeds: dict[str, EventMention] = {}
    old_event_of: dict[str, str | None] = {}
    for m, eid in store.event_mentions_of_docs(doc_ids) + store.event_mentions_of_events(sorted(prior_events)):
        seeds[m.mention_id] = m
        old_event_of[m.mention_id] = eid
        if eid:
            prior_events.add(eid)
    # mentions of prior events may now belong elsewhere: treat them all as seeds
    for m, eid in store.event_mentions_of_events(sorted(prior_events)):
        if m.mention_id not in seeds:
            seeds[m.mention_id] = m
            old_event_of[m.mention_id] = eid
    return prior_events, seeds, old_event_of


def _connect(store, seeds: dict[str, EventMention], old_event_of: dict[str, str | None],
             prior_events: set[str], knowledge: ActorKnowledge) -> tuple[dict[str, list[str]], set[str]]:
    """The connected components of the "same event" relation over the seeds and their candidates
    (nodes "m:<mention>" and "e:<existing event>"), each cut again where it holds two reports that
    cannot be one event (``sitrep.fuse.split``); ``seeds`` grows with the unfused candidates that
    join.  A conflicted component that holds stored events opens them into their reports first
    (they become seeds, as a re-analysed document's events do), so the cut reads the same ties
    whatever order the documents came in.  Also returns the anchorless details that found no
    incident in their article (``_attach_weak``)."""
    for rnd in range(MAX_EXPANSIONS + 1):
        uf, ties, details = _connect_once(store, seeds, old_event_of, prior_events, knowledge)
        components = components_of(uf)
        members = _members(store, components, seeds)
        expand = sorted({n[2:] for nodes in components.values() if conflicted(nodes, members)
                         for n in nodes if n.startswith("e:")})
        if not expand or rnd == MAX_EXPANSIONS:
            return split_conflicts(components, ties, members), details
        prior_events.update(expand)
        for m, eid in store.event_mentions_of_events(expand):
            seeds[m.mention_id] = m
            old_event_of[m.mention_id] = eid
    raise AssertionError("unreachable")


def _members(store, components: dict[str, list[str]], seeds: dict[str, EventMention]) -> dict[str, list[EventMention]]:
    """The reports each node stands for: a seed itself, a stored event its reports."""
    members: dict[str, list[EventMention]] = {n: [seeds[n[2:]]] for nodes in components.values()
                                               for n in nodes if n.startswith("m:")}
    events = sorted({n[2:] for nodes in components.values() for n in nodes if n.startswith("e:")})
    for m, eid in store.event_mentions_of_events(events) if events else []:
        members.setdefault("e:" + eid, []).append(m)
    return members


def _connect_once(store, seeds: dict[str, EventMention], old_event_of: dict[str, str | None],
                  prior_events: set[str], knowledge: ActorKnowledge) -> tuple[UnionFind, list[Tie], set[str]]:
    """One pass of ``_connect``: the union-find of the "same event" relation and its ties."""
    uf = UnionFind()
    ties: list[Tie] = []
    pending = sorted(seeds)
    while pending:
        for mid in pending:
            uf.find("m:" + mid)
        # batched index queries (bounded batches keep a full rebuild's memory flat)
        chunks = [pending[i:i + CANDIDATE_BATCH] for i in range(0, len(pending), CANDIDATE_BATCH)]
        pending = []
        # folded in (seed, candidate) order, as one seed after the other would meet them: the
        # union-find's insertion order, and so the components' order, are those of that walk
        found = _without_told_deeds(store, _matches(store, chunks, seeds, knowledge), seeds)
        for seed_id, cid, c, eid in sorted(found, key=lambda t: t[:2]):
            m = seeds[seed_id]
            if cid in seeds:
                other = "m:" + cid
            elif not eid or eid in prior_events:
                # analysed but never fused, fused into no event (NO_EVENT), or orphaned: it joins the seeds
                seeds[cid] = c
                old_event_of[cid] = eid
                pending.append(cid)
                other = "m:" + cid
            else:
                other = "e:" + eid
            uf.union("m:" + seed_id, other)
            ties.append((link_strength(m, c, knowledge), *sorted(("m:" + seed_id, other))))
        pending = sorted(set(pending))
    details = _attach_weak(store, uf, seeds, prior_events, ties)
    return uf, ties, details


def _matches(store, chunks: list[list[str]], seeds: dict[str, EventMention],
             knowledge: ActorKnowledge) -> list[tuple[str, str, EventMention, str | None]]:
    """(seed id, candidate id, candidate, its event id) of every candidate that may be one event with
    a seed of ``chunks``.  The rows come candidate by candidate: each candidate is parsed once, on
    its first row (the only one that carries its JSON), and let go after its last unless it
    matched, so the writer holds the matches, not every mention of the seeds' windows (at 10k
    documents most of the store's mentions of a type are some seed's candidates)."""
    found = []
    for chunk in chunks:
        last, c = None, None
        for seed_id, cid, data, eid in store.candidates_for([w for mid in chunk for w in _windows(seeds[mid])]):
            if cid != last:
                last, c = cid, seeds.get(cid)
                if c is None:
                    c = EventMention.model_validate_json(data)
            if cid != seed_id and same_event(seeds[seed_id], c, knowledge):
                found.append((seed_id, cid, c, eid))
    return found


def _without_told_deeds(store, found: list[tuple[str, str, EventMention, str | None]],
                        seeds: dict[str, EventMention]) -> list[tuple[str, str, EventMention, str | None]]:
    """``found`` less the ties of an aftermath deed to another article's incident
    (``aftermath_told_elsewhere``) when the deed's own article tells a violent incident: the deed
    is that one's (``_attach_weak``), and a tie to the town's other incident would chain two
    incidents of one town (an air strike and the ambush the day after) through it."""
    deeds = {}
    for seed_id, _cid, c, _eid in found:
        if aftermath_told_elsewhere(seeds[seed_id], c):
            deed = seeds[seed_id] if is_aftermath(seeds[seed_id]) else c
            deeds[deed.mention_id] = deed
    if not deeds:
        return found
    told: set[str] = set()
    for m, _eid in store.event_mentions_of_docs(sorted({d.span.doc_id for d in deeds.values()})):
        if m.event_type in VIOLENT_TYPES and m.modality != Modality.background:
            told.add(m.span.doc_id)
    keep = []
    for seed_id, cid, c, eid in found:
        m = seeds[seed_id]
        if aftermath_told_elsewhere(m, c) and (m if is_aftermath(m) else c).span.doc_id in told:
            continue
        keep.append((seed_id, cid, c, eid))
    return keep


def _attach_weak(store, uf: UnionFind, seeds: dict[str, EventMention], prior_events: set[str],
                 ties: list[Tie]) -> set[str]:
    """Each weak seed (no party, no town of its own: ``match.is_weak``) joins the report of its own
    article it tells more of (``match.attachment_target``), so "they set fire to the tankers one by
    one" is part of the burning the article reported, not an event of its own; each aftermath deed
    (looting during an attack, the pursuit after it: ``sitrep.fuse.aftermath``) joins the violent
    incident of its article.  Returns the weak
    seeds that found none in an article that did report an anchored incident: a detail of that
    story the classifier typed otherwise ("their driver was killed" in a kidnapping), no event
    alone (``_assemble``)."""
    weak = sorted((m for m in seeds.values() if is_weak(m) or is_aftermath(m)), key=lambda m: m.mention_id)
    details: set[str] = set()
    if not weak:
        return details
    by_doc: dict[str, list[tuple[EventMention, str | None]]] = defaultdict(list)
    for m, eid in store.event_mentions_of_docs(sorted({m.span.doc_id for m in weak})):
        by_doc[m.span.doc_id].append((m, eid))
    for w in weak:
        rows = by_doc[w.span.doc_id]
        # an aftermath deed (looting during the attack, the pursuit after it) is part of the
        # violent incident its article tells (``sitrep.fuse.aftermath``)
        target = aftermath_target(w, [m for m, _ in rows]) or attachment_target(w, [m for m, _ in rows])
        if target is None:
            # (a deed told as another's aftermath, "police have been deployed in the village", anchors no incident
            # that would make the article's lead a detail of it)
            if is_weak(w) and any(not is_weak(m) and not is_aftermath(m) and m.modality != Modality.background
                                  for m, _ in rows):
                details.add(w.mention_id)
            continue
        if target.mention_id in seeds:
            other = "m:" + target.mention_id
        else:
            eid = next((e for m, e in rows if m.mention_id == target.mention_id), None)
            if not eid or eid in prior_events:
                continue
            other = "e:" + eid  # a stored event: it joins as one node
        uf.union("m:" + w.mention_id, other)
        ties.append(((0, 0, 0), *sorted(("m:" + w.mention_id, other))))  # a detail of its own article's report
    return details


def _assemble(store, components: dict[str, list[str]], seeds: dict[str, EventMention],
              details: set[str] = frozenset()) -> list[tuple[list[str], list[EventMention]]]:
    """Each component's existing events and mentions, dropping the components that are no event
    (background references alone, ``makes_event``; an article's anchorless details alone)."""
    joined_events = sorted({n[2:] for nodes in components.values() for n in nodes if n.startswith("e:")})
    members_of_event: dict[str, list[EventMention]] = defaultdict(list)
    for m, eid in store.event_mentions_of_events(joined_events):
        members_of_event[eid].append(m)
    comps: list[tuple[list[str], list[EventMention]]] = []
    for root in sorted(components, key=lambda r: min(components[r])):
        nodes = components[root]
        existing = sorted(n[2:] for n in nodes if n.startswith("e:"))
        mentions = [seeds[n[2:]] for n in nodes if n.startswith("m:")]
        for eid in existing:
            mentions += members_of_event[eid]
        if mentions and makes_event(mentions) and not all(m.mention_id in details for m in mentions):
            comps.append((existing, mentions))
    return comps


def _choose_ids(store, comps: list[tuple[list[str], list[EventMention]]], old_event_of: dict[str, str | None],
                prior_events: set[str]) -> tuple[list[str], set[str]]:
    """Each component's event id: an existing event's id first, then the id the most of its
    mentions had before, then one derived from a mention (never a taken one).  Also returns the
    existing events merged into another."""
    ids: list[str | None] = [None] * len(comps)
    claimed: set[str] = set()
    merged_away: set[str] = set()
    for i, (existing, _ms) in enumerate(comps):
        if existing:
            ids[i] = existing[0]
            merged_away.update(existing[1:])
            claimed.add(existing[0])
    for i, (_existing, ms) in enumerate(comps):
        if ids[i] is None:
            votes: dict[str, int] = defaultdict(int)
            for m in ms:
                old = old_event_of.get(m.mention_id)
                if old and old not in claimed:
                    votes[old] += 1
            if votes:
                ids[i] = min(votes, key=lambda e: (-votes[e], e))
                claimed.add(ids[i])
    reusable = prior_events | merged_away
    firsts = {i: min(m.mention_id for m in ms) for i, (_e, ms) in enumerate(comps) if ids[i] is None}
    stored = store.stored_event_ids(sorted({make_event_id(f) for f in firsts.values()}))  # one query for the batch
    for i, first in firsts.items():
        # the id derived from the first mention may still name another event (that mention
        # moved): derive a variant instead
        for n in range(1000):
            candidate = make_event_id(first if n == 0 else f"{first}#{n}")
            taken = candidate in stored if n == 0 else store.get_event(candidate) is not None
            if candidate not in claimed and (candidate in reusable or not taken):
                break
        ids[i] = candidate
        claimed.add(candidate)
    return ids, merged_away  # type: ignore[return-value]


def _build_events(store, plans: list[tuple[str, list[EventMention]]],
                  replaced: set[str], knowledge: ActorKnowledge) -> tuple[list[Event], dict[str, Event], list[str]]:
    """The consensus of every planned event, with the transfers' outcome disputes weighed against
    the battles at their places (``sitrep.fuse.episodes``).  Returns the events, the stored
    versions they replace (by id) and the ids of the stored events that are gone."""
    all_docs = sorted({m.span.doc_id for _, ms in plans for m in ms})
    docs = _with_roots(store, store.doc_sources(all_docs))
    names = ActorNames(store)
    names.prime({a for _, ms in plans for m in ms for a in m.parties()})
    claims_of = _claims_by_plan(denials_about(store, sorted({m.mention_id for _, ms in plans for m in ms})), plans)
    new_events = [build_event(eid, ms, docs, names, denials=claims, knowledge=knowledge)
                  for (eid, ms), claims in zip(plans, claims_of)]
    # an event that neither its text nor its article dates is still stored (an undated snippet is
    # news too); the exports leave it out with a count instead of writing an empty date

    before = {e.event_id: e for e in store.get_events([e.event_id for e in new_events] + sorted(replaced))}
    gone = sorted(replaced - {e.event_id for e in new_events})
    # a transfer's outcome dispute also weighs the victory claims of the battles at its place: every
    # transfer where an event changed, came or went is built again (``sitrep.fuse.episodes``)
    old_events = [before[i] for i in [*gone, *(e.event_id for e in new_events)] if i in before]

    def rebuild_linked(event: Event, ms: list[EventMention], linked: list[EventMention], stored: bool) -> Event:
        missing = sorted({m.span.doc_id for m in (*ms, *linked)} - set(docs))
        if missing:
            docs.update(_with_roots(store, store.doc_sources(missing)))
        rebuilt = build_event(event.event_id, ms, docs, names, linked, denials_about(store, [m.mention_id for m in ms]),
                              knowledge)
        if not stored:
            return rebuilt
        # an event outside this batch keeps its fields (analyst corrections included): only its
        # disputes change
        out = event.model_copy(update={"disputes": rebuilt.disputes, "disputed": rebuilt.disputed})
        out.notes = notes(out, ms, names)
        return out

    new_events = link_episodes(store, new_events, {eid: list(ms) for eid, ms in plans}, set(gone), old_events,
                               rebuild_linked, knowledge)
    before.update({e.event_id: e for e in store.get_events([e.event_id for e in new_events if e.event_id not in before])})
    return new_events, before, gone


def _claims_by_plan(claims: list, plans: list[tuple[str, list[EventMention]]]) -> list[list]:
    """For each planned event, the batch's claims about one of its reports, in their order: every
    reader of the claims in ``build_event`` keeps only those, and handing each event the whole
    batch's made the batch's cost grow with its events times its claims."""
    at: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        for mid in c.event_mentions:
            at[mid].append(i)
    return [[claims[i] for i in sorted({i for m in ms for i in at.get(m.mention_id, ())})] for _, ms in plans]


def _save(store, seeds: dict[str, EventMention], new_events: list[Event], before: dict[str, Event],
          gone: list[str], merged_away: set[str], cause: str) -> tuple[int, set[str]]:
    """Save only what changed (history stays meaningful and re-fusing is a no-op); returns the
    number of events touched and the places whose control must be recomputed."""
    changed = [e for e in new_events if before.get(e.event_id) != e]
    # control is recomputed only where an event that can change hands changed, came or went
    relevant = [e for e in changed if may_change_control(e)]
    relevant += [before[i] for i in [*gone, *(e.event_id for e in changed)] if i in before and may_change_control(before[i])]
    places = {e.place_id for e in relevant if e.place_id}
    store.delete_events(gone, cause="merged" if merged_away else cause)
    store.save_events(changed, cause)
    # a mention fused into no event (background alone, undated) is marked so, not left unfused
    assignments: dict[str, str | None] = {mid: NO_EVENT for mid in seeds}
    assignments.update({m.mention_id: e.event_id for e in new_events for m in (r for r in e.reports)})
    store.assign_mentions(assignments)
    return len(changed) + len(gone), places


def _with_roots(store, docs: dict[str, dict]) -> dict[str, dict]:
    """``docs`` plus the documents their near-duplicates copy: a copy counts as the source it
    copies (``sitrep.fuse.sources``), whichever batch that one arrived in."""
    roots = sorted({d["duplicate_of"] for d in docs.values() if d.get("duplicate_of")} - set(docs))
    if roots:
        docs.update(store.doc_sources(roots))
    return docs


def rebuild(store, knowledge: ActorKnowledge | None = None) -> int:
    """Fuse every analysed document from scratch (drops events, keeps analyses)."""
    store.reset_fusion()
    return fuse_documents(store, store.list_analysed(), knowledge, cause="rebuild")
