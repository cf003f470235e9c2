"""Whether a sentence refers back to an incident told before it ("the attack", "this ambush"), quotes and all:
a statement calling it the "cowardly attack" or « l'attaque "lâche" » still names that incident, so it keeps the
incident's place and day rather than the dateline's capital or the publication day."""

from __future__ import annotations

import re

from sitrep.analyse.events.cues import ANAPHORA

# the quotation marks a statement's own words are set in ("the "cowardly attack"", « l'“ignoble” attaque »)
_QUOTES = re.compile(r"[\"“”«»]")


def refers_back(text: str) -> bool:
    """Whether ``text`` names an incident told before it (``cues.ANAPHORA``), read with its quotation marks out."""
    return ANAPHORA.search(re.sub(r"\s+", " ", _QUOTES.sub("", text))) is not None

