"""The join of the overview's admin1 rows to the vendored admin-1 borders: by GeoNames code through
names (ADM1, then ADM2: provinces give their region), by the gazetteer's points inside a border
when no name matches, and without a gazetteer by name or by the events' point."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.api.admin1_borders import BORDERS, attach_borders, border_codes, decode_topojson, load_borders

from ..conftest import gazetteer_dumps


def _square(x0: int, y0: int, size: int = 10) -> list[list[int]]:
    """A closed ring as delta-encoded quantized arc (unit scale)."""
    return [[x0, y0], [size, 0], [0, size], [-size, 0], [0, -size]]


def _topology(names: list[str], country: str = "XX") -> dict:
    """One square per name, side by side along x: square i spans x in [10 i, 10 i + 10], y in [0, 10]."""
    return {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": [_square(10 * i, 0) for i in range(len(names))],
        "objects": {"admin1": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[i]], "id": f"{country}-{i + 1}", "properties": {"cc": country, "name": n}}
            for i, n in enumerate(names)]}},
    }


def _area(gid: int, code: str, feature: str, admin1: str, lon: float, lat: float, *names: str) -> dict:
    from sitrep.knowledge.gazetteer import name_keys

    return {"geonameid": gid, "name": names[0], "feature_code": feature, "country": "XX", "admin1": admin1,
            "latitude": lat, "longitude": lon, "keys": sorted(name_keys(names[0], "", names[1:]))}


AREAS = [
    _area(1, "A", "ADM1", "01", 5, 5, "North Region", "North"),
    _area(2, "B", "ADM1", "02", 25, 5, "Lakes Region", "Lakes"),
    _area(3, "C", "ADM2", "01", 15, 5, "Hill Province", "Hill"),  # a province of North
]


def test_decoding_and_point_in_polygon():
    borders = decode_topojson(_topology(["North", "Hill"]))
    assert [b.id for b in borders] == ["XX-1", "XX-2"]
    assert borders[0].polygons[0][0][:3] == [(0, 0), (10, 0), (10, 10)]
    assert borders[0].contains(5, 5) and not borders[0].contains(15, 5)
    assert borders[1].contains(15, 5) and not borders[1].contains(15, 11)


def test_borders_take_a_code_by_adm1_name_by_adm2_name_then_by_points():
    # "Nordland" matches no name: the ADM1 point of "Lakes Region" lies inside it
    borders = decode_topojson(_topology(["North", "Hill", "Nordland"]))
    assert border_codes(borders, AREAS) == {"XX-1": "01", "XX-2": "01", "XX-3": "02"}


def test_rows_get_every_border_of_their_admin1():
    borders = decode_topojson(_topology(["North", "Hill", "Nordland"]))
    rows = [{"admin1": "North Region", "country": "XX", "latitude": 6.0, "longitude": 6.0},
            {"admin1": "Lakes Region", "country": "XX", "latitude": None, "longitude": None},
            {"admin1": "Elsewhere", "country": "YY", "latitude": 1.0, "longitude": 1.0}]
    attach_borders(rows, AREAS, borders)
    assert [r["borders"] for r in rows] == [["XX-1", "XX-2"], ["XX-3"], []]


def test_without_a_gazetteer_rows_join_by_name_or_by_their_events_point():
    borders = decode_topojson(_topology(["North", "Hill", "Nordland"]))
    rows = [{"admin1": "Hill Province", "country": "XX", "latitude": None, "longitude": None},
            {"admin1": "Somewhere", "country": "XX", "latitude": 5.0, "longitude": 25.0},
            {"admin1": "Nowhere", "country": "XX", "latitude": 50.0, "longitude": 50.0}]
    attach_borders(rows, [], borders)
    assert [r["borders"] for r in rows] == [["XX-2"], ["XX-3"], []]


def test_the_vendored_borders_are_small_and_cover_the_sahel():
    assert BORDERS.stat().st_size < 400_000
    borders = load_borders()
    countries = {b.country for b in borders}
    assert {"ML", "BF", "NE", "MR", "NG", "TD"} <= countries
    assert all(b.name and b.polygons for b in borders)


def _dump_areas(paths: list[Path]) -> list[dict]:
    from sitrep.knowledge.geonames_dump import read_geonames_dump

    areas = []
    for path in paths:
        places, names = read_geonames_dump(path)
        adm = places[places["feature_code"].isin(["ADM1", "ADM2"])]
        keys = names[names["geonameid"].isin(adm["geonameid"])].groupby("geonameid")["name_key"].apply(list)
        for r in adm.itertuples():
            areas.append({"geonameid": r.geonameid, "name": r.name, "feature_code": r.feature_code,
                          "country": r.country, "admin1": r.admin1, "latitude": r.latitude,
                          "longitude": r.longitude, "keys": keys.get(r.geonameid, [])})
    return areas


@pytest.mark.parametrize("country, areas", [("ML", 9), ("BF", 13)])
def test_real_borders_join_every_admin1_of_a_country_dump(country, areas):
    """Every Natural Earth area of the country is tied to one of its GeoNames admin1 (Mali's
    "Timbuktu" to "Tombouctou Region" by its point; Burkina Faso's 45 provinces to 13 regions)."""
    dump = [p for p in gazetteer_dumps() if p.name == f"{country}.txt"]
    if not dump:
        pytest.skip(f"no GeoNames dump for {country} in this workplace")
    gazetteer = _dump_areas(dump)
    borders = [b for b in load_borders() if b.country == country]
    codes = border_codes(borders, gazetteer)
    assert set(codes) == {b.id for b in borders}
    assert len(set(codes.values())) == areas
    adm1 = {a["admin1"]: a for a in gazetteer if a["feature_code"] == "ADM1"}
    for b in borders:  # each border holds or borders its admin1's point: a wrong tie would be far off
        a = adm1[codes[b.id]]
        xs = [x for poly in b.polygons for ring in poly for x, _ in ring]
        ys = [y for poly in b.polygons for ring in poly for _, y in ring]
        assert min(xs) - 3 <= a["longitude"] <= max(xs) + 3 and min(ys) - 3 <= a["latitude"] <= max(ys) + 3, (b.name, a["name"])
