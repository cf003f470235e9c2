"""Robbers who kill in the Sahel: ACLED's Sahel notes code armed robbers, highway bandits and cattle thieves who
kill or shoot people as an unidentified armed group's attack on civilians, not as ordinary crime ("armed robbers
stopped a minibus and shot dead a passenger", "cattle thieves killed a herder and took his animals", « des bandits
armés ont attaqué le village, tuant trois personnes »).  Elsewhere a
robbery that ends in a death stays a crime (a jeweller shot in a city hold-up): there the robbers are no party to
the conflict the data follow."""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.fatalities import find_fatalities
from sitrep.knowledge.sahel_places import COUNTRIES as SAHEL_COUNTRIES

# the doers of a robbery or a theft of livestock, and their French names
ROBBERS = re.compile(r"\b(?:(?:armed|road|highway)\s+)?(?:robbers?|thie(?:f|ves)|rustlers?|highwaym[ae]n|bandits?|"
                     r"braqueurs?|voleurs?|coupeurs?\s+de\s+route)\b", re.IGNORECASE)
# a shooting that hurt someone, when no death is told ("shot the owner", "opened fire on the herders")
_SHOT_AT = re.compile(r"\b(?:shot|opened\s+fire|fired\s+(?:on|at)|gunned\s+down|tiré|ouvert\s+le\s+feu|abattu)\b", re.IGNORECASE)


def sahel_robbers_killing(ctx: Context, text: str) -> bool:
    """Whether sentence ``text`` of a Sahel document tells robbers or thieves who killed or shot people."""
    if ctx.dominant_country not in SAHEL_COUNTRIES or not ROBBERS.search(text):
        return False
    killed, _ = find_fatalities(text, ctx.language)
    return killed is not None and (killed.low or 0) > 0 or _SHOT_AT.search(text) is not None
