"""A sentence that opens on another town: a roundup's next incident, not the event's figures.

An article that tells incidents at several towns tells each in its own sentence, opened by its town (« À Léré, …
12 soldats ont été tués. Quelques heures plus tard, à Niono, … tuant deux civils », "In Gao, …"): the figures of
such a sentence belong to the incident of its town.  A count read in the paragraphs of an event's reports skips
them when the town is none of the event's own places (the sentence of one of its reports is always read).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitrep.knowledge.names import fold_place_name
from sitrep.model import EventMention

# the opening's locative, after an optional time or linking clause (« Quelques heures plus tard, à X », « Plus au
# nord, à X », "Later, in the town of X"): the preposition and the town's capitalised name.  Only the prepositions
# of a settlement: French « à » (a country or a region takes « au », « en », « dans »), English "in the town of"
# ("In Mali," names a country)
_OPENS_ON_TOWN = re.compile(
    r"^\W*(?:[^,.;:]{0,40},\s*)?(?:[àÀ]\s+(?:la\s+(?:localité|ville|commune)\s+de\s+)?|"
    r"[Ii]n\s+the\s+(?:town|village|city)\s+of\s+)"
    r"([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s*,", re.UNICODE)


def own_towns(mentions: Iterable[EventMention]) -> set[str]:
    """The place names (as written and as the gazetteer has them) of an event's reports."""
    out: set[str] = set()
    for m in mentions:
        if m.place is not None:
            out.update(fold_place_name(n) for n in (m.place.surface, m.place.name) if n)
    return out


def opens_on_another_town(sentence: str, towns: set[str]) -> bool:
    """The sentence opens on a town the event's reports never name (« Quelques heures plus tard, à Niono, … »)."""
    m = _OPENS_ON_TOWN.match(sentence)
    if m is None or not towns:
        return False
    return fold_place_name(m.group(1)) not in towns
