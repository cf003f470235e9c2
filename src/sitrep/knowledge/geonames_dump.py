"""Reading GeoNames dumps (the gazetteer import command writes their rows into the store)."""

from __future__ import annotations

import csv
import logging
from pathlib import Path

from sitrep.knowledge.gazetteer import keep_feature, name_keys, spoken_alternates

log = logging.getLogger(__name__)

GEONAMES_COLUMNS = [
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class",
    "feature_code", "country", "cc2", "admin1", "admin2", "admin3", "admin4", "population",
    "elevation", "dem", "timezone", "moddate",
]


def read_geonames_dump(path: str | Path):
    """Parse one GeoNames dump (tab-separated, no header) into two pandas frames: places
    (gazetteer columns) and names (name_key, geonameid), keeping only ``keep_feature`` rows."""
    import pandas as pd

    df = pd.read_csv(
        path, sep="\t", header=None, names=GEONAMES_COLUMNS, dtype=str, quoting=csv.QUOTE_NONE,
        keep_default_na=False, na_filter=False, encoding="utf-8", on_bad_lines="skip",
    )
    if df.empty:
        return df, pd.DataFrame({"name_key": [], "geonameid": []})
    keep = [keep_feature(fc, fcode) for fc, fcode in zip(df["feature_class"], df["feature_code"])]
    df = df[keep]
    places = pd.DataFrame({
        "geonameid": df["geonameid"].astype("int64"),
        "name": df["name"],
        "asciiname": df["asciiname"],
        "latitude": df["latitude"].astype(float),
        "longitude": df["longitude"].astype(float),
        "feature_class": df["feature_class"],
        "feature_code": df["feature_code"],
        "country": df["country"],
        "admin1": df["admin1"].replace("", None),
        "admin2": df["admin2"].replace("", None),
        "admin3": df["admin3"].replace("", None),
        "population": pd.to_numeric(df["population"], errors="coerce").fillna(0).astype("int64"),
        "origin": str(Path(path).name),
    })
    key_rows: list[tuple[str, int]] = []
    for gid, name, ascii_, alts in zip(places["geonameid"], df["name"], df["asciiname"], df["alternatenames"]):
        for k in name_keys(name, ascii_, spoken_alternates(alts.split(",")) if alts else ()):
            key_rows.append((k, int(gid)))
    names = pd.DataFrame(key_rows, columns=["name_key", "geonameid"]).drop_duplicates()
    return places, names


def import_geonames(store, path: str | Path) -> dict[str, int]:
    """Read one GeoNames dump (all alternate names, admin1–admin3 codes, ADM1–ADM3 rows) and hand its rows
    to ``store.save_gazetteer``; re-importing a file replaces its rows.  Returns counts of places
    and names written."""
    places, names = read_geonames_dump(path)
    counts = store.save_gazetteer(places, names)
    log.info("imported %s: %d places, %d names", path, counts["places"], counts["names"])
    return counts
