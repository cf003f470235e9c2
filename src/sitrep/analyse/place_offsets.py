"""A place told by its distance and direction from a known town ("Kuluwere, 30 km north of Douentza",
"Belgoutou, about 22 km east of Djibo", « Dagakoro, à 18 km au sud-ouest de Bankass »), or a spot told so with
no name ("a convoy was ambushed 30 km west of Douentza").

ACLED's codebook codes a village its gazetteer knows where the village lies (precision 1), whatever distance
the note adds; one it does not know is coded at the town the note names, at geo-precision 2 ("near" a known
town), and the coordinates are the town's: ACLED never moves a point by a distance told in words.  The village
the gazetteer knows is chosen before this (``place_anchors`` pins it to the town within the distance told);
what reaches ``with_offset_precision`` is the town, which keeps its coordinates and takes precision 2."""

from __future__ import annotations

import re

from sitrep.geo import bearing_deg, haversine_km
from sitrep.model import PlaceMention

# compass words in English and French, to degrees clockwise from north (the closed class of both
# languages' notes; "north-east", "north east", "nord-est" alike)
_BEARINGS = {
    "north": 0, "nord": 0, "northeast": 45, "nordest": 45, "east": 90, "est": 90, "southeast": 135, "sudest": 135,
    "south": 180, "sud": 180, "southwest": 225, "sudouest": 225, "west": 270, "ouest": 270, "northwest": 315,
    "nordouest": 315,
}
# the quarters of the compass in both languages, the one home of these words: north and south, east and west,
# and the directions between ("north-east", "nord est", "southwest"); ``QUARTERS`` the four alone (a withdrawal
# "to the north", « vers le nord »)
_NORTH_SOUTH = "north|south|nord|sud"
_EAST_WEST = "east|west|est|ouest"
QUARTERS = rf"{_NORTH_SOUTH}|{_EAST_WEST}"
COMPASS = rf"(?:{_NORTH_SOUTH})?[- ]?(?:{_EAST_WEST})|{_NORTH_SOUTH}"
# "N km (to the) <direction> of (the town of)", « à N km au <direction> de (la ville de) », right before the name;
# wire copy may convert the figure in a bracket ("40 km (25 miles) north of Gao")
_OFFSET_BEFORE = re.compile(
    rf"(?P<km>\d+(?:[.,]\d+)?)\s*(?:km|kms|kilomet(?:re|er)s|kilomètres)(?:\s*\([^()]{{1,20}}\))?\s+(?:to\s+the\s+|au\s+|à\s+l['’]\s*)?"
    rf"(?P<dir>{COMPASS})\s+(?:of|from|de|du|d['’])\s*(?:the\s+|la\s+)?"
    r"(?:(?:town|village|city|locality|commune|ville|localité|commune|village)\s+(?:of|de|d['’])\s*)?$",
    re.IGNORECASE,
)
# farther than this, a figure is a journey ("500 km north of the capital"), not where a village lies
_MAX_OFFSET_KM = 150.0


def told_offset(text: str, start: int) -> tuple[float, float] | None:
    """The (km, bearing in degrees) written right before the place name at ``start``, or None."""
    window = max(0, start - 70)
    m = _OFFSET_BEFORE.search(text[window:start])
    if m is None:
        return None
    km = float(m.group("km").replace(",", "."))
    bearing = _BEARINGS.get(re.sub(r"[- ]", "", m.group("dir").lower()))
    if bearing is None or not 0 < km <= _MAX_OFFSET_KM:
        return None
    return km, float(bearing)


def with_offset_precision(text: str, anchor: PlaceMention) -> PlaceMention:
    """``anchor``, the town a distance and direction were told from ("X, 30 km north of Y", "30 km north of
    Y"), at ACLED's precision 2 ("near" a known town) and at the town's own coordinates; unchanged when the
    text tells no distance right before it."""
    if told_offset(text, anchor.span.char_start) is None:
        return anchor
    return anchor.model_copy(update={"geo_precision": max(2, anchor.geo_precision)})


# a told distance is rough ("about 40 km"): a place lies where the note tells when its distance is off the figure
# by at most this share of it (or _TOLD_SLACK_KM for a short one), and its bearing off the compass point told by
# at most half a quarter turn (a "north-east" between "north" and "east")
_TOLD_SHARE = 0.35
_TOLD_SLACK_KM = 10.0
_TOLD_DEGREES = 45.0


def lies_as_told(text: str, place: PlaceMention, anchor: PlaceMention) -> bool:
    """Whether ``place`` lies at the distance and in the direction the text tells right before ``anchor``
    ("near Djebock, about 40 km east of Gao": Djebok is 38 km off Gao at 77°).  A village the gazetteer
    reached only under another spelling is the one meant when it lies where the note says it does."""
    told = told_offset(text, anchor.span.char_start)
    if told is None or None in (place.latitude, place.longitude, anchor.latitude, anchor.longitude):
        return False
    km, bearing = told
    off = haversine_km(anchor.latitude, anchor.longitude, place.latitude, place.longitude)
    if abs(off - km) > max(_TOLD_SLACK_KM, _TOLD_SHARE * km):
        return False
    turn = abs(bearing_deg(anchor.latitude, anchor.longitude, place.latitude, place.longitude) - bearing) % 360.0
    return min(turn, 360.0 - turn) <= _TOLD_DEGREES
