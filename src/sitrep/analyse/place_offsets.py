"""A place told by its distance and direction from a known town ("Kuluwere, 30 km north of Douentza",
"Belgoutou, about 22 km east of Djibo", « Dagakoro, à 18 km au sud-ouest de Bankass »): the point that far in
that direction, not the town itself.  ACLED codes such a village where it lies; the town is as far off as
the distance told, which exceeds a 25 km tolerance from about 25 km on, while the shifted point errs only
by the road's bends and the rounding of the figure.  A distance without a direction stays at the town.

Where the text names no place the distance locates ("a convoy was ambushed 30 km west of Douentza", "in a
hamlet 40 km north of Gao"), ACLED's codebook codes the town named, at geo-precision 2: there is no
village to place, and a point that far off would be nowhere ACLED codes."""

from __future__ import annotations

import math
import re

from sitrep.geo import EARTH_RADIUS_KM
from sitrep.model import PlaceMention

# compass words in English and French, to degrees clockwise from north (the closed class of both
# languages' notes; "north-east", "north east", "nord-est" alike)
_BEARINGS = {
    "north": 0, "nord": 0, "northeast": 45, "nordest": 45, "east": 90, "est": 90, "southeast": 135, "sudest": 135,
    "south": 180, "sud": 180, "southwest": 225, "sudouest": 225, "west": 270, "ouest": 270, "northwest": 315,
    "nordouest": 315,
}
_COMPASS = r"(?:north|south|nord|sud)?[- ]?(?:east|west|est|ouest)|north|south|nord|sud"
# "N km (to the) <direction> of (the town of)", « à N km au <direction> de (la ville de) », right before the name;
# wire copy may convert the figure in a bracket ("40 km (25 miles) north of Gao")
_OFFSET_BEFORE = re.compile(
    rf"(?P<km>\d+(?:[.,]\d+)?)\s*(?:km|kms|kilomet(?:re|er)s|kilomètres)(?:\s*\([^()]{{1,20}}\))?\s+(?:to\s+the\s+|au\s+|à\s+l['’]\s*)?"
    rf"(?P<dir>{_COMPASS})\s+(?:of|from|de|du|d['’])\s*(?:the\s+|la\s+)?"
    r"(?:(?:town|village|city|locality|commune|ville|localité|commune|village)\s+(?:of|de|d['’])\s*)?$",
    re.IGNORECASE,
)
# farther than this, a figure is a journey ("500 km north of the capital"), not where a village lies
_MAX_OFFSET_KM = 150.0


# a place's name right before the distance that locates it: "Kuluwere, 30 km north of", "Belgoutou, about
# 22 km east of", "Tiguila, a village 12 km east of", « Dagakoro, à 18 km au sud-ouest de », "Sari (45 km ...";
# not "a hamlet 40 km north of", "the Tera–Dori road, 30 km west of", "ambushed 30 km west of"
_NAME_BEFORE_OFFSET = re.compile(
    r"[A-ZÀ-Þ][\w'’-]*\s*[,(]\s*(?:(?:a|the|un|une)\s+(?:village|hamlet|locality|town|site|localité|hameau)\s*,?\s+)?"
    r"(?:(?:located|situated|lying|some|about|around|approximately|roughly|nearly|just|à|a|environ|situé|située)\s+)*$")


def told_offset(text: str, start: int, named_only: bool = False) -> tuple[float, float] | None:
    """The (km, bearing in degrees) written right before the place name at ``start``, or None; with
    ``named_only``, only when a place's name stands right before the distance (``_NAME_BEFORE_OFFSET``)."""
    window = max(0, start - 70)
    m = _OFFSET_BEFORE.search(text[window:start])
    if m is None:
        return None
    if named_only and not _NAME_BEFORE_OFFSET.search(text[max(0, window + m.start() - 80):window + m.start()]):
        return None
    km = float(m.group("km").replace(",", "."))
    bearing = _BEARINGS.get(re.sub(r"[- ]", "", m.group("dir").lower()))
    if bearing is None or not 0 < km <= _MAX_OFFSET_KM:
        return None
    return km, float(bearing)


def shifted(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` away from (``lat``, ``lon``) along ``bearing`` (great circle)."""
    d = km / EARTH_RADIUS_KM
    b, p1, l1 = math.radians(bearing), math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round(math.degrees(l2), 5)


def at_offset(text: str, anchor: PlaceMention) -> PlaceMention:
    """``anchor`` moved by the distance and direction told right before it, at ACLED's precision 2
    ("near" a known town), when a place's name stands before that distance; at precision 2 but not moved
    when none does ("30 km west of Douentza"); unchanged when the text tells no distance or the anchor has
    no coordinates."""
    if told_offset(text, anchor.span.char_start) is None or anchor.latitude is None or anchor.longitude is None:
        return anchor
    offset = told_offset(text, anchor.span.char_start, named_only=True)
    if offset is None:
        return anchor.model_copy(update={"geo_precision": max(2, anchor.geo_precision)})
    lat, lon = shifted(anchor.latitude, anchor.longitude, *offset)
    return anchor.model_copy(update={"latitude": lat, "longitude": lon,
                                     "geo_precision": max(2, anchor.geo_precision)})
