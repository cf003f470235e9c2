"""CLI commands: ``report`` (situation reports) and ``export`` (ACLED CSV, GeoJSON, JSONL, Parquet)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from sitrep.errors import ErrorCode, SitrepError
from sitrep.export import FORMATS as EXPORT_FORMATS
from sitrep.export import export_events
from sitrep.query.filters import check_dates, resolve_place
from sitrep.report import FORMATS as REPORT_FORMATS
from sitrep.report import write_report
from sitrep.store import Store


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from exc


def _add_selection(p) -> None:
    p.add_argument("--since", type=_date, metavar="DATE", help="first day of the period (YYYY-MM-DD)")
    p.add_argument("--until", type=_date, metavar="DATE", help="last day of the period (YYYY-MM-DD)")
    p.add_argument("--place", metavar="NAME", help="only events at this location, admin area or country")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")


def register(sub) -> None:
    """Add the report and export commands to the sitrep parser."""
    p = sub.add_parser("report", help="a written situation report of a period, every statement cited",
                       description="Write a situation report: main developments, fatalities by area and actor, "
                                   "territorial control, disputed events and the sources used, with footnotes.")
    _add_selection(p)
    p.add_argument("--format", choices=REPORT_FORMATS, default="md", help="md (default), html or pdf")
    p.add_argument("--title", help="report title")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("export", help="export fused events: ACLED CSV, GeoJSON, JSONL or Parquet",
                       description="Export fused events with their provenance for other tools.")
    _add_selection(p)
    p.add_argument("--format", choices=EXPORT_FORMATS, default="acled-csv", help="output format (default acled-csv)")
    p.set_defaults(func=cmd_export)


def _check_period(args) -> None:
    check_dates(args.since, args.until)


def _place(store: Store, args: argparse.Namespace) -> list[str] | None:
    """The --place name resolved as every command resolves it (an unknown name is an error)."""
    return resolve_place(store, args.place) if args.place else None


def _open_store(args: argparse.Namespace) -> Store:
    """The existing store, read-only: outputs never write, and a missing file is an error, not a new store."""
    if args.db != ":memory:" and not Path(args.db).exists():
        raise SitrepError(ErrorCode.not_found, f"no store at {args.db}: run `sitrep ingest` first or pass --db")
    return Store(args.db, read_only=args.db != ":memory:")


def cmd_report(args) -> int:
    _check_period(args)
    if args.format == "pdf" and not args.output:
        raise SitrepError(ErrorCode.usage, "a PDF report needs an output file: give -o FILE")
    with _open_store(args) as store:
        write_report(store, args.format, args.output, since=args.since, until=args.until,
                     place=_place(store, args), title=args.title)
    return 0


def cmd_export(args) -> int:
    _check_period(args)
    with _open_store(args) as store:
        n = export_events(store, args.format, args.output, since=args.since, until=args.until,
                          place=_place(store, args))
    if args.output:
        print(f"exported {n} events to {args.output}", file=sys.stderr)
    return 0
