"""Places named as someone's office or origin: "the village chief of Dourou", "the imam of Konna", "a
native of Tenenkou", « le chef de village de Sanga », "a teacher from Bandiagara".

An ACLED note names the victim by the place they serve or come from as often as by their name ("abducted
the King of Gan … in the village of Obire (Loropeni, Poni)"): that place is no evidence of where the
event happened, and yields to the place the note locates the deed at (``events.placement``).  The words
are per language, in ``analyse/data/place_titles_<lang>.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.analyse.data_tables import NOTHING, alternations

# how far before a place the words naming an office or an origin are read
_BEFORE_CHARS = 70


@lru_cache(maxsize=4)
def _pattern(language: str) -> re.Pattern[str]:
    words = alternations("place_titles", language or "en")

    def alt(kind: str) -> str:
        return words.get(kind) or NOTHING

    article = r"(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?"
    of = rf"(?:{alt('of')})(?:\s+|(?<=['’]))"
    title = rf"\b(?:{alt('title')})\s+{of}{article}(?:(?:{alt('settlement')})\s+{of}{article})?"
    origin = rf"\b(?:{alt('origin')})(?:\s+|(?<=['’])){article}"
    person = rf"\b(?:{alt('person')})\s+(?:(?:from|de|du|d['’])(?:\s+|(?<=['’]))){article}"
    return re.compile(rf"(?:{title}|{origin}|{person})$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _after(language: str) -> re.Pattern[str]:
    """The office named right after its place ("the Dourou village chief", "Sanga's imam")."""
    after = alternations("place_titles", language or "en").get("after") or NOTHING
    return re.compile(rf"(?:['’]s)?\s+(?:{after})\b", re.IGNORECASE)


def titled(text: str, start: int, language: str | None, end: int | None = None) -> bool:
    """Whether the place at ``start``:``end`` in ``text`` follows an office held over it or someone's
    origin ("the mayor of X", "a native of X", "a teacher from X"), or comes before the office ("the X
    village chief"; only given ``end``)."""
    if _pattern(language or "en").search(text[max(0, start - _BEFORE_CHARS):start]) is not None:
        return True
    return end is not None and _after(language or "en").match(text, end) is not None
