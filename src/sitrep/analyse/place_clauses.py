"""Clauses that say where an event happened by the place they follow or by the whole country.

A note naming two places often tells the deed in a relative clause after the second: "a convoy leaving
Mopti was stopped at Konna, where militants abducted five drivers", « revenus à Bandiagara, où un
milicien a été abattu ».  The place that clause follows is the event's, whatever the sentence names
before it.  So is the place of the people who protest, named right before their verb ("residents of Niono
marched to denounce killings near Dogofry", « les habitants de Léré ont manifesté contre … près de Niono »):
ACLED codes a protest where its people gathered, not where their grievance arose.  A note whose scene is the whole country ("teachers marched across the country", « dans
tout le pays ») is coded by ACLED at the capital, at precision 3.  The words are per language, in
``analyse/data/place_clauses_<lang>.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.analyse.data_tables import NOTHING, alternations
from sitrep.model import PlaceMention

# the bracket of units a place may carry before its clause: "Hombori (Hombori, Douentza), where"
_BRACKET = r"(?:\s*\([^()]{0,80}\))?"


@lru_cache(maxsize=4)
def _deed_clause(language: str) -> re.Pattern[str]:
    words = alternations("place_clauses", language or "en")
    deed = "|".join(w for w in (words.get("deed"), words.get("gathering")) if w) or NOTHING
    aside = words.get("date_aside") or NOTHING
    return re.compile(rf"{_BRACKET}(?:(?:{aside})?(?:{words.get('deed') or NOTHING})|(?:{deed}))", re.IGNORECASE)


@lru_cache(maxsize=4)
def _nationwide(language: str) -> re.Pattern[str]:
    return re.compile(alternations("place_clauses", language or "en").get("nationwide") or NOTHING, re.IGNORECASE)


def deed_place(text: str, places: list[PlaceMention], trigger_at: int | None, language: str | None) -> list[PlaceMention]:
    """The place a deed clause follows and the places in its bracket, when the event's trigger lies in
    that clause (after the place, before the sentence ends); else ``places`` unchanged.  A destination
    told after its deed ("killed in X and taken to Mopti, where they were treated") keeps the deed's place."""
    if trigger_at is None:
        return places
    for p in places:
        clause = _deed_clause(language or "en").match(text, p.span.char_end)
        if clause is None or trigger_at < clause.end() or re.search(r"[.;!?]\s", text[clause.end():trigger_at]):
            continue
        return [p] + [q for q in places if p.span.char_end <= q.span.char_start < clause.end()]
    return places


def nationwide(sentence: str, language: str | None) -> bool:
    """Whether the sentence sets its event across the whole country ("across the country", « dans tout
    le pays »)."""
    return _nationwide(language or "en").search(sentence) is not None


@lru_cache(maxsize=4)
def _beside(language: str) -> re.Pattern[str]:
    words = alternations("place_clauses", language or "en")
    landform = words.get("landform") or NOTHING
    return re.compile(rf"^\s*(?:(?:{landform})\s*)?,?\s*(?:{words.get('beside') or NOTHING})\s*$", re.IGNORECASE)


def bearing_of(between: str, language: str | None) -> frozenset[str]:
    """The compass points by which the text ``between`` two names sets the first from the second
    ("Wagadou forest, north of Nara": {"north"}; « au sud-est de »: {"south", "east"}); empty when it
    sets no bearing without a distance."""
    m = _beside(language or "en").match(between)
    if m is None:
        return frozenset()
    words = alternations("place_clauses", language or "en")
    return frozenset(point for point in ("north", "south", "east", "west")
                     if words.get(point) and re.search(rf"(?:{words[point]})", m.group(0), re.IGNORECASE))


@lru_cache(maxsize=4)
def _border(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    border = alternations("place_clauses", language or "en").get("border") or NOTHING
    return (re.compile(rf"^\s*(?:[-–]\s*\w+\s+)?(?:{border})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{border})\b", re.IGNORECASE))


def names_a_border(between: str, after: str, language: str | None) -> bool:
    """Whether a country is named only as a border ("close to the Burkina Faso border", "near the border
    with Niger", « près de la frontière avec le Burkina »): the words ``after`` it or ``between`` it and
    the place before it name the border."""
    after_word, between_word = _border(language or "en")
    return after_word.match(after) is not None or between_word.search(between) is not None


# how far apart a place and the border it is said to lie by may stand in a note ("in Yoro, a village of Koro
# cercle close to the Burkina Faso border")
_BORDER_REACH = 100


def off_the_border(found: list, k: int, language: str | None) -> list:
    """The ``k``-th name's candidates less those inside a country the same passage names only as a border ("near
    Yoro, along the border with Burkina Faso" is Mali's Yoro, not a Yoro of Burkina Faso: a place in that
    country would be told "near the Malian border"); all of them when no other country's homonym is left."""
    para, start, end, cands = found[k][0], found[k][1], found[k][2], found[k][4]
    borders = set()
    for j, f in enumerate(found):
        if j == k or f[0] is not para or not f[4] or not all(c.is_country for c in f[4]):
            continue
        if f[1] - end > _BORDER_REACH or start - f[2] > _BORDER_REACH:
            continue
        if names_a_border(para.text[max(0, f[1] - 30):f[1]], para.text[f[2]:f[2] + 20], language):
            borders |= {c.country for c in f[4]}
    if not borders or all(c.is_country for c in cands):
        return cands
    return [c for c in cands if c.country not in borders] or cands
