"""Writing events in the four export formats; each writer takes events and a destination.

- ``acled-csv``: ACLED's columns then sitrep's extras (csv module, one row per event);
- ``geojson``: a FeatureCollection, one Point feature per event (null geometry when not located);
- ``jsonl``: one event per line with its full provenance (every report's span and quote);
- ``parquet``: the ACLED columns plus the reports as a nested list, for data tools (pyarrow).
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from sitrep.export.acled import COLUMNS, acled_row
from sitrep.knowledge.actor_names import ActorNames
from sitrep.model import Event

log = logging.getLogger(__name__)


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def with_coverage(events: Iterable[Event], cover: Callable[[list[Event]], dict] | None,
                  batch: int = 500) -> Iterator[tuple[Event, Any]]:
    """(event, its coverage or None), the coverage computed ``batch`` events at a time."""
    chunk: list[Event] = []

    def flush():
        found = cover(chunk) if cover else {}
        out = [(e, found.get(e.event_id)) for e in chunk]
        chunk.clear()
        return out

    for event in events:
        chunk.append(event)
        if len(chunk) >= batch:
            yield from flush()
    yield from flush()


def write_acled_csv(events: Iterable[Event], out: IO[str], names: ActorNames, timestamp: int | None = None,
                    cover: Callable[[list[Event]], dict] | None = None) -> int:
    """``cover``: event list → {event_id: Coverage} (``sitrep.coverage.coverage_of``) for the
    source_scale and the reported-by columns; without it they stay blank."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event, coverage in with_coverage(events, cover):
        row = acled_row(event, names, timestamp, coverage)
        writer.writerow({k: _csv_cell(row[k]) for k in COLUMNS})
        n += 1
    return n


def _properties(event: Event, names: ActorNames, timestamp: int | None) -> dict[str, Any]:
    props = acled_row(event, names, timestamp)
    props["reports"] = [
        {"doc_id": r.doc_id, "outlet": r.outlet, "url": r.url, "char_start": r.char_start, "char_end": r.char_end}
        for r in event.reports
    ]
    props["disputes"] = [d.model_dump(mode="json") for d in event.disputes]
    return props


def write_geojson(events: Iterable[Event], out: IO[str], names: ActorNames, timestamp: int | None = None) -> int:
    """A FeatureCollection written feature by feature, so a large export is not held in memory twice."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for event in events:
        geometry = None
        if event.latitude is not None and event.longitude is not None:
            geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
        feature = {"type": "Feature", "id": event.event_id, "geometry": geometry,
                   "properties": _properties(event, names, timestamp)}
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def jsonl_record(event: Event, names: ActorNames) -> dict[str, Any]:
    """The whole event (reports with spans and quotes, disputes) plus the actors' display names."""
    record = event.model_dump(mode="json")
    record["actor1_name"] = names.name(event.actor1) or None
    record["actor2_name"] = names.name(event.actor2) or None
    record["assoc_actor_1_names"] = [names.name(a) for a in event.assoc_actor_1]
    record["assoc_actor_2_names"] = [names.name(a) for a in event.assoc_actor_2]
    return record


def write_jsonl(events: Iterable[Event], out: IO[str], names: ActorNames, timestamp: int | None = None) -> int:
    n = 0
    for event in events:
        out.write(json.dumps(jsonl_record(event, names), ensure_ascii=False) + "\n")
        n += 1
    return n


def parquet_schema():
    import pyarrow as pa

    report = pa.struct([
        ("mention_id", pa.string()), ("doc_id", pa.string()), ("outlet", pa.string()), ("url", pa.string()),
        ("char_start", pa.int64()), ("char_end", pa.int64()), ("quote", pa.string()),
        ("modality", pa.string()), ("version", pa.string()),
    ])
    types = {
        "year": pa.int32(), "time_precision": pa.int32(), "inter1": pa.int32(), "inter2": pa.int32(),
        "interaction": pa.int32(), "iso": pa.int32(), "latitude": pa.float64(), "longitude": pa.float64(),
        "geo_precision": pa.int32(), "fatalities": pa.int32(), "timestamp": pa.int64(),
        "fatalities_low": pa.int32(), "fatalities_high": pa.int32(), "disputed": pa.bool_(),
        "source_count": pa.int32(), "confidence": pa.float64(), "event_date": pa.date32(), "single_perspective": pa.bool_(),
    }
    fields = [pa.field(c, types.get(c, pa.string())) for c in COLUMNS]
    fields.append(pa.field("reports", pa.list_(report)))
    return pa.schema(fields)


def write_parquet(events: Iterable[Event], path: str | Path, names: ActorNames, timestamp: int | None = None,
                  batch_size: int = 10_000) -> int:
    """Row groups of ``batch_size`` events, written as they come (bounded memory on big stores)."""
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    batch: list[dict] = []
    with pq.ParquetWriter(str(path), schema) as writer:
        def flush():
            if batch:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch.clear()

        for event in events:
            row = acled_row(event, names, timestamp)
            if row["event_date"]:
                row["event_date"] = dt.date.fromisoformat(row["event_date"])
            if isinstance(row.get("iso"), str):  # a fuse mapping may give the code as text
                row["iso"] = int(row["iso"]) if row["iso"].isdigit() else None
            row["reports"] = [
                {"mention_id": r.mention_id, "doc_id": r.doc_id, "outlet": r.outlet, "url": r.url,
                 "char_start": r.char_start, "char_end": r.char_end, "quote": r.quote,
                 "modality": r.modality.value, "version": r.version}
                for r in event.reports
            ]
            batch.append(row)
            n += 1
            if len(batch) >= batch_size:
                flush()
        flush()
    return n
