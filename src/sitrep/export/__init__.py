"""Exporting fused events: ACLED-compatible CSV, GeoJSON, JSONL with provenance, Parquet.

``export_events(store, fmt, out)`` is what ``sitrep export`` calls; the writers in
``sitrep.export.writers`` take plain ``Event`` lists and can be used without a store.

May import: query and everything below it; never the CLI, the API or the report.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

from sitrep.errors import ErrorCode, SitrepError
from sitrep.export.acled import ACLED_COLUMNS, COLUMNS, acled_row
from sitrep.knowledge.actor_names import ActorNames
from sitrep.query.select import iter_events, select_events
from sitrep.export.writers import write_acled_csv, write_geojson, write_jsonl, write_parquet
from sitrep.store import Store
from sitrep.coverage import coverage_of

log = logging.getLogger(__name__)

FORMATS = ("acled-csv", "geojson", "jsonl", "parquet")
_TEXT_WRITERS = {"acled-csv": write_acled_csv, "geojson": write_geojson, "jsonl": write_jsonl}


def export_events(
    store: Store | None,
    fmt: str,
    out: str | Path | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    place: str | None = None,
    events=None,
    names: ActorNames | None = None,
) -> int:
    """Write the selected events in ``fmt`` to the file ``out`` (stdout for text formats when None).

    ``events`` overrides the selection from the store (a caller that already holds the events).
    Returns the number of events written.
    """
    if fmt not in FORMATS:
        raise SitrepError(ErrorCode.usage, f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if events is None:  # streamed from the store in pages, in (date, id) order
        events = iter_events(store, since=since, until=until, place=place)
    undated = [0]
    events = _dated(events, undated)
    names = names or ActorNames(store)
    timestamp = int(dt.datetime.now(dt.timezone.utc).timestamp())
    if fmt == "parquet":
        if out is None or str(out) == "-":
            raise SitrepError(ErrorCode.usage, "parquet is binary: give an output file with -o")
        n = write_parquet(events, out, names, timestamp)
    else:
        # the ACLED CSV carries who reported each event (source_scale, reported-by, perspective)
        extra = {"cover": _coverage(store)} if fmt == "acled-csv" else {}
        if out is None or str(out) == "-":
            n = _TEXT_WRITERS[fmt](events, sys.stdout, names, timestamp, **extra)
        else:
            with open(out, "w", encoding="utf-8", newline="") as fh:
                n = _TEXT_WRITERS[fmt](events, fh, names, timestamp, **extra)
    log.info("exported %d events as %s to %s", n, fmt, out or "stdout")
    if undated[0]:  # ACLED rows always carry a date: an event with none is left out, and said so
        print(f"left out {undated[0]} undated event(s): ACLED rows need a date", file=sys.stderr)
    return n


def _coverage(store: Store | None):
    """Events → their coverage, or None when there is no store to read reports' documents from."""
    if store is None:
        return None
    return lambda events: coverage_of(store, events)


def _dated(events, undated: list[int]):
    for event in events:
        if event.date is None:
            undated[0] += 1
            continue
        yield event


__all__ = ["FORMATS", "ACLED_COLUMNS", "COLUMNS", "acled_row", "export_events", "ActorNames", "select_events"]
