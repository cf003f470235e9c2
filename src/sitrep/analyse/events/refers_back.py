"""Whether a sentence refers back to an incident told before it ("the attack", "this ambush"), quotes and all:
a statement calling it the "cowardly attack" or « l'attaque "lâche" » still names that incident, so it keeps the
incident's place and day rather than the dateline's capital or the publication day; and whether a place is that dateline."""

from __future__ import annotations

import re

from sitrep.analyse.events.cues import ANAPHORA
from sitrep.ingest.dateline import CREDITED_OPENING

# the quotation marks a statement's own words are set in ("the "cowardly attack"", « l'“ignoble” attaque »)
_QUOTES = re.compile(r"[\"“”«»]")


def refers_back(text: str) -> bool:
    """Whether ``text`` names an incident told before it (``cues.ANAPHORA``), read with its quotation marks out."""
    return ANAPHORA.search(re.sub(r"\s+", " ", _QUOTES.sub("", text))) is not None


def heads_credited_line(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` opens its line before an agency's credit and dash, with its
    country between ("BAMAKO, Mali (AP) —"): the dateline the story was filed from, which a statement told
    under it does not place (``ingest.dateline``'s credited opening)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    opening = CREDITED_OPENING.match(text[line_start:line_start + 120])
    return opening is not None and end - line_start <= opening.end()
