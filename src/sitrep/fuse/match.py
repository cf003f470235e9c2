"""When two event mentions describe the same event.

The relation is symmetric and depends on the two mentions only (never on an event's current
consensus), so the events are the connected components of the "same event" graph: whatever order
documents arrive in, fusion ends with the same events (incremental == rebuild).

Two mentions match when their type is compatible, their dates overlap (one day of slack for
relative dates such as "on Saturday"), their places are the same or near, their actors do not
contradict, and at least one positive anchor ties them (a shared actor, or the same/near place):
two mentions with neither a place nor an actor in common would chain unrelated events together.
Within one article, a battle and the change of hands at the same named town are one event
(``_same_episode``); an aircraft's loss is always an event of its own (``_aircraft_apart``).

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
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.knowledge.actor_knowledge import ActorKnowledge, or_configured
from sitrep.fuse.disputed_parties import (  # is_civil_government is read from here by consensus too
    STRIKE_SUBTYPES, blamed_on_the_state_or_others, is_civil_government, strike_target_disputed)
from sitrep.fuse.nearness import (
    area_holds_town, named_settlement, named_town, named_village, place_relation, villages_apart)
from sitrep.model import EventMention, Modality, Precision

DATE_SLACK = dt.timedelta(days=1)
SAME_DOC_DATE_SLACK = dt.timedelta(days=7)
# a report dated only by its article's day stands for the week before it (news reports the recent past)
PUBLICATION_LOOKBACK = dt.timedelta(days=7)
# how far the fusion index query reaches around a mention's own interval (a superset: ``same_event``
# then decides with each pair's windows)
QUERY_SLACK = DATE_SLACK + PUBLICATION_LOOKBACK

# sub-event types that different sources plausibly use for one event (within one event type)
_COMPATIBLE_SUBTYPES: frozenset[frozenset[str]] = frozenset(
    frozenset(p)
    for p in (
        ("Air/drone strike", "Shelling/artillery/missile attack"),
        ("Peaceful protest", "Protest with intervention"),
        ("Violent demonstration", "Mob violence"),
    )
)


# territorial transfers: sources classify the same change of hands differently (whether the taker
# counts as "government" is a coding choice), so they match when the taker is the same
TRANSFER_SUBTYPES = frozenset({
    "Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory",
})


def subtypes_compatible(a: str, b: str) -> bool:
    return a == b or frozenset((a, b)) in _COMPATIBLE_SUBTYPES


TRANSFER_EVENT_TYPES = ("Battles", "Strategic developments")


STATEMENT_TYPE = "Strategic developments"
# a party's statement the classifier read as a demonstration ("the army said in a statement that its
# aircraft had neutralised…"): attached only when its speaker is a party to the violent event
PARTY_STATEMENT_TYPES = ("Protests",)
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def candidate_types(m: EventMention) -> list[str]:
    """The event types a mention can match (what the candidate index query asks for)."""
    types = {m.event_type}
    if m.sub_event_type in TRANSFER_SUBTYPES:
        types |= set(TRANSFER_EVENT_TYPES)
    if m.event_type in (STATEMENT_TYPE, *PARTY_STATEMENT_TYPES):
        types |= set(VIOLENT_TYPES)  # a side's statement about the article's violent event
    elif m.event_type in VIOLENT_TYPES:
        types |= {STATEMENT_TYPE, *PARTY_STATEMENT_TYPES}
    if m.event_type in ("Battles", "Violence against civilians"):
        types |= {"Battles", "Violence against civilians"}  # forces read as the civilians targeted
    if m.event_type in VIOLENT_TYPES:
        types |= set(VIOLENT_TYPES)  # one incident coded two ways by two outlets (``told_two_ways``)
    if own_toll_claim(m):
        types |= set(VIOLENT_TYPES)  # a party's own account of the strike its article reports
    if m.event_type in VIOLENT_TYPES and m.date_from_publication:
        types |= set(VIOLENT_TYPES)  # the next act of its article's dated incident (``_sequel_of_dated``)
    return sorted(types)


def _statement_about(a: EventMention, b: EventMention, knowledge: ActorKnowledge) -> bool:
    """Within one article, a side's statement the classifier coded as a strategic development (a
    claim of responsibility with its toll, an army communiqué) at the place of the violent event
    the article reports, on meeting dates, is a report of that event: a claim attaches to the event
    its sentence points at, not to an event of its own."""
    if a.span.doc_id != b.span.doc_id:
        return False
    kinds = (STATEMENT_TYPE, *PARTY_STATEMENT_TYPES)
    statement, event = (a, b) if a.event_type in kinds or own_toll_claim(a) else (b, a)
    if own_toll_claim(statement) and event.event_type in VIOLENT_TYPES and not own_toll_claim(event):
        # "It said in a statement that it had killed about 20 terrorists": a party's own account,
        # dated only by the article, of the strike or attack the article reports at that place
        return place_relation(statement.place, event.place) == "anchor"
    if statement.event_type not in kinds or event.event_type not in VIOLENT_TYPES:
        return False
    if statement.modality not in (Modality.claim, Modality.denied) or not statement.source_actor:
        return False
    if statement.sub_event_type in TRANSFER_SUBTYPES:
        return False
    if statement.event_type in PARTY_STATEMENT_TYPES and not any(
            knowledge.same_side(statement.source_actor, x) for x in sorted(actors_of(event))):
        return False
    return place_relation(statement.place, event.place) == "anchor"


def own_toll_claim(m: EventMention) -> bool:
    """A party's claim of what it did, with no other party named and no date of its own."""
    return (m.modality == Modality.claim and m.event_type in VIOLENT_TYPES and bool(m.source_actor)
            and m.source_actor in m.side1 and not (m.side2 or m.assoc2) and m.date_from_publication)


def _forces_read_as_civilians(a: EventMention, b: EventMention, knowledge: ActorKnowledge) -> bool:
    """A report coded as violence against civilians whose only named target is a state's forces
    ("gunmen opened fire on the army positions") tells a battle: ACLED's violence against civilians
    targets the unarmed, an attack on armed forces is a battle.  It matches the battle reports."""
    vac, battle = (a, b) if a.event_type == "Violence against civilians" else (b, a)
    if vac.event_type != "Violence against civilians" or battle.event_type != "Battles":
        return False
    targets = [x for x in (*vac.side2, *vac.assoc2) if not x.startswith("unnamed:")]
    return bool(targets) and all(knowledge.kind(x) == "state_forces" for x in targets)


# one-sided violence and the coding its other tellers give it: residents' "soldiers killed 16
# civilians at X" is the army's "repelled a terrorist attack at X, killing 16 assailants" or its
# "air strike on a gathering of terrorists at X"
_TOLD_TWO_WAYS = frozenset({frozenset({"Violence against civilians", "Battles"}),
                            frozenset({"Violence against civilians", "Explosions/Remote violence"}),
                            frozenset({"Battles", "Explosions/Remote violence"})})


def told_two_ways(a: EventMention, b: EventMention, knowledge: ActorKnowledge) -> bool:
    """Two outlets code one incident as two kinds of violence: one calls it an attack on civilians,
    the other a battle or a strike on fighters (who the dead were is what they dispute).  They are
    one incident when each names the same town or its area in its own sentence (the army's pursuit
    of the attackers a few kilometres away is an event of its own), their days overlap without
    slack, no party of one is foreign to the other's camps, and the fight or strike is not one on a
    state's forces; a clash and a massacre a day apart at one town stay two events."""
    if a.span.doc_id == b.span.doc_id or frozenset((a.event_type, b.event_type)) not in _TOLD_TWO_WAYS:
        return False
    if a.modality == Modality.background or b.modality == Modality.background or a.separate or b.separate:
        return False
    if a.sub_event_type in TRANSFER_SUBTYPES or b.sub_event_type in TRANSFER_SUBTYPES:
        return False
    if any(m.event_type == "Explosions/Remote violence" and m.sub_event_type not in STRIKE_SUBTYPES for m in (a, b)):
        return False
    if not (named_settlement(a) and named_settlement(b)) or a.place.place_id != b.place.place_id:
        return False
    wa, wb = match_window(a), match_window(b)
    if wa is None or wb is None or wa[0] > wb[1] or wb[0] > wa[1]:
        return False
    # the other telling fights or strikes at someone other than a state's forces: a battle whose
    # target is the army is the attackers' assault, and villagers killed beside it are another event
    other = b if a.event_type == "Violence against civilians" or b.event_type == "Battles" else a
    if any(knowledge.kind(x) == "state_forces" for x in (*other.side2, *other.assoc2) if not x.startswith("unnamed:")):
        return False
    return actor_relation(a, b, knowledge) != "no"


def _same_transfer(a: EventMention, b: EventMention) -> bool:
    return (a.sub_event_type in TRANSFER_SUBTYPES and b.sub_event_type in TRANSFER_SUBTYPES
            and bool(set(a.side1) & set(b.side1)))


def _opposite_transfers(a: EventMention, b: EventMention) -> bool:
    """Two changes of hands in opposite directions (one's taker is the other's loser): two events,
    e.g. a town lost and retaken within days."""
    return (a.sub_event_type in TRANSFER_SUBTYPES and b.sub_event_type in TRANSFER_SUBTYPES
            and bool(set(a.side1) & set(b.side2) or set(b.side1) & set(a.side2)))


# outcome labels that only an aircraft can have: its loss is an incident of its own
AIRCRAFT_VERSIONS = frozenset({"accident", "shot_down"})


def _aircraft_apart(a: EventMention, b: EventMention) -> bool:
    """One mention tells of an aircraft lost (shot down, or an accident) and the other does not:
    two events.  A helicopter downed during a battle is an incident of its own (ACLED codes it
    apart), and its accident-vs-shoot-down dispute belongs to it, not to the battle around it."""
    return (a.version in AIRCRAFT_VERSIONS) != (b.version in AIRCRAFT_VERSIONS)


def _same_episode(a: EventMention, b: EventMention) -> bool:
    """A battle (or the taker's air support, ``_taker_strike``) and the change of hands it ends in,
    told in one article at the same town named in both sentences ("fighting broke out in X" ... "fighters control X") on overlapping dates: one event, which ACLED
    codes as the transfer.  Across articles a clash and a transfer stay apart (an offensive on
    many towns is not the loss of one of them)."""
    if a.span.doc_id != b.span.doc_id:
        return False
    transfer, clash = (a, b) if a.sub_event_type in TRANSFER_SUBTYPES else (b, a)
    if transfer.sub_event_type not in TRANSFER_SUBTYPES or clash.sub_event_type in TRANSFER_SUBTYPES:
        return False
    if not (clash.event_type == "Battles" or _taker_strike(clash, transfer)) or not (named_town(a) and named_town(b)):
        return False
    # on overlapping dates, without the retelling slack: an attack on Saturday and the town taken
    # on Tuesday are two events, as ACLED codes them
    if a.date is None or b.date is None or not a.date.overlaps(b.date):
        return False
    return place_relation(a.place, b.place) == "anchor"


def _taker_strike(strike: EventMention, transfer: EventMention) -> bool:
    """A strike from the air by the side that takes the town ("its troops, supported by air strikes,
    restored state authority in X", « une opération aéroterrestre »): the air support of the
    operation that changed hands, told in its article, not a strike of its own."""
    return (strike.event_type == "Explosions/Remote violence" and strike.sub_event_type in STRIKE_SUBTYPES
            and bool(set(strike.side1) & set(transfer.side1)))


def actors_of(m: EventMention) -> set[str]:
    """The parties a mention names.  A source described but not named ("unnamed:…") is a speaker;
    a civil government on side 1 of political violence is a country name or a speaker read as the
    perpetrator ("Nigerien security sources said…", "the Chinese embassy in Niger confirmed…"):
    ACLED codes a state's violence with its forces, so such a reading neither ties nor parts two
    reports."""
    one = (*m.side1, *m.assoc1)
    if m.event_type in VIOLENT_TYPES:
        one = tuple(a for a in one if not is_civil_government(a))
    return {a for a in (*one, *m.side2, *m.assoc2) if not a.startswith("unnamed:")}


def _named_sides(m: EventMention) -> set[str]:
    """Which sides ("1", "2") a mention names a party on (see ``actors_of``)."""
    parties = actors_of(m)
    return {side for side, ids in (("1", (*m.side1, *m.assoc1)), ("2", (*m.side2, *m.assoc2)))
            if parties & set(ids)}


def actor_relation(a: EventMention, b: EventMention, knowledge: ActorKnowledge) -> str:
    """"anchor" (share an actor, or one camp: lineage, affiliation), "ok" (one names no actor, or
    each names only the side the other leaves open: "gunmen opened fire" and "12 civilians were
    killed" tell the perpetrator and the victims of one attack; two outlets' attacks on civilians
    blamed on different perpetrators), "no" (actors of unrelated camps on a side both name)."""
    xa, xb = actors_of(a), actors_of(b)
    if not xa or not xb:
        return "ok"
    if xa & xb or any(knowledge.same_side(x, y) for x in sorted(xa) for y in sorted(xb)):
        return "anchor"
    if not (_named_sides(a) & _named_sides(b)):
        return "ok"
    if blamed_on_the_state_or_others(a, b, knowledge) or strike_target_disputed(a, b, knowledge):
        return "ok"
    return "no"


def match_window(m: EventMention) -> tuple[dt.date, dt.date] | None:
    """The days a mention can stand for: its interval, reaching back ``PUBLICATION_LOOKBACK`` when
    its only date is its article's day (the event happened on or before it)."""
    d = m.date
    if d is None:
        return None
    if m.date_from_publication and d.precision == Precision.day:
        return d.earliest - PUBLICATION_LOOKBACK, d.latest
    return d.earliest, d.latest


# a calendar date written out in full: a day, its month and its year ("On 16 February 2026",
# "Nov 13, 2026", « le mardi 10 novembre 2026 », "16/02/2026")
_MONTH_WORD = (r"(?:jan|feb|f[ée]v|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|ao[uû]|sep|oct|nov|dec|d[ée]c)[a-zéû]*\.?")
_FULL_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th|er)?\s+{_MONTH_WORD}\s+(?:19|20)\d\d\b"
                        rf"|\b{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
                        r"|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d\b", re.IGNORECASE)


def full_calendar_day(m: EventMention) -> bool:
    """The mention's own text gives its day as a full calendar date: no weekday to resolve against
    a publication day, so no slack is owed to it."""
    d = m.date
    return (d is not None and not m.date_from_publication and not d.is_estimate and d.precision == Precision.day
            and bool(_FULL_DATE.search(d.evidence or "")))


def dates_compatible(a: EventMention, b: EventMention) -> bool:
    """Overlapping windows, with a day of slack across articles and a week within one: an article
    that retells its event ("confirmed Tuesday that ... was forced to retreat") often dates the
    retelling rather than the event.  The slack across articles is for days resolved from a
    weekday or a publication day ("on Saturday" read against two outlets' days); two reports that
    each write their day out in full ("On 16 February 2026", "On 17 February 2026") name their
    days exactly, and different days are two incidents."""
    wa, wb = match_window(a), match_window(b)
    if wa is None or wb is None:
        return a.span.doc_id == b.span.doc_id  # undated: only within one article
    slack = date_slack(a, b)
    return wa[0] - slack <= wb[1] and wb[0] - slack <= wa[1]


def date_slack(a: EventMention, b: EventMention) -> dt.timedelta:
    """The slack ``dates_compatible`` allows between two windows (see there)."""
    if a.span.doc_id == b.span.doc_id:
        return SAME_DOC_DATE_SLACK
    return dt.timedelta(0) if full_calendar_day(a) and full_calendar_day(b) else DATE_SLACK


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


def _undated_sequel(a: EventMention, b: EventMention, knowledge: ActorKnowledge) -> bool:
    """Within one article, a sentence of the same event type that dates nothing itself ("after the
    blast, the soldiers came under fire") and names a party of the other tells the same incident,
    whatever sub-event the classifier gave it, and so does one of another violent type told after
    the dated report (``_sequel_of_dated``); a sentence with a date of its own may be another
    incident of a round-up."""
    if a.span.doc_id != b.span.doc_id or not {a.event_type, b.event_type} <= set(VIOLENT_TYPES):
        return False
    if not (a.date_from_publication or b.date_from_publication):
        return False
    if a.sub_event_type in TRANSFER_SUBTYPES or b.sub_event_type in TRANSFER_SUBTYPES:
        return False
    if a.event_type != b.event_type and not _sequel_of_dated(a, b):
        return False
    return actor_relation(a, b, knowledge) == "anchor"


def _sequel_of_dated(a: EventMention, b: EventMention) -> bool:
    """Of two reports of different violent types in one article, the one that dates nothing comes
    after the dated one ("The blast struck a military escort … and the soldiers then came under
    fire"): the next act of the incident already told (an IED and the ambush after it), not another
    incident; told before it, it may be a round-up's earlier story."""
    undated, dated = (a, b) if a.date_from_publication else (b, a)
    return not dated.date_from_publication and undated.span.char_start > dated.span.char_start


def _one_change_of_hands(a: EventMention, b: EventMention) -> bool:
    """Within one article, two changes of hands by the same taker on the same stated day in one
    region are one: the second place is where the losers went or a landmark ("the soldiers fell
    back to Boni"), not a second town taken (a round-up names its towns in one sentence)."""
    if a.span.doc_id != b.span.doc_id or not _same_transfer(a, b):
        return False
    if a.date_from_publication or b.date_from_publication or a.date is None or b.date is None:
        return False
    if not (a.date.earliest == b.date.earliest and a.date.latest == b.date.latest):
        return False
    pa, pb = a.place, b.place
    return (pa is not None and pb is not None and bool(pa.admin1) and pa.admin1 == pb.admin1
            and pa.country == pb.country)


def is_weak(m: EventMention) -> bool:
    """A report with no anchor of its own: it names no party and no town in its own sentence
    ("They made the drivers get out and set fire to the tankers", "Their driver was killed, the
    official said"), or only its speaker's own camp (``own_camp_statement``).  News copy tells its
    incident in such sentences after the one that names it; alone they are no incident."""
    if m.modality == Modality.background or m.separate or named_town(m) or m.sub_event_type in TRANSFER_SUBTYPES:
        return False
    return not actors_of(m) or own_camp_statement(m)


def own_camp_statement(m: EventMention) -> bool:
    """A party's statement the classifier coded as an unspecified strategic development, naming no
    party but its speaker and a civil government ("The General Staff described reports of a
    blockade as propaganda"): a reaction to the incident its article reports, no incident itself."""
    if m.event_type != STATEMENT_TYPE or m.sub_event_type != "Other" or m.modality not in (Modality.claim, Modality.denied):
        return False
    others = {a for a in actors_of(m) if a != m.source_actor and not is_civil_government(a)}
    return bool(m.source_actor) and not others


def attachment_target(weak: EventMention, doc_mentions: list[EventMention]) -> EventMention | None:
    """The report of its own article a weak report tells more of: the nearest earlier anchored
    report of the same event type on meeting dates, else the nearest later one (a quote before
    the sentence that names the incident); None when the article has none.  It depends only on
    the article's reports, so the choice does not depend on the order documents arrive in."""
    if not is_weak(weak):
        return None
    fit = [m for m in doc_mentions
           if m.span.doc_id == weak.span.doc_id and m.mention_id != weak.mention_id and not is_weak(m)
           and m.modality != Modality.background and m.event_type == weak.event_type
           and not _aircraft_apart(weak, m) and dates_compatible(weak, m)]
    before = [m for m in fit if m.span.char_start < weak.span.char_start]
    if before:
        return max(before, key=lambda m: m.span.char_start)
    after = [m for m in fit if m.span.char_start > weak.span.char_start]
    return min(after, key=lambda m: m.span.char_start) if after else None


def cannot_link(a: EventMention, b: EventMention) -> bool:
    """Two reports that must never end up in one event, whatever chain of matching reports ties
    them (a report with a wide date window can match two incidents): two changes of hands in
    opposite directions (a town lost and retaken), two villages apart (``villages_apart``), or,
    within one article, an incident the text
    sets apart ("in a separate explosion") and an anchored report of the incident beside it."""
    if _opposite_transfers(a, b) or villages_apart(a, b):
        return True
    if a.span.doc_id != b.span.doc_id or a.separate == b.separate:
        return False
    return (Modality.background not in (a.modality, b.modality) and not is_weak(a) and not is_weak(b)
            and place_relation(a.place, b.place) != "no")


def may_conflict(m: EventMention) -> bool:
    """Whether ``m`` can be one end of a ``cannot_link`` pair (a cheap filter before the pairs)."""
    return m.separate or m.sub_event_type in TRANSFER_SUBTYPES or named_village(m)


def link_strength(a: EventMention, b: EventMention, knowledge: ActorKnowledge | None = None) -> tuple[int, int, int]:
    """How firmly two matching reports tie (smaller is firmer), to keep the firmest ties when a
    chain must be cut: one article's own reports, then reports both dated by their text, then
    the ties with both anchors (place and actors)."""
    anchors = (place_relation(a.place, b.place) == "anchor") + (actor_relation(a, b, or_configured(knowledge)) == "anchor")
    return (a.span.doc_id != b.span.doc_id, a.date_from_publication or b.date_from_publication, 2 - anchors)


def type_rule(a: EventMention, b: EventMention, known: ActorKnowledge) -> str | None:
    """The name of the rule that lets two mentions' types meet, None when none does (the first of
    ``same_event``'s tests; ``sitrep.fuse.why_apart`` names it to an analyst)."""
    if subtypes_compatible(a.sub_event_type, b.sub_event_type) and a.event_type == b.event_type:
        return "compatible_subtypes"
    rules = (("same_transfer", lambda: _same_transfer(a, b)), ("same_episode", lambda: _same_episode(a, b)),
             ("forces_read_as_civilians", lambda: _forces_read_as_civilians(a, b, known)),
             ("statement_about", lambda: _statement_about(a, b, known)),
             ("undated_sequel", lambda: _undated_sequel(a, b, known)), ("told_two_ways", lambda: told_two_ways(a, b, known)))
    return next((name for name, holds in rules if holds()), None)


def matched_place_relation(a: EventMention, b: EventMention) -> str:
    """``place_relation`` as matching reads it: one taker's two changes of hands on one day in one
    region (``_one_change_of_hands``) are tied even at two places; an area's report ties a town's of
    that area told the same day (``area_holds_town``)."""
    place = place_relation(a.place, b.place)
    if place == "ok" and area_holds_town(a, b):
        return "anchor"
    return "anchor" if place == "no" and _one_change_of_hands(a, b) else place


def same_event(a: EventMention, b: EventMention, knowledge: ActorKnowledge | None = None) -> bool:
    """True when mentions ``a`` and ``b`` report one event (symmetric); ``knowledge``: the actor base
    that relates their actors (default: the configured files')."""
    if a.mention_id == b.mention_id:
        return True
    if _aircraft_apart(a, b):
        return False
    known = or_configured(knowledge)
    if type_rule(a, b, known) is None:
        return False
    if not dates_compatible(a, b) or _opposite_transfers(a, b) or villages_apart(a, b):
        return False
    place = matched_place_relation(a, b)
    if place == "no":
        return False
    actors = actor_relation(a, b, known)
    if a.separate or b.separate:
        # the text sets one of them apart: in its own article it is another incident; elsewhere
        # it needs both anchors
        return a.span.doc_id != b.span.doc_id and place == "anchor" and actors == "anchor"
    if actors == "no":
        # no actor in common on either side: two incidents (a perpetrator told two ways still
        # shares the target, "civilians", or the attacker's camp)
        return False
    return "anchor" in (place, actors)
