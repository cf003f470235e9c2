"""Which of the dashboard's offline admin-1 borders draw each admin1 of the overview.

The borders (``web/static/vendor/admin1/admin1.json``, Natural Earth admin-1 as TopoJSON) name
their areas in their own way ("Timbuktu"), and in some countries their areas are finer than the
admin1 that events carry (Burkina Faso's 45 provinces, where GeoNames and ACLED count 13 regions).
So each border is tied to a GeoNames admin1 *code* of its country, and each overview row to one too:

- a border whose folded name is a name of one of the gazetteer's ADM1 areas takes its code; else one
  whose name is an ADM2's takes that ADM2's admin1 code (a province gives its region);
- else the gazetteer's ADM1, then ADM2, points lying inside the border vote;
- a row takes the code of the ADM1 named like its admin1 ("Kidal Region", or "Kidal" without the
  word for the kind of area). Without one (no dump imported), it is joined to a border by folded
  name, else to the border holding its events' mean point.

The dashboard merges a row's borders into one area and fills it by the row's value.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from sitrep.knowledge.names import exact_key, place_key

BORDERS = Path(__file__).resolve().parents[1] / "web" / "static" / "vendor" / "admin1" / "admin1.json"
_KIND_WORDS = re.compile(r"^(r[ée]gion|province|district|state|governorate|wilaya)\s+(de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+)?"
                         r"|\s+(region|province|district|state|governorate)$", re.I)


class Border:
    """One admin-1 area of the vendored borders: id, country, name and its polygons (lon, lat rings)."""

    def __init__(self, fid: str, country: str, name: str, polygons: list[list[list[tuple[float, float]]]]):
        self.id, self.country, self.name, self.polygons = fid, country, name, polygons

    def contains(self, lon: float, lat: float) -> bool:
        return any(_in_polygon(lon, lat, poly) for poly in self.polygons)


def _in_ring(x: float, y: float, ring: list[tuple[float, float]]) -> bool:
    inside, j = False, len(ring) - 1
    for i, (xi, yi) in enumerate(ring):
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _in_polygon(x: float, y: float, rings: list[list[tuple[float, float]]]) -> bool:
    """Inside the outer ring and in none of its holes."""
    return bool(rings) and _in_ring(x, y, rings[0]) and not any(_in_ring(x, y, hole) for hole in rings[1:])


def decode_topojson(topo: dict[str, Any]) -> list[Border]:
    """The polygons of a quantized TopoJSON topology (delta-encoded arcs, one geometry collection)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indexes:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(points[1:] if out else points)
        return out

    borders = []
    for collection in topo["objects"].values():
        for g in collection.get("geometries", []):
            if g.get("type") == "Polygon":
                polygons = [[ring(r) for r in g["arcs"]]]
            elif g.get("type") == "MultiPolygon":
                polygons = [[ring(r) for r in poly] for poly in g["arcs"]]
            else:
                continue
            props = g.get("properties") or {}
            borders.append(Border(str(g.get("id")), props.get("cc"), props.get("name") or "", polygons))
    return borders


@lru_cache(maxsize=2)
def load_borders(path: Path = BORDERS) -> tuple[Border, ...]:
    """The vendored borders (decoded once per process); none when the file is missing."""
    try:
        return tuple(decode_topojson(json.loads(path.read_text(encoding="utf-8"))))
    except (OSError, ValueError, KeyError):
        return ()


def _keys(name: str) -> set[str]:
    """The gazetteer's keys for a name, with and without a word for the kind of area."""
    out = set()
    for n in {name, _KIND_WORDS.sub("", name or "").strip()}:
        if n and (k := place_key(n)):
            out |= {k, exact_key(n)}
    return out


def _code_by_name(keys: set[str], areas: Iterable[dict]) -> str | None:
    codes = {a["admin1"] for a in areas if a["admin1"] and keys & set(a["keys"])}
    return codes.pop() if len(codes) == 1 else None


def _code_by_points(border: Border, areas: list[dict]) -> str | None:
    for level in ("ADM1", "ADM2"):
        votes = Counter(a["admin1"] for a in areas if a["feature_code"] == level and a["admin1"]
                        and border.contains(a["longitude"], a["latitude"]))
        if votes:
            return votes.most_common(1)[0][0]
    return None


def border_codes(borders: Iterable[Border], areas: list[dict]) -> dict[str, str]:
    """border id → GeoNames admin1 code of its country, by name (ADM1, then ADM2) or by points."""
    by_country: dict[str, list[dict]] = {}
    for a in areas:
        by_country.setdefault(a["country"], []).append(a)
    out = {}
    for b in borders:
        mine = by_country.get(b.country) or []
        keys = _keys(b.name)
        code = (_code_by_name(keys, (a for a in mine if a["feature_code"] == "ADM1"))
                or _code_by_name(keys, (a for a in mine if a["feature_code"] == "ADM2"))
                or _code_by_points(b, mine))
        if code:
            out[b.id] = code
    return out


def attach_borders(rows: list[dict], areas: list[dict], borders: Iterable[Border] | None = None) -> None:
    """Give each overview row (admin1, country, latitude, longitude) ``borders``: the ids of the
    vendored borders that draw it (empty when none does)."""
    countries = {r.get("country") for r in rows}
    borders = [b for b in (load_borders() if borders is None else borders) if b.country in countries]
    codes = border_codes(borders, areas)
    adm1 = [a for a in areas if a["feature_code"] == "ADM1"]
    for r in rows:
        mine = [b for b in borders if b.country == r.get("country")]
        keys = _keys(r.get("admin1") or "")
        code = _code_by_name(keys, (a for a in adm1 if a["country"] == r.get("country")))
        if code:
            r["borders"] = [b.id for b in mine if codes.get(b.id) == code]
            continue
        named = [b.id for b in mine if keys & _keys(b.name)]
        if not named and r.get("latitude") is not None:
            named = [b.id for b in mine if b.contains(r["longitude"], r["latitude"])][:1]
        r["borders"] = named
