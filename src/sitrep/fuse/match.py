"""When two event mentions describe the same event.

The relation is symmetric and depends on the two mentions only (never on an event's current
consensus), so the events are the connected components of the "same event" graph: whatever order
documents arrive in, fusion ends with the same events (incremental == rebuild).

Two mentions match when their type is compatible, their dates overlap (one day of slack for
relative dates such as "on Saturday"), their places are the same or near, their actors do not
contradict, and at least one positive anchor ties them (a shared actor, the same/near place, or one telling toll):
two mentions with neither a place nor an actor in common would chain unrelated events together.
Within one article, a battle and the change of hands at the same named town are one event
(``_same_episode``); an aircraft's loss is always an event of its own (``aircraft_apart``).

Across outlets one incident is told in other words, so the relation reads mechanisms, not strings:

- dates are windows: a report whose text dates nothing stands for the days before its article
  (``match_window``), so "stormed the base" in Monday's copy meets Saturday's dated report;
- actors are camps: "al-Qaeda-linked militants" and JNIM, an army and its government, are one
  side (the actor base's lineage and affiliations, ``ActorKnowledge.same_side``); a source
  described but not named ("security sources") is a speaker, never a party;
- an incident coded two ways ("soldiers killed 16 civilians at X" / "repelled an attack at X, killing
  16 assailants") is one when both name that town on the same days (``told_two_ways``);
- a perpetrator told two ways still shares the target ("civilians") or the camp, so it merges
  and becomes a dispute; a text that sets its incident apart ("in a separate attack":
  ``EventMention.separate``) keeps it apart even at one place on one day.

The parts: ``match_kinds`` (which kinds may meet), ``match_dates`` (when days meet), ``match_actors``
(when parties tie or part), ``match_rules`` (the named rules for two kinds told of one incident, and
what keeps reports apart), ``weak_reports`` (reports with no anchor of their own); the names stay
importable from here.
"""

from __future__ import annotations

from sitrep.fuse.disputed_parties import STRIKE_SUBTYPES, is_civil_government  # read from here by consensus, disputes, build
from sitrep.fuse.match_actors import actor_relation, actors_of, rival_groups
from sitrep.fuse.match_dates import (
    DATE_SLACK, PUBLICATION_LOOKBACK, QUERY_SLACK, SAME_DOC_DATE_SLACK, date_slack, dates_compatible, full_calendar_day,
    match_window)
from sitrep.fuse.match_kinds import (
    PARTY_STATEMENT_TYPES, STATEMENT_TYPE, TRANSFER_EVENT_TYPES, TRANSFER_SUBTYPES, VIOLENT_TYPES,
    candidate_types, own_toll_claim, subtypes_compatible)
from sitrep.fuse.match_rules import AIRCRAFT_VERSIONS, aircraft_apart, one_change_of_hands, opposite_transfers, told_two_ways, type_rule
from sitrep.fuse.other_days import dated_doer, doers_of_other_days
from sitrep.fuse.toll_tie import tolls_agree
from sitrep.fuse.nearness import (area_holds_town, two_villages, named_town, one_name_two_readings, place_relation,
                                  road_ends, towns_on_other_days, villages_apart)
from sitrep.fuse.weak_reports import attachment_target, is_weak, own_camp_statement
from sitrep.knowledge.actor_knowledge import ActorKnowledge, or_configured
from sitrep.model import EventMention, Modality

__all__ = [
    "AIRCRAFT_VERSIONS", "DATE_SLACK", "PARTY_STATEMENT_TYPES", "PUBLICATION_LOOKBACK", "QUERY_SLACK", "SAME_DOC_DATE_SLACK",
    "STATEMENT_TYPE", "STRIKE_SUBTYPES", "TRANSFER_EVENT_TYPES", "TRANSFER_SUBTYPES", "VIOLENT_TYPES", "actor_relation",
    "actors_of", "aircraft_apart", "attachment_target", "candidate_types", "cannot_link", "date_slack", "dates_compatible",
    "full_calendar_day", "is_civil_government", "is_weak", "link_strength", "match_window", "matched_place_relation",
    "may_conflict", "merge_reason", "opposite_transfers", "own_camp_statement", "own_toll_claim", "rival_towns",
    "same_event", "subtypes_compatible", "told_two_ways", "type_rule", "villages_apart",
]


def merge_reason(a: EventMention, b: EventMention, knowledge: ActorKnowledge | None = None) -> str:
    """Why ``same_event(a, b)`` holds, in words (kept in the event's history)."""
    why = []
    place = place_relation(a.place, b.place)
    if place == "anchor" and a.place and b.place:
        why.append(f"same place ({a.place.name})" if a.place.place_id == b.place.place_id
                   else f"neighbouring places ({a.place.name}, {b.place.name})")
    actors = actor_relation(a, b, or_configured(knowledge))
    if actors == "anchor":
        shared = sorted(actors_of(a) & actors_of(b))
        why.append(f"shared actor ({', '.join(shared)})" if shared else "actors of one camp (lineage/affiliation)")
    wa, wb = match_window(a), match_window(b)
    if wa and wb:
        why.append(f"dates meet ({wa[0]}..{wa[1]} / {wb[0]}..{wb[1]})")
    if a.sub_event_type == b.sub_event_type:
        why.append(f"same type ({a.sub_event_type})")
    else:
        why.append(f"compatible types ({a.sub_event_type} / {b.sub_event_type})")
    return "; ".join(why)


def cannot_link(a: EventMention, b: EventMention) -> bool:
    """Two reports that must never end up in one event, whatever chain of matching reports ties
    them (a report with a wide date window can match two incidents): two changes of hands in
    opposite directions (a town lost and retaken), two villages apart (``villages_apart``), or,
    within one article, an incident the text
    sets apart ("in a separate explosion") and an anchored report of the incident beside it."""
    if opposite_transfers(a, b) or villages_apart(a, b) or rival_towns(a, b) or towns_on_other_days(a, b) \
            or doers_of_other_days(a, b):
        return True
    if a.span.doc_id != b.span.doc_id or a.separate == b.separate:
        return False
    return (Modality.background not in (a.modality, b.modality) and not is_weak(a) and not is_weak(b)
            and place_relation(a.place, b.place) != "no")


def rival_towns(a: EventMention, b: EventMention, knowledge: ActorKnowledge | None = None) -> bool:
    """Two articles' reports each pinned to a town in its own sentence, towns that no nearness ties (a road's
    two ends 80 km apart, two towns of one region), each naming an armed group foreign to the other's camps
    (``rival_groups``): two incidents, whatever report of the region's army ties them in a chain (a statement
    placing its fight only "in the Menaka region")."""
    if a.span.doc_id == b.span.doc_id or not (named_town(a) and named_town(b)):
        return False
    if matched_place_relation(a, b) == "anchor":
        return False
    return rival_groups(a, b, or_configured(knowledge))


def may_conflict(m: EventMention) -> bool:
    """Whether ``m`` can be one end of a ``cannot_link`` pair (a cheap filter before the pairs)."""
    # a seat named in its own sentence is one end when it is far from a village (``seat_itself_far``)
    return m.separate or m.sub_event_type in TRANSFER_SUBTYPES or named_town(m) or dated_doer(m)


def link_strength(a: EventMention, b: EventMention, knowledge: ActorKnowledge | None = None) -> tuple[int, int, int, int, int]:
    """How firmly two matching reports tie (smaller is firmer), to keep the firmest ties when a
    chain must be cut: one article's own reports, then reports both dated by their text, then
    reports giving one telling toll, then the ties with both anchors (place and actors), then the ties at one place."""
    # (places as matching reads them: two villages 49 km apart are no tie, ``two_villages``)
    anchors = (matched_place_relation(a, b) == "anchor") + (actor_relation(a, b, or_configured(knowledge)) == "anchor")
    # then one place over two near ones: a report dated only by its article that names Koro ties to Koro's
    # reports before those of the camp attacked at Bankass 48 km off the same day
    one_place = a.place is not None and b.place is not None and bool(a.place.place_id) \
        and a.place.place_id == b.place.place_id
    # one figure told by both ties before the anchors: a region's report giving the Dargol post's "about 20" joins
    # Dargol's, not the ambush the army fought the same day elsewhere in the region (``tolls_agree``)
    return (a.span.doc_id != b.span.doc_id, a.date_from_publication or b.date_from_publication,
            not tolls_agree(a, b), 2 - anchors, not one_place)


def matched_place_relation(a: EventMention, b: EventMention) -> str:
    """``place_relation`` as matching reads it: one taker's two changes of hands on one day in one
    region (``one_change_of_hands``) are tied even at two places; an area's report ties a town's of
    that area told the same day (``area_holds_town``); one town's name read as homonyms in two
    countries leaves the pair open (``one_name_two_readings``), and so do two ends of the road a blast
was on (``road_ends``); two villages further apart than a hamlet's neighbour tie nothing by their places,
even when a sentence borrows its village from its article (``two_villages``)."""
    place = place_relation(a.place, b.place)
    if place == "anchor" and two_villages(a, b):
        return "ok"
    if place == "ok" and area_holds_town(a, b):
        return "anchor"
    if place == "no" and (one_name_two_readings(a, b) or road_ends(a, b)):
        return "ok"
    return "anchor" if place == "no" and one_change_of_hands(a, b) else place


def same_event(a: EventMention, b: EventMention, knowledge: ActorKnowledge | None = None) -> bool:
    """True when mentions ``a`` and ``b`` report one event (symmetric); ``knowledge``: the actor base
    that relates their actors (default: the configured files')."""
    if a.mention_id == b.mention_id:
        return True
    if aircraft_apart(a, b):
        return False
    known = or_configured(knowledge)
    rule = type_rule(a, b, known)
    if rule is None:
        return False
    if not dates_compatible(a, b) or opposite_transfers(a, b) or villages_apart(a, b):
        return False
    place = matched_place_relation(a, b)
    if place == "no":
        return False
    if rule == "aftermath_told_elsewhere":
        return place == "anchor"  # the deed's parties are no evidence (``aftermath_told_elsewhere``)
    actors = actor_relation(a, b, known)
    if actors == "anchor" and place != "anchor" and rival_groups(a, b, known):
        return False  # two groups' fights with one army in one region (``rival_groups``)
    if Modality.background in (a.modality, b.modality) and a.span.doc_id != b.span.doc_id and place != "anchor":
        # a recalled incident is known by where it happened ("In October, JNIM killed 16 soldiers near Hombori"): a
        # party in common and a region in common are every incident of that war, so another article's report is its
        # own only at its place
        return False
    if a.separate or b.separate:
        # the text sets one of them apart: in its own article it is another incident; elsewhere
        # it needs both anchors
        return a.span.doc_id != b.span.doc_id and place == "anchor" and actors == "anchor"
    if actors == "no":
        # no actor in common on either side: two incidents (a perpetrator told two ways still
        # shares the target, "civilians", or the attacker's camp)
        return False
    return "anchor" in (place, actors) or tolls_agree(a, b)
