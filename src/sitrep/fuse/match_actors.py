"""Whether two reports' parties tie them, leave them open or part them (``actor_relation``): a
shared actor or one camp anchors; actors of unrelated camps on a side both name part them."""

from __future__ import annotations

from sitrep.fuse.disputed_parties import blamed_on_the_state_or_others, is_civil_government, strike_target_disputed
from sitrep.fuse.match_kinds import VIOLENT_TYPES
from sitrep.knowledge.actor_knowledge import ActorKnowledge
from sitrep.model import EventMention


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
    """Which sides ("1", "2") a mention names a party on (see ``actors_of``).  "Gunmen" (an unidentified
    armed group) name no party: they leave the side open for the group another outlet names ("gunmen on
    motorbikes attacked the market" / "the Islamic State Sahel Province killed 16 civilians there")."""
    parties = {a for a in actors_of(m) if not a.startswith("unidentified-")}
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
    return "ok" if one_end_each(a, b) else "no"


# the kinds of a named armed group that fights on its own account (a state's forces and their foreign allies
# are the side most incidents share; "gunmen", an unidentified group, leave the perpetrator open)
GROUP_KINDS = frozenset({"rebel_group", "political_militia", "identity_militia"})


def _named_groups(m: EventMention, knowledge: ActorKnowledge) -> set[str]:
    return {x for x in actors_of(m) if not x.startswith("unidentified-") and knowledge.kind(x) in GROUP_KINDS}


def rival_groups(a: EventMention, b: EventMention, knowledge: ActorKnowledge) -> bool:
    """Two reports that share a party (an army, which fights most incidents of a region) but each name an armed
    group the other lacks, of camps foreign to all the other's parties (the Islamic State's ambush on a convoy /
    the separatists' attack on a patrol the same afternoon): two groups' fights with one army, so the shared
    party ties nothing.  Where both name one place, a group told two ways is the outlets' dispute instead, so
    the caller asks this only of reports that no place ties."""
    only_a = _named_groups(a, knowledge) - actors_of(b)
    only_b = _named_groups(b, knowledge) - actors_of(a)
    if not only_a or not only_b:
        return False
    xa, xb = sorted(actors_of(a)), sorted(actors_of(b))
    return not any(knowledge.same_side(x, y) for x in sorted(only_a) for y in xb) \
        and not any(knowledge.same_side(y, x) for y in sorted(only_b) for x in xa)


def one_end_each(a: EventMention, b: EventMention) -> bool:
    """Within one article, two battle sentences that each name one party only, on the same side
    slot ("the number of soldiers killed in last week's ambush" / "JNIM claimed Wednesday's attack
    on the convoy"): the clause order put the victim where the other put the attacker, so each tells
    one end of the fight.  That leaves them open, not parted; across articles the parties' own
    sides are read as given."""
    if a.span.doc_id != b.span.doc_id or a.event_type != "Battles" or b.event_type != "Battles":
        return False
    return len(actors_of(a)) == 1 and len(actors_of(b)) == 1
