"""Incidents told on a road.

An ambush or an attack on a convoy happens between towns, and each outlet rounds it to the end it knows: "on
the road between Sevare and Bandiagara" (coded at the first end), "a few kilometres from Bandiagara, on the RN15",
"on the road to Bandiagara".  The two ends may lie further apart than fusion's neighbourhood, so the sentence's
road is kept on its report (``EventMention.on_road``) and fusion leaves two such reports' places open, letting a
shared party decide (``sitrep.fuse.nearness.road_ends``).  The cues are per language (``ROAD_INCIDENT_CUES``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.analyse.lang import vocab
from sitrep.model import EventMention, Modality


@lru_cache(maxsize=8)
def _cues(language: str | None) -> re.Pattern | None:
    words = getattr(vocab(language), "ROAD_INCIDENT_CUES", None)
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE) if words else None


def told_on_road(text: str, language: str | None) -> bool:
    """Whether ``text`` (one report's sentence) tells its incident on a road."""
    cues = _cues(language)
    return cues is not None and cues.search(text) is not None


def mark_road_incidents(ctx, events: list[EventMention]) -> list[EventMention]:
    """``events`` with the news reports whose sentence tells a road marked ``on_road``."""
    text = ctx.document.text
    for m in events:
        if m.modality != Modality.background and told_on_road(text[m.span.char_start:m.span.char_end], ctx.language):
            m.on_road = True
    return events
