"""Which end of "between X and Y (Commune, Province)" a note places its event at.

ACLED's coders write the bracket of the place they located right after its name.  A bracket after the
second end that opens with that end's own name, followed by a unit below the region ("between Dori and
Seytenga (Seytenga, Seno)", « entre Kaya et Pissila (Pissila, Sanmatenga) »), is that place's commune:
the coder located the second end, so the event is there.  So does a bracket of the second end and its region
("between Makalondi and Torodi (Torodi, Tillaberi)", "between Boni and Hombori (Hombori, Mopti)") when the
gazetteer knows no cercle or department of that name and the ends lie over 25 km apart: a cercle it knows
("between Sangha and Bandiagara (Bandiagara, Mopti)"), or ends nearer, is the cercle holding both ends and the
first end stands, as it does for a second end
within a commune's seat of the first (either end is the place then).
"""

from __future__ import annotations

import re

from sitrep.analyse.unit_seats_beside import names_unit
from sitrep.analyse.unit_seats_beside import first_end_elsewhere
from sitrep.geo import haversine_km
from sitrep.knowledge.names import fold_place_name
from sitrep.model import PlaceMention

# the bracket right after a name: its first unit, then the rest ("(Seytenga, Seno)", "(Tonka, Goundam, Timbuktu)")
_BRACKET_AFTER = re.compile(r"\s*\(\s*([^,()]+?)\s*(?:,\s*([^()]*?)\s*)?\)")
# two ends this close are one spot for ACLED's tolerance: keep the first end, as before
_SAME_SPOT_KM = 10.0
# a region's bracket "(Y, Region)" names Y's cercle, which may hold a first end this near Y (ACLED's tolerance:
# either end is then the place); farther, the bracket locates Y itself
_CERCLE_KM = 25.0


def bracketed_second_end(text: str, first: PlaceMention, second: PlaceMention, gaz=None) -> bool:
    """Whether ``second`` (the end after the conjunction) is the place the note's commune bracket locates,
    so the event is coded there rather than at the first end."""
    if _BRACKET_AFTER.match(text, first.span.char_end):
        return False  # "between Y (…) and X (…)": each end has its bracket, the first one stands
    m = _BRACKET_AFTER.match(text, second.span.char_end)
    if m is None or fold_place_name(m.group(1)) not in (fold_place_name(second.surface), fold_place_name(second.name)):
        return False
    rest = [u for u in re.split(r"\s*,\s*", m.group(2) or "") if u]
    if not rest or None in (first.latitude, first.longitude, second.latitude, second.longitude):
        return False
    apart = haversine_km(first.latitude, first.longitude, second.latitude, second.longitude)
    if _names_region(rest[0], second) and (apart <= _CERCLE_KM or gaz is not None
                                           and names_unit(gaz, m.group(1), second.country)
                                           and not first_end_elsewhere(gaz, first.name, [(first.latitude, first.longitude)],
                                                                       m.group(1), first.country)):
        return False  # "(Bandiagara, Mopti)": a cercle and its region, which hold both ends (unless the first
        # end is another unit's seat, or beside one: "between Sevare and Douentza (Douentza, Mopti)")
    return apart > _SAME_SPOT_KM


def _names_region(unit: str, p: PlaceMention) -> bool:
    """Whether ``unit`` is the region (first-level unit) ``p`` lies in ("Mopti" for "Mopti Region")."""
    region = fold_place_name(p.admin1 or "")
    key = fold_place_name(unit)
    return bool(key) and bool(region) and (region == key or region.startswith(key + " ") or region.endswith(" " + key))


def located_end(text: str, ends: list[PlaceMention], k: int, gaz=None) -> PlaceMention:
    """The end of "between ``ends[k]`` and …" the event is coded at: the next name when its commune bracket
    locates it (``bracketed_second_end``), else the first end."""
    first = ends[k]
    second = next((q for q in ends[k + 1:] if q.span.char_start >= first.span.char_end), None)
    return second if second is not None and bracketed_second_end(text, first, second, gaz) else first
