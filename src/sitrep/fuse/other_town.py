"""A sentence that opens on another town: a roundup's next incident, not the event's figures.

An article that tells incidents at several towns tells each in its own sentence, opened by its town (« À Léré, …
12 soldats ont été tués. Quelques heures plus tard, à Niono, … tuant deux civils », "In Gao, …"): the figures of
such a sentence belong to the incident of its town.  A count read in the paragraphs of an event's reports skips
them when the town is none of the event's own places (the sentence of one of its reports is always read).

A paragraph read after a report's own (where its toll often follows) that opens on a move to another incident
("Hours later, gunmen killed six worshippers … in Ayorou", "Meanwhile, in …", « Quelques heures plus tard, … à X »)
and names a town none of the event's reports name tells that incident, not the event's figures.
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


# the opening of a sentence that moves on to another incident: a shift in time or a word of another deed.  The story
# moves on, not its people: the journey and leaving words (``JOURNEY_BEFORE``, ``withdrawals.LEAVING_LEMMAS``) tell
# where people went and are no opening of this kind; the toll readers' words of an incident apart (``tolls._APART``)
# stand anywhere in a sentence, these only at its opening
_MOVES_ON = re.compile(
    r"^\W*(?:(?:a\s+few\s+|several\s+|two\s+|three\s+)?(?:hours|minutes)\s+(?:later|earlier)|later\s+(?:that|the\s+same)\s+"
    r"(?:day|morning|afternoon|evening|night)|meanwhile|elsewhere|in\s+(?:a|an)\s+(?:separate|other|second|another)\b|"
    r"in\s+another\b|(?:quelques|plusieurs|deux|trois)\s+heures\s+(?:plus\s+tard|auparavant|plus\s+t[ôo]t)|"
    r"(?:le\s+)?m[êe]me\s+jour|par\s+ailleurs|ailleurs|dans\s+une\s+autre\s+attaque)\b", re.IGNORECASE)
# a town the sentence places something at: "in Ayorou", "near X", « à X », « près de X »
_AT_TOWN = re.compile(r"\b(?:in|at|near|à|près\s+d['’e]\s*)\s*([A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?)")


def moves_to_another_town(sentence: str, towns: set[str]) -> bool:
    """The sentence moves on to another incident ("Hours later, …", « Quelques heures plus tard, … ») and names a
    town, none of which the event's reports name."""
    if not towns or _MOVES_ON.match(sentence) is None:
        return False
    named = {fold_place_name(m.group(1)) for m in _AT_TOWN.finditer(sentence)}
    return bool(named) and not named & towns
