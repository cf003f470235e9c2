"""Whether a road's first end lies in another cercle than the one a note's bracket names.

"between X and Y (Y, Region)" and "the X-Y road (Y, Region)", where Y also names a cercle, are read as the
cercle holding both ends, and the event is coded at the first end ("between Sangha and Bandiagara
(Bandiagara, Mopti)": Sangha lies in the Bandiagara cercle).  That reading fails when the first end is the
seat of another unit, or lies beside one: "the Bandiagara-Bankass road (Bankass, Mopti)" cannot be in the
Bankass cercle at Bandiagara, the seat of its own cercle, nor "between Sevare and Douentza (Douentza, Mopti)"
at Sévaré, beside Mopti.  The coder located the second end.

The gazetteer gives villages no second-level code in Mali, so a town's unit is told by the seats beside it: the
towns coded as seats of first- and second-level units (``place_seats``), and the towns named like a unit.
"""

from __future__ import annotations

from sitrep.analyse.place_seats import seats_of_country
from sitrep.geo import haversine_km
from sitrep.knowledge.names import fold_place_name

# a town this near another unit's seat lies in that unit (Sévaré, 11 km from Mopti); a unit's villages may lie
# a hundred km from its seat, so farther off nothing is told
SEAT_BESIDE_KM = 15.0


def names_unit(gaz, unit: str, country: str | None) -> bool:
    """Whether ``unit`` names a cercle, department or commune the gazetteer knows in ``country`` ("Bandiagara"
    for the Bandiagara Cercle): a bracket "(Bandiagara, Mopti)" is then that unit, which may hold both ends."""
    return any(c.feature_class == "A" and (c.feature_code or "").upper() in ("ADM2", "ADM3") and c.country == country
               for c in gaz.lookup(unit))


def first_end_elsewhere(gaz, name: str, points: list[tuple[float, float]], unit: str, country: str | None) -> bool:
    """Whether the first end ``name`` (its candidate ``points``) is, or lies beside, the seat of a unit other
    than ``unit``, the one the bracket after the second end names."""
    if gaz is None or country is None or not points:
        return False
    key = fold_place_name(unit)
    if fold_place_name(name) != key and names_unit(gaz, name, country):
        return True  # "the Bandiagara-Bankass road (Bankass, …)": Bandiagara is its own cercle's seat
    for seat in seats_of_country(gaz, country):
        if fold_place_name(seat.name) == key:
            continue
        if all(haversine_km(lat, lon, seat.latitude, seat.longitude) <= SEAT_BESIDE_KM for lat, lon in points):
            return True
    return False
