"""A town's landmark named by an adjective and its noun ("the Grand Marché", « la Grande mosquée »,
"the Petit marché") is no place of its own: a gazetteer's hamlet called "Grand" is not where the
crowd gathered."""

from __future__ import annotations

import re

from sitrep.analyse.number_words import number_words
from sitrep.knowledge.names import fold_place_name

_LANDMARK_ADJECTIVES = frozenset({"grand", "grande", "petit", "petite", "vieux", "vieille", "nouveau", "nouvelle"})
_LANDMARK_NOUN = re.compile(r"\s+(?:march[ée]|markets?|mosqu[ée]e|mosque|h[ôo]tel|hotel|stade|stadium|gare|rond-point)\b",
                            re.IGNORECASE)


# "Independence Square in Bamako", "Nation Avenue in Niamey": the name of a square, street or bridge said to
# lie in a town (its noun capitalised as part of the name) is no town of that name (Independence, Missouri);
# the town that follows is where it is.  Without "in <Town>" the street's name stays a name to resolve
# ("on College Street near Dufferin Street": street names are toponyms of their own in news geoparsing)
# A neighbourhood or quarter named before its word ("the Aliou neighbourhood of Kidal town", "the Hamdallaye
# quarter in Bamako") is a part of the town that follows, not a namesake elsewhere.
_STREET_NOUN_AFTER = re.compile(r"\s+(?:Square|Street|Avenue|Boulevard|Bridge|Roundabout|(?i:neighbou?rhood|quarter))"
                                r"\s+(?:in|of)\s+(?:the\s+)?[A-ZÀ-Þ]")
# the field of a ministry or a minister ("the Ministry of Economy in Ouagadougou", « le ministre de l'Économie »)
# is no town of that name (Economy, Indiana); the administrative unit of "the department of Say" is another form
_OFFICE_BEFORE = re.compile(r"\b(?:Ministry|Minister|Ministère|Ministre)\s+(?:of|de|du|des)\s+(?:the\s+|la\s+|l['’]\s*)?$",
                            re.IGNORECASE)


def names_landmark(text: str, s: int, e: int, surface: str) -> bool:
    """True when text[s:e] (``surface``) is part of a landmark's or an office's name rather than a place."""
    if _STREET_NOUN_AFTER.match(text, e) or _OFFICE_BEFORE.search(text[max(0, s - 40):s]):
        return True
    first, _, rest = surface.partition(" ")
    if fold_place_name(first) in _LANDMARK_ADJECTIVES and _LANDMARK_NOUN.match(" " + rest if rest else text[e:e + 30]):
        return True
    before = text[max(0, s - 12):s].split()
    # "Market" of "the Grand Market" once "Grand" is vetoed
    return bool(before) and fold_place_name(before[-1]) in _LANDMARK_ADJECTIVES \
        and _LANDMARK_NOUN.fullmatch(" " + surface) is not None


def is_count_word(surface: str) -> bool:
    """A bare number word ("Four Nigerien servicemen were killed", « Trois civils... »)
    is a count, not the hamlet or French commune of that name: the numbers tables of both languages say which."""
    word = surface.strip().lower()
    return " " not in word and any(word in number_words(language) for language in ("en", "fr"))
