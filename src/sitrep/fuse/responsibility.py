"""Who claimed an attack: a group's claim of responsibility names side 1 when the reports did not.

News copy tells the attack with "gunmen" or « des hommes armés » and, a sentence later, that a group
"said in a statement that its fighters had attacked …" or « a revendiqué l'attaque ».  That claim is
a ``Claim`` tied to the event's reports, not a report of its own, so it reaches the consensus here:
ACLED codes the actor "named or clearly implied", and a group's own claim names it.  The claim
replaces only an unidentified side 1 (a named perpetrator stays, and a different one makes a
perpetrator dispute elsewhere)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sitrep.knowledge.actor_knowledge import ActorKnowledge
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS
from sitrep.model import Claim, EventMention, Stance

# "its fighters had attacked", "its men killed", « ses combattants ont attaqué », « ses hommes ont tué »
_OWN_ACT = re.compile(
    r"\b(?:its|their)\s+(?:fighters|men|combatants|militants|mujahideen|members|soldiers)\s+(?:had\s+|have\s+)?"
    r"(?:attacked|killed|struck|targeted|ambushed|raided|carried out|stormed|executed|abducted|seized|planted|"
    r"detonated|laid)\b"
    # a claim told in the narration: "JNIM claimed the blast", "a statement claiming Thursday's assault", « le JNIM a revendiqué l'embuscade »
    r"|\bclaim(?:ed|ing|s)\s+(?:responsibility\s+for\s+)?(?:the|that|this|\w+day's)\s+(?:deadly\s+)?"
    r"(?:attack|assault|blast|bombing|explosion|ambush|raid|strike|killings?|kidnapping|abduction)\b"
    r"|\ba\s+revendiqu[ée]\s+(?:l'|la\s+|le\s+|les\s+|cette\s+|cet\s+)?"
    r"(?:attaque|assaut|explosion|embuscade|attentat|raid|enl[èe]vement|tuerie)\b"
    r"|\b(?:ses|leurs)\s+(?:combattants|hommes|moudjahidines?|éléments)\s+(?:ont|avaient)\s+"
    r"(?:attaqué|tué|frappé|ciblé|pris pour cible|mené|exécuté|enlevé)\b", re.I)


def _unidentified(actor_id: str | None) -> bool:
    return actor_id is None or actor_id.startswith("unidentified-")


def claimant(mentions: Sequence[EventMention], claims: Sequence[Claim], sentence: Callable[[Claim], str],
             knowledge: ActorKnowledge) -> str | None:
    """The armed group that claims the event (a claim of responsibility, or its statement that its
    fighters did it, tied to one of ``mentions``); None when none or several do."""
    ids = {m.mention_id for m in mentions}
    groups = {c.speaker for c in claims
              if c.speaker and set(c.event_mentions) & ids
              and knowledge.kind(c.speaker) in ARMED_NON_STATE_KINDS and not _unidentified(c.speaker)
              and (c.stance == Stance.claims_responsibility or _OWN_ACT.search(sentence(c) or c.content or ""))}
    return groups.pop() if len(groups) == 1 else None


def with_claimant(actor1: str | None, assoc1: list[str], group: str | None) -> tuple[str | None, list[str]]:
    """Side 1 with the claiming group in place of an unidentified attacker."""
    if group is None or not _unidentified(actor1):
        return actor1, assoc1
    return group, [a for a in assoc1 if a != group and not _unidentified(a)]


def claimant_as_author(sides: tuple, group: str | None, knowledge: ActorKnowledge) -> tuple:
    """The four sides with a claiming group set as the attack's author where the reports set it, or the forces
    it struck, the wrong way round: a group that claims the attack is its author, never beside the forces it
    struck.  The reports' riposte ("our forces neutralised many assailants", the assailants read as the group
    the article names) sets the group on the struck side; an army's toll statement beside its air support
    (« l'armée a annoncé un bilan …, appuyée par des frappes aériennes ») sets the army first with nobody
    against it.  Either way the group takes side 1 and the forces side 2 (``with_claimant`` then fills an
    unidentified side 1); a non-state group already on side 1 stays (a perpetrator dispute elsewhere)."""
    actor1, assoc1, actor2, assoc2 = sides
    if group is None or group in (actor1, *assoc1):
        return sides
    if _unidentified(actor1) and group in (actor2, *assoc2):
        rest = [a for a in (actor2, *assoc2) if a and a != group]
        return (actor1, assoc1, rest[0], rest[1:]) if rest else sides
    if actor1 is not None and _unidentified(actor2) and not assoc2 \
            and knowledge.kind(actor1) not in ARMED_NON_STATE_KINDS:
        return group, [], actor1, [a for a in assoc1 if not _unidentified(a)]
    return sides
