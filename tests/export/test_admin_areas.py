"""ACLED's admin2/admin3 from an imported GeoNames dump: the import keeps each place's admin3 code,
a town's own commune wins over a nearer one, and no area comes from across the town's admin1 unless
the town is its seat (GeoNames keeps stale admin1 codes on some areas)."""

from __future__ import annotations

import csv

from sitrep.export.acled import acled_area_name, acled_row
from sitrep.export.admin import AdminAreas
from sitrep.knowledge.actor_names import ActorNames
from sitrep.knowledge.geonames_dump import import_geonames
from sitrep.model import Event
from sitrep.store import Store

# geonameid, name, feature class/code, admin1, admin2, admin3, lat, lon (country XX)
_ROWS = [
    (101, "North Region", "A", "ADM1", "01", "", "", 10.0, 0.0),
    (102, "South Region", "A", "ADM1", "02", "", "", 9.0, 0.0),
    (201, "Cercle de Hilltop", "A", "ADM2", "01", "011", "", 10.2, 0.0),
    (202, "Cercle de Riverside", "A", "ADM2", "02", "021", "", 9.45, 0.0),
    (203, "Cercle de Oldtown", "A", "ADM2", "02", "022", "", 11.0, 0.05),  # its admin1 code is stale
    (301, "Commune de Stonebridge", "A", "ADM3", "01", "011", "S1", 10.6, 0.0),
    (302, "Commune de Ferryport", "A", "ADM3", "02", "021", "F1", 9.5, 0.0),
    (401, "Stonebridge", "P", "PPL", "01", "011", "S1", 10.0, 0.0),  # its commune named by code
    (402, "Bordertown", "P", "PPL", "01", "", "", 9.62, 0.0),  # north of the line, near the south's areas
    (403, "Oldtown", "P", "PPLA2", "01", "", "", 11.0, 0.0),  # the seat of Oldtown cercle
]


def _dump(path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        for gid, name, fclass, fcode, a1, a2, a3, lat, lon in _ROWS:
            w.writerow([gid, name, name, "", lat, lon, fclass, fcode, "XX", "", a1, a2, a3, "", 1000, "", "",
                        "Africa/Bamako", "2024-01-01"])


def _event(place: int, lat: float, lon: float) -> Event:
    return Event(event_id=f"ev-{place}", event_type="Battles", sub_event_type="Armed clash", country="XX",
                 admin1="North Region", location="x", place_id=f"gn:{place}", latitude=lat, longitude=lon,
                 geo_precision=1)


def test_import_keeps_admin3_codes_and_export_names_the_towns_commune(tmp_path):
    _dump(tmp_path / "XX.txt")
    store = Store(tmp_path / "s.duckdb")
    try:
        import_geonames(store, tmp_path / "XX.txt")
        codes = dict(store.con.execute("SELECT geonameid, admin3 FROM gazetteer WHERE geonameid IN (301, 401)").fetchall())
        assert codes == {301: "S1", 401: "S1"}
        areas = AdminAreas(store)
        # Stonebridge's own commune, by its code: its point is 66 km off, beyond the nearest-commune radius
        assert areas.of(_event(401, 10.0, 0.0)) == ("Hilltop", "Stonebridge")
        # Bordertown lies 13 km from the south's commune and 19 km from its cercle: neither is in its
        # admin1, and its own admin1's commune is 109 km off
        assert areas.of(_event(402, 9.62, 0.0)) == ("Hilltop", None)
        # Oldtown is at its cercle's point (5 km): its seat, whatever the cercle's admin1 code says
        assert areas.of(_event(403, 11.0, 0.0))[0] == "Oldtown"
        # a region-wide event gets no cercle nor commune
        wide = _event(101, 10.0, 0.0).model_copy(update={"geo_precision": 3})
        assert areas.of(wide) == (None, None)
    finally:
        store.close()


def test_a_store_without_a_gazetteer_gives_blanks(tmp_path):
    store = Store(tmp_path / "empty.duckdb")
    try:
        assert AdminAreas(store).of(_event(401, 10.0, 0.0)) == (None, None)
    finally:
        store.close()



def test_acled_columns_name_areas_without_their_kind():
    """GeoNames writes "Kidal Region" and "Douentza Cercle"; ACLED's admin columns write "Kidal"
    and "Douentza".  Names that are only a kind word, or carry none, stay as they are."""
    assert acled_area_name("Kidal Region") == "Kidal"
    assert acled_area_name("Douentza Cercle") == "Douentza"
    assert acled_area_name("Région de Tombouctou") == "Tombouctou"
    assert acled_area_name("Région d'Agadez") == "Agadez"
    assert acled_area_name("Boucle du Mouhoun Region") == "Boucle du Mouhoun"
    assert acled_area_name("Centre-Nord") == "Centre-Nord"
    assert acled_area_name("Region") == "Region"
    assert acled_area_name(None) is None


def test_the_acled_csv_writes_the_area_without_its_kind(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    try:
        row = acled_row(_event(401, 10.0, 0.0), ActorNames(store))
        assert row["admin1"] == "North" and row["location"] == "x"
    finally:
        store.close()
