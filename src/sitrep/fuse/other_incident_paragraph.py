"""Figures a count dispute must not read beside an event's reports: another incident's paragraph, a summed toll.

A count dispute reads the figures of a report's paragraph and of the paragraph after it (a wire puts "the army said
80 were killed" right after its lead).  A story of two incidents tells the second in that next paragraph ("Hours
later, gunmen killed six worshippers ... in Ayorou"), and its lead may add both tolls up ("Fifteen people were
killed in two separate attacks"): neither is another source's count of this event's dead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.analyse.summed_tolls import summed_over_incidents
from sitrep.model import EventMention

__all__ = ["summed_over_incidents", "tells_another_place"]

# a place named as where a deed happened ("in Ayorou", "near the village of Takabougou", « à Ayorou »)
_AT_PLACE = re.compile(r"\b(?:in|at|near|à|près\s+de)\s+(?:the\s+(?:village|town|commune|locality|area)\s+of\s+|"
                       r"(?:la\s+)?(?:localité|commune|ville)\s+d[e'’]\s*|(?:du\s+)?village\s+d[e'’]\s*)?"
                       r"(?-i:([A-Z][\w'’-]+))(?!['’]s\b)", re.IGNORECASE)
# a deed with its dead, told as it happened
_DEED = re.compile(r"\b(?:killed|killing|attacked|ambushed|opened\s+fire|stormed|tués?|tuant|attaqué|ouvert\s+le\s+feu)\b",
                   re.IGNORECASE)


def tells_another_place(opening: str, reports: Sequence[EventMention], texts: dict[str, str]) -> bool:
    """Whether ``opening`` (the first sentence of the paragraph after a report) tells a deed at a place that none of
    the event's report sentences names: another incident of the same story, whose figures are its own."""
    if not _DEED.search(opening):
        return False
    told = " ".join((texts.get(m.span.doc_id) or "")[m.span.char_start:m.span.char_end] for m in reports)
    named = {w for m in reports if m.place for w in re.findall(r"[\w'’-]+", f"{m.place.name} {m.place.surface}")}
    places = [hit.group(1) for hit in _AT_PLACE.finditer(opening)]
    return any(p not in named and p not in told for p in places)

