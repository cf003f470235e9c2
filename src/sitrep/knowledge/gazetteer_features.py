"""The named streams, hills, forests and localities of Mali, Burkina Faso, Niger and Mauritania
(``data/sahel_features.tsv.gz``, from the GeoNames dumps by ``tools/build_sahel_features.py``), which
the gazetteer leaves out.

They are read for one purpose: a village the gazetteer lacks is often in GeoNames only as the stream,
hill or forest it is named after, or as a "locality" (an unlisted hamlet), lying by the village.  Such a
feature is never a candidate for a name in general (a "Kongo" stream is no reading of a town); the
place modules ask for one only near the commune a note pins the village to (``place_spellings``), with one
exception: a locality (a mine, camp or hamlet site GeoNames does not list as populated) of exactly the name a
note writes, in the note's countries, when the gazetteer has the name under no spelling (``localities``).
"""

from __future__ import annotations

import csv
import gzip
import io
from functools import lru_cache
from pathlib import Path

from sitrep import artifacts
from sitrep.knowledge import names
from sitrep.knowledge.gazetteer import Candidate
from sitrep.knowledge.names import place_key

COLUMNS = ["geonameid", "name", "latitude", "longitude", "feature_class", "feature_code", "country", "admin1",
           "admin2", "alternates"]
# streams (and intermittent ones), hills, forests and forest reserves, localities: what a village is
# named after or what GeoNames calls a hamlet it does not list as populated
FEATURE_CODES = {"H": ("STM", "STMI"), "T": ("HLL", "HLLS"), "V": ("FRST",), "L": ("LCTY", "RESF")}
_TABLE = Path(__file__).resolve().parent / "data" / "sahel_features.tsv.gz"


@lru_cache(maxsize=1)
def _by_key() -> dict[str, tuple[Candidate, ...]]:
    """place_key of each name and alternate → the features bearing it (read once per process).

    Folding the table's ~10,000 names costs ~0.15 s of CPU at every start; the folded table is an
    artifact named by the table's bytes and the code that reads and folds it."""
    if not _TABLE.exists():
        return {}
    key = artifacts.digest(["1", _TABLE.read_bytes(), Path(__file__).read_bytes(), Path(names.__file__).read_bytes()])
    rows, by_key = artifacts.cached("sahel-features", key, _read_table)
    features = [Candidate(*row) for row in rows]
    return {k: tuple(features[i] for i in ids) for k, ids in by_key.items()}


def _read_table() -> tuple[list[tuple], dict[str, tuple[int, ...]]]:
    """(each feature's ``Candidate`` fields, place_key → the indices of the features bearing it)."""
    rows: list[tuple] = []
    out: dict[str, list[int]] = {}
    with gzip.open(_TABLE, "rb") as raw:
        for r in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
            rows.append((int(r["geonameid"]), r["name"], float(r["latitude"]), float(r["longitude"]), r["country"],
                         r["admin1"] or None, r["admin2"] or None, r["feature_class"], r["feature_code"], 0))
            names = [r["name"], *(a for a in r["alternates"].split(",") if a)]
            for key in {place_key(n) for n in names} - {""}:
                out.setdefault(key, []).append(len(rows) - 1)
    return rows, {k: tuple(v) for k, v in out.items()}


def named_features(name: str) -> tuple[Candidate, ...]:
    """The streams, hills, forests and localities whose name or alternate is ``name`` under the
    gazetteer's transliteration key (``place_key``)."""
    return _by_key().get(place_key(name), ())


def localities(name: str, countries) -> list[Candidate]:
    """The localities (LCTY) named exactly ``name`` in ``countries``, for a place name the gazetteer lacks under
    every spelling: "the former Inata gold mine" is GeoNames' locality Inata, a mine site it does not list as
    populated, rather than a near spelling of some village (a fuzzy guess never replaces an exact name).  Streams
    and hills stay out: a "Kongo" stream is no reading of a name in general."""
    return [c for c in named_features(name) if c.feature_code == "LCTY" and c.country in countries][:3]
