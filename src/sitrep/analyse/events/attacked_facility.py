"""The forces whose camp, post or convoy an attack struck, when the text names the facility and not its holders.

« Le camp militaire de Nampala a fait l'objet d'une attaque », « l'attaque menée contre le camp des Forces armées
maliennes (FAMa) de Nampala », « l'attaque du détachement militaire de Toulfé », "an attack on the army base in X":
the parse finds no party among the attacked (the owner hangs on the facility's noun, or is only an adjective), yet
ACLED codes the forces holding the facility as actor 2.  The holder is the state force named as the facility's owner
right after its noun (« camp des FAMa », « poste de l'armée », "base of the Malian army"), else, for a facility the
text calls military (« camp militaire », « poste militaire », "military base", "army post"), the armed forces of the
story's country.  Read only for a battle whose attacked side is still empty and whose side 1 holds no state force
(soldiers who set out from their camp are not its attackers).
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, is_government_side, Sentence
from sitrep.analyse.events.mentions import actors_in, dominant_country
from sitrep.analyse.events.types import BATTLES
from sitrep.knowledge.actors import is_civil_government

# a facility or unit of an armed force, with its owner or its military adjective after it (French) or before it
_FACILITY = (r"(?:camps?|postes?(?:\s+avancés?)?|bases?|détachements?|garnisons?|casernes?|positions?|convois?|"
             r"patrouilles?|unités?)")
_OWNER_AFTER = re.compile(rf"\b{_FACILITY}\s+(?:des|de\s+la|de\s+l['’]|du|d['’])\s*$", re.IGNORECASE)
_MILITARY_FR = re.compile(rf"\b{_FACILITY}\s+militaires?\b", re.IGNORECASE)
_MILITARY_EN = re.compile(r"\b(?:military|army)\s+(?:camps?|posts?|outposts?|bases?|garrisons?|barracks|positions?|"
                          r"detachments?|convoys?|patrols?)\b", re.IGNORECASE)
_OWNER_WITHIN = 40  # the words before an owner's name: the facility's noun and its article


def facility_holders(ctx: Context, s: Sentence, side1: list[str], event_type: str) -> list[str]:
    """The state forces holding the camp, post or convoy the battle sentence ``s`` tells attacked ([] for another
    type of event, when it names none, or when side 1 already holds a state force)."""
    if event_type != BATTLES or any(is_government_side(ctx, a) for a in side1):
        return []
    text = ctx.document.text
    for m in sorted(actors_in(ctx, s), key=lambda m: m.span.char_start):
        if m.actor_id in side1 or actor_kind(ctx, m.actor_id) != "state_forces":
            continue
        if _OWNER_AFTER.search(text[max(s.start, m.span.char_start - _OWNER_WITHIN):m.span.char_start]):
            return [m.actor_id]
    if not (_MILITARY_FR if ctx.language == "fr" else _MILITARY_EN).search(s.text):
        return []
    # the state forces the sentence names are the camp's ("Militants killed 12 Malian soldiers in an attack on an army
    # camp"), whatever country the rest of the story (a dateline, a neighbour) leans to
    named = next((m.actor_id for m in sorted(actors_in(ctx, s), key=lambda m: m.span.char_start)
                  if m.actor_id not in side1 and actor_kind(ctx, m.actor_id) == "state_forces"
                  and not is_civil_government(m.actor_id)), None)
    if named is not None:
        return [named]
    country = dominant_country(ctx)
    found = ctx.knowledge.actors.resolve("soldiers", countries={country}) if country else []
    forces = found[0] if found else None
    return [forces] if forces and forces not in side1 and actor_kind(ctx, forces) == "state_forces" else []
