"""A town read from the name of its hospital, where the wounded or the dead were brought: "The Ouahigouya
Regional Hospital received 14 wounded after an attack on Thiou", "Ouagadougou Teaching Hospital received the
bodies of four VDP killed at Bourzanga".

The town opening an institution's name is a place (``place_entity_words.opens_town_institution``): the event is
there when the sentence names no other ("Gunmen attacked the Tillabéri Regional Hospital").  A hospital is where
people are taken, though: when the sentence names another known place, that one is where the event happened.
"""

from __future__ import annotations

import re

from sitrep.analyse.events.mentions import is_country
from sitrep.model import PlaceMention

# the care a town's name may open: "Regional Hospital", "Teaching Hospital", "health centre", "CHU"
_CARE_AFTER = re.compile(r"\s+(?:(?:regional|teaching|university|district|general|central|military|main)\s+){0,2}"
                         r"(?:hospital|health\s+cent(?:re|er)|clinic|CHU|CHR|CSCOM|CSPS)\b", re.IGNORECASE)


def hospitals_aside(text: str, here: list[PlaceMention]) -> list[PlaceMention]:
    """``here`` less the towns named only as their hospital's, when another known place below a country stays."""
    kept = [p for p in here if not _CARE_AFTER.match(text, p.span.char_end)]
    if len(kept) == len(here) or not any(p.place_id is not None and not is_country(p) for p in kept):
        return here
    return kept
