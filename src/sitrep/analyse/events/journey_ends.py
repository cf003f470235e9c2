"""Where a sentence's people went, came from or speak from: journeys' ends and origins ("fled to Mopti", "a convoy
that had left Sevare for Boni", "militants from X", "the village chief of X") and the units that qualify them, set
aside from the places where an event may have happened (``placement``)."""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.mentions import is_country
from sitrep.analyse.place_anchors import unit_told_after
from sitrep.analyse.place_titles import titled
from sitrep.model import PlaceMention


def before_journey_ends(ctx: Context, here: list[PlaceMention], lang) -> list[PlaceMention]:
    """Where people fled or were taken, or a convoy was going ("fled to Mopti", "en provenance de Kayes",
    "towards Bamako") is not where the event happened: set aside when the sentence names another place
    the gazetteer knows.  Else (the village attacked is unknown) the destination, usually the nearest
    town, stands in for it at precision 2 ("near"), as ACLED codes an unknown village."""
    ends = journey_ends(ctx, here, lang)
    arrived = [p for p in here if _arrived(ctx, p, lang)] if ends else []  # (read once: the ends are among them)
    if any(p in arrived for p in ends):  # "left Anefis and arrived in Aguelhok": where the journey began
        ends += [p for p in here if p not in ends and ends_on(text_before(ctx, p), lang, "LEFT_BEFORE")]
    # the bracket after an end qualifies that end: "a man from Foube (Barsalogho, Sanmatenga) … near Pensa"
    # and the units that qualify those ("the village head of Douna, in the Filingue department (Tillaberi)")
    while qualifying := [p for p in here if p not in ends
                         and any(_qualifies(ctx.document.text, e, p, ctx.language or "en") for e in ends)]:
        ends += qualifying
    rest = [p for p in here if p not in ends]
    if not ends or any(p.place_id is not None and not is_country(p) and not _holds_an_end(ctx.document.text, p, ends) for p in rest):
        return rest or here
    # only journeys told: the place reached (with its bracket) is where the people were, not the one they left or
    # were still heading for ("a convoy that had left Anefis arrived in Aguelhok (Tessalit, Kidal) on its way to X")
    here = _reached(ctx, here, arrived) or here
    return [p if p not in ends or p.place_id is None else
            p.model_copy(update={"geo_precision": max(2, p.geo_precision)}) for p in here]


def _reached(ctx: Context, here: list[PlaceMention], arrived: list[PlaceMention]) -> list[PlaceMention]:
    """The places of ``here`` told as reached (``arrived``: known ones after ``ARRIVAL_BEFORE``) and the units that
    qualify them; empty when the sentence tells no arrival at a place the gazetteer knows."""
    if not arrived:
        return []
    text, language = ctx.document.text, ctx.language or "en"
    return [p for p in here if p in arrived or any(_qualifies(text, a, p, language) for a in arrived)]


def _arrived(ctx: Context, p: PlaceMention, lang) -> bool:
    """``p`` is a place the gazetteer knows, told as reached ("arrived in X", « est arrivé à X »)."""
    return p.place_id is not None and ends_on(text_before(ctx, p), lang, "ARRIVAL_BEFORE")


_JOINED = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|et|ou)\s*$", re.IGNORECASE)


def journey_ends(ctx: Context, here: list[PlaceMention], lang) -> list[PlaceMention]:
    """The places of ``here`` that are journeys' ends or origins (``journey_end``), with the names coordinated
    after one ("families have left for Nouna and Djibasso": both are where they went)."""
    ends = [p for p in here if journey_end(ctx, p, lang)]
    for p in sorted(here, key=lambda x: x.span.char_start):
        if p not in ends and any(_joined_after(ctx.document.text, e, p) for e in ends):
            ends.append(p)
    return ends


def _joined_after(text: str, end: PlaceMention, p: PlaceMention) -> bool:
    """``p`` follows ``end`` with only a comma or a conjunction between them ("to Nouna and Djibasso")."""
    return end.span.char_end <= p.span.char_start and bool(_JOINED.fullmatch(text[end.span.char_end:p.span.char_start]))


# an end's apposition or bracket that says where it lies: ", a farming village in Burkina Faso's", " ("
_WHERE_IT_LIES = re.compile(r"\s*(?:,|\()[^.;:!?()]{0,70}$")


def _holds_an_end(text: str, area: PlaceMention, ends: list[PlaceMention]) -> bool:
    """``area`` is the province or region an end's apposition places it in ("Residents of Kombori, a farming
    village in Burkina Faso's Kossi province, say ... were shot dead"): it says where that village lies, not
    another place of the sentence, so the village the residents speak of is the finer place of their incident.
    An area told otherwise ("displaced from X gathered in front of the Mopti governorate") is a place of its own."""
    if area.geo_precision < 3 and not (area.feature_code or "").upper().startswith("ADM"):
        return False
    return any(e.place_id is not None and e.country == area.country and e.admin1 and e.admin1 == area.admin1
               and (area.admin2 is None or area.admin2 == e.admin2) and e.span.char_end <= area.span.char_start
               and _WHERE_IT_LIES.match(text[e.span.char_end:area.span.char_start]) is not None for e in ends)


def _qualifies(text: str, end: PlaceMention, p: PlaceMention, language: str) -> bool:
    """``p`` is in the bracket of units right after ``end`` ("Foube (Barsalogho, Sanmatenga)"), or after
    ``end`` in the bracket ``end`` opens ("Barsalogho (Barsalogho, Sanmatenga)" read from its commune), or the
    unit told right after ``end`` ("the village head of Douna, in the Filingue department"): it says where
    ``end`` lies, and is no other place of the sentence."""
    # the unit may follow the end's own bracket: "the village chief of Kouakourou (Djenné cercle), in the Mopti region"
    bracket = _BRACKET.match(text, end.span.char_end)
    told_from = bracket.end() if bracket and bracket.end() <= p.span.char_start else end.span.char_end
    return (end.span.char_end <= p.span.char_start and unit_told_after(
        text[told_from:p.span.char_start], text[p.span.char_end:p.span.char_end + 20], p.surface, language)
    ) or in_bracket_after(text, end, p)


_BRACKET = re.compile(r"\s*\([^()]{1,80}\)")
# the settlement's word between a name and its bracket ("the village chief of Macina town (Ségou region)", « le chef
# du village de Sanga ville (cercle de Bandiagara) »): the bracket still qualifies the name
_SETTLEMENT_WORD = re.compile(r"\s*(?:(?:town|village|city|locality|hamlet|ville|localité)\s*)?", re.IGNORECASE)


def in_bracket_after(text: str, end: PlaceMention, p: PlaceMention) -> bool:
    """``p`` is in the bracket of units right after ``end``, or after ``end`` in the bracket ``end`` opens."""
    opened = text.rfind("(", 0, p.span.char_start)
    return (end.span.char_end <= p.span.char_start and opened > text.rfind(")", 0, p.span.char_start)
            and (_SETTLEMENT_WORD.fullmatch(text[end.span.char_end:opened]) is not None if opened >= end.span.char_end
                 else opened >= end.span.char_start - 30)
            and not re.search(r"[.;]", text[opened:p.span.char_start]))


def journey_end(ctx: Context, p: PlaceMention, lang) -> bool:
    """A destination or a convoy's end (``JOURNEY_BEFORE`` right before ``p``), or where the story's people
    come from, are based or speak from (``ORIGIN_BEFORE``: "militants from X", "residents of X said"), or
    the place of someone's office or origin ("the village chief of X", "a native of X": ``place_titles``)."""
    # a commune in the bracket of a name the reader folded into it ("a herder from Barsalogho (Barsalogho,
    # Sanmatenga)"): the words before the bracketed name decide
    before = re.sub(r"[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?\s*\($", "", text_before(ctx, p))
    if ends_on(before, lang, "JOURNEY_BEFORE", "ORIGIN_BEFORE", "SPEAKER_AT_BEFORE"):
        return True
    if _BASED_AFTER.match(ctx.document.text, p.span.char_end):
        return True  # "Dori-based VDP", "a Kaya-based trader": the people's base, written before them
    if _UNIT_OWNING_AFTER.match(ctx.document.text, p.span.char_end):
        return True  # "in Tenenkou cercle's Dioura commune": the unit that holds the place named next, as a bracket would
    if titled(ctx.document.text, p.span.char_start, ctx.language, p.span.char_end):
        return True  # "the imam of X", "a native of X": someone's office or origin (``place_titles``)
    start = getattr(lang, "ROUTE_START", None)  # "from X to Y": X, where the journey began
    return bool(start) and re.search(start[0], before, re.IGNORECASE) is not None and re.match(
        start[1], ctx.document.text[p.span.char_end:p.span.char_end + 40], re.IGNORECASE) is not None


# right after a name: the town made an adjective of the people's base ("Dori-based VDP members were ambushed near
# Sampelga", "a Timbuktu-based trader"); the hyphen may be any dash, and the name may carry its possessive
_BASED_AFTER = re.compile(r"(?:['’]s)?\s?[-‐‑–—]\s?based\b", re.IGNORECASE)

# right after a name: its unit's word in the possessive, then the place it holds ("Tenenkou cercle's Dioura commune",
# "the Seno province's Gorgadji department"): the unit qualifies that place like a bracket and is no event's place
_UNIT_OWNING_AFTER = re.compile(r"\s+(?:cercle|circle|region|province|department|commune|district|prefecture)['’]s\s+"
                                r"(?:(?-i:[a-z]+)\s+){0,2}?(?-i:[A-ZÀ-Þ])", re.IGNORECASE)

# how far before a place the words that introduce it are read ("security sources in the capital,")
BEFORE_CHARS = 60


def text_before(ctx: Context, p: PlaceMention) -> str:
    return ctx.document.text[max(0, p.span.char_start - BEFORE_CHARS):p.span.char_start]


def ends_on(before: str, lang, *patterns: str) -> bool:
    """Whether one of ``lang``'s ``patterns`` (names of its regular expressions; a language may lack
    one) matches ``before``, the words right before a place."""
    return any(words and re.search(words, before, re.IGNORECASE) is not None
               for words in (getattr(lang, name, None) for name in patterns))
