"""A deed told at a village the sentence does not name, and the village the story names for it.

Wire leads often keep the village's name for a later paragraph ("Gunmen killed dozens of people in an attack on a
village in northern Burkina Faso on Tuesday ... The attackers went from house to house in X"): that later name, and
not the country, the region named in passing or the town where a witness was reached, is where the deed happened,
unless the story names it in a recall of an older incident ("since 2019, when ... in the village of Y").
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence
from sitrep.analyse.lang import vocab
from sitrep.geo import haversine_km
from sitrep.model import PlaceMention

# how far from the town a lead puts it near a village the story names later may lie (« un village proche de Ténenkou …
# le village de Dioura, à une cinquantaine de kilomètres de Ténenkou »): a cercle's or department's reach
NEAR_VILLAGE_KM = 80.0


def unnamed_settlement(ctx: Context, s: Sentence) -> bool:
    """Whether sentence ``s`` tells its deed at a settlement it does not name ("on a village in northern X")."""
    unnamed = getattr(vocab(ctx.language), "UNNAMED_SETTLEMENT", None)
    return bool(unnamed and re.search(unnamed, s.text, re.IGNORECASE))


def in_a_dated_recall(ctx: Context, p: PlaceMention) -> bool:
    """Whether the sentence of place ``p`` names a year ("since 2019, when ... in the village of X", "Last year, the
    group besieged the town of X", « l'an dernier »): a recall."""
    text = ctx.document.text
    start = max(text.rfind(". ", 0, p.span.char_start), text.rfind("\n", 0, p.span.char_start))
    end = min((i for i in (text.find(". ", p.span.char_end), text.find("\n", p.span.char_end)) if i >= 0), default=len(text))
    return _A_YEAR.search(text[start + 1:end]) is not None


def named_only_in_recalls(ctx: Context, s: Sentence, town: PlaceMention) -> bool:
    """Whether every mention of ``town`` outside sentence ``s`` is in a recall of an older incident."""
    elsewhere = [p for p in ctx.places if p.place_id == town.place_id and not s.start <= p.span.char_start < s.end]
    return bool(elsewhere) and all(in_a_dated_recall(ctx, p) for p in elsewhere)


# a year told by its number or as the last one ("last year", « l'an dernier », « l'année dernière »)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b(?:last|previous)\s+year\b|\bl['’]an\s+dernier\b|\bl['’]année\s+(?:dernière|précédente)\b",
                     re.IGNORECASE)


def village_near_named_later(ctx: Context, s: Sentence, town: PlaceMention) -> PlaceMention | None:
    """The village a later sentence names as one (« … ont fait irruption dans le village de Dioura », "stormed the
    village of X") for a sentence that tells its deed at an unnamed village near ``town`` (« dans un village proche de
    Ténenkou », "in a village near X"): the lead keeps the village's name for later, and the town it names is only the
    landmark the village lies near, so the deed is the named village's when it lies within a department's reach of it
    in the same country and is not named in a recall of an older incident."""
    lang = vocab(ctx.language)
    unnamed, named = getattr(lang, "UNNAMED_SETTLEMENT", None), getattr(lang, "NAMED_SETTLEMENT_BEFORE", None)
    text = ctx.document.text
    if not (unnamed and named) or town.latitude is None or town.longitude is None:
        return None
    if not re.search(rf"(?:{unnamed})\s+(?:{lang.PIN_NEAR})\s*$", text[s.start:town.span.char_start], re.IGNORECASE):
        return None
    for p in ctx.places:
        if (p.span.char_start >= s.end and p.place_id not in (None, town.place_id) and p.geo_precision < 3
                and p.country == town.country and p.latitude is not None and p.longitude is not None
                and re.search(named, text[max(0, p.span.char_start - 30):p.span.char_start], re.IGNORECASE)
                and haversine_km(town.latitude, town.longitude, p.latitude, p.longitude) <= NEAR_VILLAGE_KM
                and not in_a_dated_recall(ctx, p)):
            return p
    return None
