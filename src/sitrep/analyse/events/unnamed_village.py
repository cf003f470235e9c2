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
from sitrep.model import PlaceMention


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
