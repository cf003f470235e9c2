"""The two figures of a range told around a count ("two to three people were killed", « entre 10 et 15 personnes ont
été tuées »): the toll reader (``sitrep.analyse.fatalities``) reads one figure of it and asks here for the other."""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.analyse.number_words import number_alternation, parse_number


def _figure(language: str) -> str:
    """A range's figure: up to three digits or a number word."""
    return rf"\d{{1,3}}|{number_alternation(language)}"


def range_head(language: str) -> str:
    """The optional opening of a range a count closes, for a reader that takes the count after it ("killing between 10
    and 15 civilians": ``range_first`` then reads the 10)."""
    return rf"(?:(?:between|entre)\s+(?:{_figure(language)})\s+(?:and|et)\s+)?"


@lru_cache(maxsize=4)
def _range_opening(language: str) -> re.Pattern[str]:
    """The first figure of a range closing right before a count ("2 to", "between two and", « deux à »)."""
    num = _figure(language)
    # ("and" only after "between": "killed 4 and 5 were wounded" is no range)
    return re.compile(rf"(?:\b(?:between|entre)\s+(?P<b>{num})\s+(?:and|et)|(?<!\w)(?P<a>{num})\s*(?:to|or|-|–|à|ou))\s*$",
                      re.IGNORECASE)


def range_first(m: re.Match[str], language: str) -> int | None:
    """The lower figure of a range whose upper figure ``m`` reads ("two to three", "5-6 soldiers"), if any."""
    if m.group("qual"):
        return None
    return _lower_figure(m.string, m.start("num"), language)


def _lower_figure(text: str, start: int, language: str) -> int | None:
    """The first figure of a range closing right before ``start``, read in ``language``."""
    r = _range_opening(language).search(text, max(0, start - 24), start)
    parsed = parse_number(r.group("a") or r.group("b"), language) if r else None
    return parsed[0] if parsed and not parsed[1] else None


# what a figure after "to" / « à » must not be followed by to close a range: a distance, an hour or an age
# (« 3 à 20 km de Y », "2 to 3 hours later")
_NOT_A_COUNT_AFTER = (r"(?!\s*(?:km\b|kilom|miles?\b|mètres?\b|m\b|heures?\b|h\b|hours?\b|ans\b|years?\b|jours\b|days\b|"
                      r"mois\b|months?\b|%))")


@lru_cache(maxsize=4)
def _range_closing(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The opening word of a range before its first figure ("between", « entre ») and its second figure after it
    ("and 15", « et quinze »); and a second figure right after the first one with no opening word (« de neuf à quinze
    morts », "from 9 to 15", « trois ou quatre »)."""
    num = _figure(language)
    return (re.compile(r"\b(?:between|entre)\s+$", re.IGNORECASE),
            re.compile(rf"\s+(?:and|et)\s+(?P<n>{num})(?!\w)", re.IGNORECASE),
            re.compile(rf"\s*(?:to|à|-|–|or|ou)\s*(?P<n>{num})(?!\w){_NOT_A_COUNT_AFTER}", re.IGNORECASE))


def range_last(m: re.Match[str], language: str) -> int | None:
    """The upper figure of a range whose lower figure ``m`` reads ("between 10 and 15 people were killed", « le bilan
    est de neuf à quinze morts »), if any."""
    if m.group("qual"):
        return None
    opening, second, adjacent = _range_closing(language)
    if opening.search(m.string, max(0, m.start("num") - 12), m.start("num")):
        r = second.match(m.string, m.end("num"))
    else:
        r = adjacent.match(m.string, m.end("num"))
    parsed = parse_number(r.group("n"), language) if r else None
    return parsed[0] if parsed and not parsed[1] else None


def lower_figure_before(text: str, start: int) -> int | None:
    """The lower figure of a range whose upper figure starts at ``start`` (« de neuf à quinze morts », "between 10
    and 15 dead"), in either language: a reader that takes each number alone (``fuse.counts``) counts the range by
    it, as ACLED codes a range's lowest figure, and does not set its two ends against each other's sources."""
    for language in ("fr", "en"):
        if (lower := _lower_figure(text, start, language)) is not None:
            return lower
    return None
