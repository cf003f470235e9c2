"""The side no report names: an attack whose attackers every outlet leaves unnamed.

Articles leave an unnamed doer empty ("gunmen attacked the post", "the detachment was attacked by a large
group of terrorists", « un véhicule a sauté sur un engin explosif »): in a long text the doer is often named
paragraphs away, and two blasts' unnamed authors must not tie two reports into one event
(``sitrep.analyse.events.unnamed_perpetrator``).  Once fusion has gathered every outlet's reports of one
incident, a side still empty is the country's unidentified armed group, as ACLED codes it: an armed clash, a
bomb or an attack on civilians always has a doer and a target.  The same holds when every party the reports
name is of one camp (the army and its volunteer militia, read on two sides by two outlets): the state does
not fight itself, so its camp is the target and the attackers are unnamed; nor does it fight beside the
unnamed attackers, so a side holding both is split, the state's camp the target.
"""

from __future__ import annotations

from sitrep.knowledge.actor_knowledge import ActorKnowledge, in_revolt

Sides = tuple[str | None, list[str], str | None, list[str]]

# the kinds of incident that have a doer and a target whatever the reports name
_WITH_TWO_SIDES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
# a strike from the air is the state's own: a side it leaves empty is its target, never an unnamed doer
_STATE_DEEDS = frozenset({"Air/drone strike"})
_UNIDENTIFIED = "unidentified-armed-group"
_BESIDE_THE_STATE = frozenset({"state_forces", "external_other"})


def unidentified_group(country: str | None, knowledge: ActorKnowledge) -> str | None:
    """The actor base's unidentified armed group of ``country`` (None without a country or such an actor)."""
    if not country or knowledge.base is None:
        return None
    return min((a.actor_id for a in knowledge.base.actors.values()
                if a.actor_id.startswith(_UNIDENTIFIED) and a.country == country), default=None)


def _state_camp(actor_id: str, knowledge: ActorKnowledge) -> bool:
    """A state force, the state itself or an armed actor of its camp (the VDP, the Africa Corps).  The foreign forces
    and contractors the base files as external (Wagner, the Africa Corps, MINUSMA) fight beside the state, as the
    analysis reads them (``is_government_side``): « un convoi de l'armée malienne et de ses partenaires russes »
    attacked by unnamed assailants is the state's camp as the target, the assailants unidentified."""
    if in_revolt(knowledge.get(actor_id)):
        return False  # mutinous soldiers fighting loyal troops: the army's own men, but the state's enemy there
    if knowledge.kind(actor_id) in _BESIDE_THE_STATE:
        return True
    return knowledge.kind(actor_id) != "civilians" and not actor_id.startswith(_UNIDENTIFIED) and any(
        knowledge.kind(other) == "state_forces" and knowledge.same_side(actor_id, other)
        for other in (knowledge.base.actors if knowledge.base else {}))


def state_forces(country: str | None, knowledge: ActorKnowledge) -> str | None:
    """The actor base's (loyal) armed forces of ``country``, or None."""
    if not country or knowledge.base is None:
        return None
    return min((a.actor_id for a in knowledge.base.actors.values() if a.country == country
                and knowledge.kind(a.actor_id) == "state_forces" and a.actor_id.endswith("armed-forces")
                and not in_revolt(a)), default=None)


def _state_operator(country: str | None, sides: Sides, knowledge: ActorKnowledge, teller: str | None = None) -> Sides:
    """``sides`` of an air or drone strike whose operator no report names ("a drone strike targeted suspected JNIM
    militants near X"): the army that tells of it (``teller``, ``sitrep.fuse.strike_teller``: France's, telling its
    own strike) flew it; else the strike is the state's own, so its armed forces are side 1, unless the target named
    is of the state's camp (then who flew it is not known)."""
    actor1, assoc1, actor2, assoc2 = sides
    if actor1 or assoc1:
        return sides
    if teller and teller not in (actor2, *assoc2):
        return teller, [], actor2, assoc2
    if any(_state_camp(a, knowledge) for a in (actor2, *assoc2) if a):
        return sides
    forces = state_forces(country, knowledge)
    return (forces, [], actor2, assoc2) if forces else sides


def with_unnamed_attacker(event_type: str, sub_event_type: str, country: str | None, sides: Sides,
                          knowledge: ActorKnowledge, strike_teller: str | None = None) -> Sides:
    """``sides`` with the country's unidentified armed group on the side no report filled: side 1 when it is
    empty or when every named party is of the state's camp (they become side 2), side 2 when only it is empty
    and side 1 holds the state's camp (the army's "terrorists neutralised").  Unchanged for other kinds of
    event, for an air strike, for sides that already hold a party outside the state's camp, and when the
    base has no such group for the country; with no party named at all, only a blast gets its unnamed doer.  An air
    strike with no side 1 gets the army that tells of it (``strike_teller``), else the country's armed forces
    (``_state_operator``)."""
    actor1, assoc1, actor2, assoc2 = sides
    if sub_event_type in _STATE_DEEDS:
        return _state_operator(country, sides, knowledge, strike_teller)
    if event_type not in _WITH_TWO_SIDES:
        return sides
    one = [a for a in (actor1, *assoc1) if a]
    two = [a for a in (actor2, *assoc2) if a]
    group = unidentified_group(country, knowledge)
    if group is None:
        return sides
    if not one and not two:
        # nothing named at all: no target to set the doer against, but a bomb or a grenade was set off by someone
        # ("assailants threw a grenade into a bar, wounding three people"): ACLED's doer of an unclaimed blast
        return (group, [], None, []) if event_type == "Explosions/Remote violence" else sides
    camp_one = all(_state_camp(a, knowledge) for a in one)
    # civilians with no doer named are an unnamed group's victims; the state's camp against civilians
    # is the state's own violence, left as the reports tell it
    targets = all(_state_camp(a, knowledge) or knowledge.kind(a) == "civilians" for a in two)
    if not one and targets or camp_one and two and all(_state_camp(a, knowledge) for a in two):
        target = list(dict.fromkeys(one + two))
        return group, [], target[0], target[1:]
    if not two and camp_one:
        return actor1, assoc1, group, []
    if not two and group in one and any(_state_camp(a, knowledge) for a in one):
        # the state and its unnamed enemy on one side: two outlets told the deed from opposite ends ("soldiers
        # perished in an ambush by gunmen", "gunmen ambushed the convoy"); the state's camp is the target
        target = [a for a in one if _state_camp(a, knowledge)]
        doers = [a for a in one if a not in target]
        return doers[0], doers[1:], target[0], target[1:]
    return sides
