"""ACLED's admin2 and admin3 for an event, from the GeoNames dumps imported into the store.

GeoNames gives admin areas as points (ADM2: cercles, provinces, departments; ADM3: communes) with
their codes, while most towns carry only their admin1 code.  So an event's admin2 is the ADM2 whose
codes its place row names when it names one, else the nearest ADM2 of the same country and admin1
(within ``ADM2_KM``); admin3 likewise: the ADM3 its place's admin3 code names, else the nearest ADM3
of the same admin1 and admin2 (within ``ADM3_KM``; the Sahel dumps hold few).  An area of another
admin1 is not taken for a town near a border, unless the town lies at the area's point (within
``SEAT_KM``: it is the area's seat), because GeoNames keeps stale admin1 codes on some areas (the
cercle of Kidal still carries Gao's).
Only events placed at a town or near one (geo_precision 1 or 2) get them: a region-wide event has no
cercle.  Names drop the word for the kind of area ("Cercle de Kidal" → "Kidal"), as ACLED writes them.
"""

from __future__ import annotations

import re
import weakref

from sitrep.geo import haversine_km
from sitrep.model import Event
from sitrep.store import Store

ADM2_KM = 150.0
ADM3_KM = 40.0
SEAT_KM = 10.0
# the word that says what kind of area a name is ("Kidal Region", "Cercle d'Abeïbara", "Région de
# Kidal"): GeoNames keeps it, ACLED's admin columns do not ("Kidal", "Abeïbara")
_KIND = re.compile(r"^(cercle|province|commune|d[ée]partement|department|r[ée]gion|pr[ée]fecture|wilaya)\b"
                   r"(\s+(de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]))?\s*", re.I)
_SUFFIX = re.compile(r"\s+(department|province|cercle|commune|region|district|prefecture|governorate)$", re.I)


def bare_name(name: str) -> str:
    """'Cercle d’Abeïbara' → 'Abeïbara'; 'Commune 3' stays (a number is not a name)."""
    bare = _SUFFIX.sub("", _KIND.sub("", name or "", count=1)).strip()
    return bare if re.search(r"[^\W\d_]", bare) else (name or "").strip()


class AdminAreas:
    """admin2/admin3 names for events, from one store's gazetteer (read once)."""

    _AREA_SQL = ("SELECT feature_code, name, latitude, longitude, country, admin1, admin2, {admin3} FROM gazetteer "
                 "WHERE feature_code IN ('ADM2', 'ADM3')")

    def __init__(self, store: Store):
        self.store = store
        self._areas: dict[str, list[tuple]] | None = None
        self._places: dict[int, tuple | None] = {}
        self._admin3 = "admin3"

    def _query(self, sql: str, params: list | None = None):
        """Run a gazetteer query; a store from before the admin3 column reads it as NULL."""
        try:
            return self.store.con.execute(sql.format(admin3=self._admin3), params or [])
        except Exception:  # noqa: BLE001 - older store (no admin3) or no gazetteer at all
            if self._admin3 == "NULL":
                raise
            self._admin3 = "NULL"
            return self.store.con.execute(sql.format(admin3=self._admin3), params or [])

    def _load(self) -> dict[str, list[tuple]]:
        """(name, lat, lon, country, admin1, admin2, admin3) of every ADM2 and ADM3 area."""
        if self._areas is None:
            self._areas = {"ADM2": [], "ADM3": []}
            try:
                rows = self._query(self._AREA_SQL).fetchall()
            except Exception:  # noqa: BLE001 - a store without a gazetteer: no admin areas
                rows = []
            for code, *rest in rows:
                self._areas[code].append(tuple(rest))
        return self._areas

    def _place(self, place_id: str | None) -> tuple | None:
        """(country, admin1, admin2, admin3) codes of a gazetteer place."""
        if not place_id or not place_id.startswith("gn:") or not place_id[3:].isdigit():
            return None
        gid = int(place_id[3:])
        if gid not in self._places:
            row = self._query("SELECT country, admin1, admin2, {admin3} FROM gazetteer WHERE geonameid = ?",
                              [gid]).fetchone()
            self._places[gid] = tuple(row) if row else None
        return self._places[gid]

    def of(self, event: Event) -> tuple[str | None, str | None]:
        if event.latitude is None or event.longitude is None or (event.geo_precision or 3) > 2:
            return event.admin2, None
        areas = self._load()
        place = self._place(event.place_id)
        country = place[0] if place else (event.country if event.country and len(event.country) == 2 else None)
        admin1 = place[1] if place else None
        admin2 = event.admin2 or self._by_code(areas["ADM2"], place, 3) or self._nearest(
            areas["ADM2"], event, (country, admin1), ADM2_KM)
        admin3 = None
        if place and place[3]:
            admin3 = self._by_code(areas["ADM3"], place, 4)
        if admin3 is None:
            admin3 = self._nearest(areas["ADM3"], event, (country, admin1, place[2] if place else None), ADM3_KM)
        return admin2, admin3

    @staticmethod
    def _by_code(areas: list[tuple], place: tuple | None, depth: int) -> str | None:
        """The area whose first ``depth`` codes (country, admin1, admin2[, admin3]) are the place's."""
        if not place or not place[depth - 1]:
            return None
        for name, _, _, *codes in areas:
            if tuple(codes[:depth]) == tuple(place[:depth]):
                return bare_name(name)
        return None

    @staticmethod
    def _nearest(areas: list[tuple], event: Event, within: tuple, limit_km: float) -> str | None:
        """The nearest area sharing the place's known codes (country, admin1, admin2), or whose
        seat the place is: an area whose code is unknown is not excluded, one whose code differs is
        unless it lies within ``SEAT_KM``."""
        best, best_km = None, limit_km
        for name, lat, lon, *codes in areas:
            d = haversine_km(event.latitude, event.longitude, lat, lon)
            if d > SEAT_KM and any(want and have and want != have for want, have in zip(within, codes)):
                continue
            if d < best_km:
                best, best_km = name, d
        return bare_name(best) if best else None


_BY_STORE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def admin_areas(store: Store | None) -> AdminAreas | None:
    """The (cached) ``AdminAreas`` of ``store``; None without a store."""
    if store is None:
        return None
    try:
        found = _BY_STORE.get(store)
        if found is None:
            found = _BY_STORE[store] = AdminAreas(store)
        return found
    except TypeError:  # a store that cannot be weakly referenced: no cache
        return AdminAreas(store)
