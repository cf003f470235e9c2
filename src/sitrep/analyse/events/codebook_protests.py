"""A protest whose dispersal a note tells in another sentence: ACLED's protest with intervention.

A coder's note often tells the march first and the forces' answer after it ("Students marched in X to demand
Y. Police dispersed them with tear gas."): the march's sentence alone reads as a peaceful protest, the note
as a whole is one with intervention.  Only a short text (one event) is read whole, and only an act of the
forces against the crowd counts (dispersed, broke up, tear gas, arrests), told with who did it: "the crowd
dispersed in the afternoon" names nobody who intervened.  Harm to the crowd is left to the rules on force.
"""

from __future__ import annotations

import re

from sitrep.analyse.events.protest_causes import ORDER_WORD
from sitrep.analyse.events.weapons import HURT

# what forces do to a crowd: disperse it, break it up, gas it, charge it, arrest some of it
DISPERSAL = re.compile(
    r"\b(?:dispers(?:ed|ing|e)|broke up|break up|broken up|tear ?-?gas\w*|water cannons?|baton[- ]charg\w*|"
    r"charged (?:the|them|at)|arrest(?:ed|ing)|detain(?:ed|ing)|dispersé\w*|disperser|gaz lacrymogènes?|"
    r"interpell(?:é|és|ée|ées|ations?))\b",
    re.IGNORECASE,
)


def dispersed_in_another_sentence(sentence_texts: list[str], own: str) -> bool:
    """Whether a sentence of a short text other than the protest's own (``own``) tells forces dispersing,
    gassing or arresting the crowd, and nobody hurt (a note's "Police dispersed them with tear gas.")."""
    others = [t for t in sentence_texts if t != own]
    return any(DISPERSAL.search(t) and ORDER_WORD.search(t) for t in others) and not any(HURT.search(t) for t in others)
