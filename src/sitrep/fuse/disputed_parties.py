"""Two outlets' reports that part on one side only because that side is what they dispute.

Matching two reports (``sitrep.fuse.match.actor_relation``) parts them when they name parties of
unrelated camps on a side both name; two codings of one incident do exactly that on the side their
sources disagree about: who killed the villagers (soldiers or jihadists), or whom a strike from the air
hit (civilians at a market or "terrorists").  These tests say when such a parting is the dispute itself.
"""

from __future__ import annotations

from sitrep.knowledge.actor_knowledge import ActorKnowledge
from sitrep.knowledge.actors import is_civil_government  # read from here by match, weak_reports and match_actors
from sitrep.model import EventMention

# of the remote violence, only a strike from the air is what an army tells as its operation ("neutralised
# 20 terrorists in an operation near X"); a roadside bomb and the ambush after it are told apart
STRIKE_SUBTYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def strike_target_disputed(a: EventMention, b: EventMention, knowledge: ActorKnowledge) -> bool:
    """Two outlets' strike from the air (or the attack on civilians residents make of it), one naming
    civilians as who was hit and the other an armed group ("a drone strike killed 11 villagers at the
    market" / "the air force neutralised JNIM terrorists there"): one strike whose target is disputed,
    when the two name no perpetrators of unrelated camps (they part on side 2 only)."""
    if a.span.doc_id == b.span.doc_id or not any(m.sub_event_type in STRIKE_SUBTYPES for m in (a, b)):
        return False
    if not all(m.sub_event_type in STRIKE_SUBTYPES or civilians_targeted(m, knowledge) for m in (a, b)):
        return False
    hit = [[x for x in (*m.side2, *m.assoc2) if not x.startswith("unnamed:")] for m in (a, b)]
    if not all(hit):
        return False
    kinds = [{knowledge.kind(x) == "civilians" for x in side} for side in hit]
    if kinds[0] == kinds[1] or len(kinds[0]) > 1 or len(kinds[1]) > 1:
        return False  # both name civilians, or both fighters, or one names both: nothing to dispute
    if any(knowledge.kind(x) == "state_forces" for side in hit for x in side):
        return False  # a strike on an army is a battle's weapon, not this dispute
    flyers = [{x for x in (*m.side1, *m.assoc1) if not x.startswith("unnamed:") and not is_civil_government(x)}
              for m in (a, b)]
    return not (flyers[0] and flyers[1]) or any(knowledge.same_side(x, y) for x in sorted(flyers[0])
                                                 for y in sorted(flyers[1]))


def blamed_on_the_state_or_others(a: EventMention, b: EventMention, knowledge: ActorKnowledge) -> bool:
    """Two outlets' attacks on civilians, one blaming a state's forces and the other an armed
    group ("residents accuse soldiers" / "terrorists killed villagers"): the victims are one (an
    attack on civilians targets civilians, named or not), so it is one killing whose perpetrator is
    disputed.  Two armed groups of unrelated camps blamed for one day's killings stay two incidents."""
    if a.span.doc_id == b.span.doc_id or not (civilians_targeted(a, knowledge) and civilians_targeted(b, knowledge)):
        return False
    state = [any(knowledge.kind(x) == "state_forces" for x in (*m.side1, *m.assoc1)) for m in (a, b)]
    return state[0] != state[1]


def civilians_targeted(m: EventMention, knowledge: ActorKnowledge) -> bool:
    """An attack on civilians whose named targets, if any, are civilians (ACLED's violence against
    civilians targets the unarmed: a report that names no victim still means civilians)."""
    if m.event_type != "Violence against civilians":
        return False
    return all(knowledge.kind(x) == "civilians" for x in (*m.side2, *m.assoc2) if not x.startswith("unnamed:"))
