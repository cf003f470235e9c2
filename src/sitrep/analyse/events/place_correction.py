"""A report that corrects where an incident happened: "the attack took place in the village of Takabougou, about 12 km
east of Markoye, and not in Markoye itself as first reported", « l'attaque a eu lieu à X, et non à Y comme annoncé
initialement ».

A follow-up a week later often moves the incident to the village it really struck, while every earlier report (more
of them) names the first place.  The sentence that says so marks its mention ``place_corrected``: fusion then takes
its place over the first reports' (``sitrep.fuse.consensus.consensus_place``).
"""

from __future__ import annotations

import re

from sitrep.analyse.first_told import FIRST_ADVERBS_EN, FIRST_ADVERBS_FR, TOLD_VERBS_EN
from sitrep.model import EventMention

# "and not in Y (itself) as first reported", "not Y as initially stated", "rather than Y, as earlier reported",
# « et non à Y comme annoncé initialement », « et non pas à Y comme indiqué dans un premier temps »
_CORRECTED = re.compile(
    r"\b(?:(?:and\s+)?not|rather\s+than|instead\s+of)\s+(?:in|at|near\s+)?\s*(?-i:(?P<en>[A-Z][\w'’-]+))(?:\s+itself)?\s*,?\s*"
    # a first telling's words (``first_told``), and other tellings since proved wrong ("as wrongly thought")
    rf"as\s+(?:was\s+|had\s+been\s+)?(?:{FIRST_ADVERBS_EN}|earlier|previously|originally|wrongly)\s+"
    rf"(?:{TOLD_VERBS_EN}|stated|announced|thought|believed)"
    r"|\bet\s+non\s+(?:pas\s+)?(?:à|a|au|dans|près\s+de)\s+(?-i:(?P<fr>[A-Z][\w'’-]+))\s*,?\s*comme\s+(?:(?:l['’]|il\s+l['’])?avait\s+été\s+)?"
    r"(?:annoncée?|indiquée?|rapportée?|affirmée?|dite?|signalée?)s?\s+(?:"
    rf"{FIRST_ADVERBS_FR}|d['’]abord|dans\s+un\s+premier\s+temps|plus\s+tôt|par\s+erreur)",
    re.IGNORECASE)


def corrected_away(text: str) -> str | None:
    """The place the sentence moves its incident away from ("Markoye" in "… and not in Markoye as first reported")."""
    hit = _CORRECTED.search(text)
    return (hit.group("en") or hit.group("fr")) if hit else None


def with_place_corrections(text: str, mentions: list[EventMention]) -> list[EventMention]:
    """The mentions, those whose sentence corrects the place (and places them elsewhere) flagged ``place_corrected``."""
    out = []
    for m in mentions:
        away = corrected_away(text[m.span.char_start:m.span.char_end]) if m.place is not None else None
        if away and away.lower() not in (m.place.name.lower(), m.place.surface.lower()):
            m = m.model_copy(update={"place_corrected": True})
        out.append(m)
    return out
