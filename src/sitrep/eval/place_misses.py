"""Why an event was placed more than 25 km from an ACLED row's location: one class per miss.

``sitrep eval acled`` counts the classes in its table and gives each miss's class in its JSON, so an
analyst sees whether their misses are villages the gazetteer lacks (import a GeoNames dump), notes that
never name ACLED's location (nothing to extract), or choices sitrep got wrong (a homonym, a coarser
area, a fuzzy spelling, another place the note names: a dateline, a destination, a regional capital).
The classes are decided from the row, the note and the gazetteer only, in this order:
"""

from __future__ import annotations

from sitrep.geo import haversine_km
from sitrep.knowledge.names import fold_place_name, place_key

NO_PLACE = "no place found"  # the event has no coordinates
NOT_NAMED = "note does not name it"  # ACLED's location is not written in the note (an older note, a commune)
NOT_IN_GAZETTEER = "not in gazetteer"  # named, but no place of that name lies within the tolerance
HOMONYM = "homonym chosen"  # the right name, another place of that name
COARSER = "coarser area"  # a region, province or cercle where ACLED coded a town of it
FUZZY = "other spelling"  # a name the note does not write (a fuzzy match, a transliteration)
OTHER_NAMED = "another place of the note"  # a dateline, a destination, a town named for context
CLASSES = (NO_PLACE, NOT_NAMED, NOT_IN_GAZETTEER, HOMONYM, COARSER, FUZZY, OTHER_NAMED)

AREA_PRECISION = 3  # ACLED's geo_precision for a larger area (region, province, cercle)


def _written(name: str, text: str) -> bool:
    """``name`` occurs in ``text`` (accents and case off; ACLED's "Koflande" for a note's "Koflandé")."""
    folded = fold_place_name(name)
    return bool(folded) and folded in fold_place_name(text)


def classify_place_miss(location: str, lat: float, lon: float, note: str, event, gazetteer,
                        tolerance_km: float) -> str:
    """The class of a place miss: ``location``/``lat``/``lon`` are the row's, ``event`` the fused
    event placed beyond ``tolerance_km`` (or without coordinates)."""
    if event is None or event.latitude is None or event.longitude is None:
        return NO_PLACE
    if not location or not _written(location, note):
        return NOT_NAMED
    near = [c for c in (gazetteer.lookup(location) if gazetteer is not None else [])
            if haversine_km(lat, lon, c.latitude, c.longitude) <= tolerance_km]
    if not near:
        return NOT_IN_GAZETTEER
    got = event.location or ""
    if got and place_key(got) == place_key(location):
        return HOMONYM
    if event.geo_precision == AREA_PRECISION:
        return COARSER
    if got and not _written(got, note):
        return FUZZY
    return OTHER_NAMED
