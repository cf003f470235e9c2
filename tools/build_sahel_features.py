"""Build ``src/sitrep/knowledge/data/sahel_features.tsv.gz``: the streams, hills, forests and
localities of the Sahel GeoNames dumps, which the gazetteer leaves out.

    python tools/build_sahel_features.py /path/to/ML.txt /path/to/BF.txt /path/to/NE.txt /path/to/MR.txt

A village GeoNames lacks as a populated place is often there as the stream, hill or forest it is
named after, or as a "locality" (an unlisted or abandoned hamlet): "Koflandé" is only a stream and a
forest of the Comoé.  The gazetteer keeps none of these (a stream read for a town elsewhere would
misplace far more than it places); ``gazetteer_features`` reads this table only for a village the
gazetteer lacks near the commune a note pins it to.

Source: GeoNames (https://www.geonames.org/), licensed CC BY 4.0: see NOTICE.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from build_sahel_places import _alternates, write_table  # noqa: E402

from sitrep.knowledge.gazetteer_features import COLUMNS, FEATURE_CODES  # noqa: E402

OUT = HERE.parent / "src" / "sitrep" / "knowledge" / "data" / "sahel_features.tsv.gz"


def rows(path: Path):
    """The named features of one dump, in ``COLUMNS`` order (coordinates to 4 decimals: ~11 m)."""
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(r) < 15 or r[7] not in FEATURE_CODES.get(r[6], ()):
                continue
            yield [r[0], r[1], f"{float(r[4]):.4f}", f"{float(r[5]):.4f}", r[6], r[7], r[8], r[10], r[11],
                   _alternates(r[1], r[2], r[3])]


def main(paths: list[str]) -> None:
    write_table(OUT, COLUMNS, [row for p in paths for row in rows(Path(p))], "features")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
