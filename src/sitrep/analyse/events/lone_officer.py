"""One member of the forces killed by a targeted shooting, with no unit, post or fight told: an assassination.

"Policeman gunned down by suspected militants", "gunmen shot dead a constable outside a mosque", "shot dead the
director of a prison as he left work".  ACLED codes a battle when armed sides meet, an attack on security forces
counting as one when it strikes a post, a patrol or a convoy that can answer it; one officer singled out and shot,
with nothing told of his unit or of shots returned, met no resistance: the killers struck a person, not a force
(violence against civilians, an attack), as the codebook does for soldiers killed off duty.  The words of a targeted
killing ("gunned down", "shot dead", "assassinated", « abattu ») mark it; a plain "killed" does not (a soldier killed
in an ambush is a battle's dead).  Police, gendarmes and prison staff only: a soldier shot by rebels is a combatant
struck by the enemy he is at war with (the CASE convention: "Soldier shot dead by NPA rebels" is a clash)."""

from __future__ import annotations

import re

# one member of the forces or of a prison's staff, singular (English, French)
_ONE_MEMBER = (r"(?:policem[ae]n|police(?:wom[ae]n)?\s+(?:officer|constable|inspector|sub-inspector|sergeant|official)|"
               r"(?:head\s+)?constable|cop|gendarme|special police officer|SPO|"
               r"prison (?:director|warden|guard|officer|official)|director of (?:a|the) prison|jail (?:warden|guard|officer)|"
               r"policier|gardien de prison|directeur de (?:la |l['’])?prison)")
# the deed of a targeted killing, either language
_SHOT_DOWN = (r"(?:gunned down|shot dead|shot and killed|shot (?:him )?at point[- ]blank(?: range)?|assassinated|"
              r"hacked to death|stabbed to death|abattu|abattue|assassiné|assassinée)")
LONE_MEMBER_SHOT = re.compile(
    # active: "shot dead a policeman", "gunned down an off-guard constable", "shot dead the director of a prison"
    r"\b" + _SHOT_DOWN + r"\s+(?:a|an|one|the|un|une|le|la)\s+(?:[\w-]+\s+){0,3}?" + _ONE_MEMBER + r"\b(?!s\b|-)"
    # passive or a headline's: "Policeman gunned down by …", "a soldier was shot dead", « un policier a été abattu »
    r"|(?:^|\b(?:a|an|one|un|une)\s+)(?:[\w-]+\s+){0,2}?" + _ONE_MEMBER + r"\s+(?:(?:was|has been|had been|is|a été)\s+)?"
    r"(?:\w+ly\s+)?" + _SHOT_DOWN + r"\b",
    re.IGNORECASE)
# what makes it a force met rather than a person struck: a unit or a post, a fight told, other armed dead counted
_FORCE_MET = re.compile(
    r"\b(?:patrols?|convoys?|escorts?|units?|detachments?|posts?|outposts?|checkpoints?|check-posts?|pickets?|bases?|camps?|"
    r"barracks|positions?|stations?|bunkers?|ambush(?:ed|es)?|encounters?|operations?|raids?|clash(?:ed|es)?|"
    r"fight(?:ing|s)?|fought|battles?|exchanges?|exchanged|returned fire|fired back|retaliat\w*|gunfights?|"
    r"soldiers|policemen|troops|gendarmes|jawans|personnel|officers|militants were|attackers were|"
    r"patrouilles?|convois?|postes?|combats?|accrochages?|riposté)\b",
    re.IGNORECASE)


def lone_member_shot(text: str) -> bool:
    """Whether ``text`` tells one member of the forces (or a prison's) singled out and shot down, nothing told of his unit,
    a post, a fight or other armed dead: one-sided, an attack on a person."""
    return LONE_MEMBER_SHOT.search(text) is not None and _FORCE_MET.search(text) is None
