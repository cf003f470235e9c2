"""Who flew a strike no report names an operator for: the army that tells of it.

Armies announce their own strikes ("an air strike killed four militants near X, according to the French army",
"The French army confirmed the strike three days later", « l'armée française a annoncé la frappe »), and a strike's
reports often leave its operator to that statement.  Before 2022 French forces struck in Mali far more often than
Mali's own air force, so reading every such strike as the state's own (``sitrep.fuse.unnamed_side``) gave France's
strikes to Mali.  A country's armed forces that speak of the strike (a report's source, or a statement tied to one
of its reports) are its operator, whatever the year; a peace mission, a government or a rights body that speaks of
one is no operator (the UN reports the strikes of others), so only a state's military forces count.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.knowledge.actor_knowledge import ActorKnowledge, in_revolt
from sitrep.model import Claim, EventMention


# the base's kinds for a country's military: its own state forces, or a foreign army it files as external (France's)
_MILITARY_KINDS = frozenset({"state_forces", "external_other"})


def _armed_forces(actor_id: str | None, knowledge: ActorKnowledge) -> bool:
    """A country's (loyal) military forces, at home or abroad: the base's "<country>-armed-forces" actors."""
    if not actor_id or not actor_id.endswith("-armed-forces") or knowledge.kind(actor_id) not in _MILITARY_KINDS:
        return False
    actor = knowledge.get(actor_id)
    return actor is not None and not in_revolt(actor)


def strike_teller(mentions: Sequence[EventMention], claims: Sequence[Claim], knowledge: ActorKnowledge) -> str | None:
    """The one country's armed forces that tell of the strike ``mentions`` report (their source, or the speaker of a
    statement about one of them); None when none does or forces of two countries do."""
    ids = {m.mention_id for m in mentions}
    tellers = {m.source_actor for m in mentions} | {c.speaker for c in claims if set(c.event_mentions) & ids}
    forces = {t for t in tellers if _armed_forces(t, knowledge)}
    return forces.pop() if len(forces) == 1 else None
