"""Printing records as a table (rich), JSON (a list of objects) or CSV, the same way for every command."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import Any, TextIO

FORMATS = ("table", "json", "csv")


def add_format_option(parser, choices: Sequence[str] = ("table", "json")) -> None:
    parser.add_argument("--format", choices=list(choices), default="table", help="output format")


def _plain(value: Any) -> Any:
    """Make a value JSON-serialisable (dates as ISO strings, enums as values, models as dicts)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if hasattr(value, "model_dump"):
        return _plain(value.model_dump(mode="json"))
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    return value


def to_json(rows: Any) -> str:
    return json.dumps(_plain(rows), ensure_ascii=False, indent=2)


def emit_json_detail(detail: dict[str, Any], fmt: str) -> bool:
    """Print one record's detail as JSON when ``fmt`` asks for it; True when printed (the caller then
    returns, else it writes its own table view)."""
    if fmt != "json":
        return False
    sys.stdout.write(to_json(detail) + "\n")
    return True


def emit(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    out: TextIO | None = None,
) -> None:
    """Print ``rows`` (dicts) in ``fmt``; ``columns`` chooses and orders the table/CSV columns."""
    out = out or sys.stdout
    rows = [_plain(r) for r in rows]
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: _cell(r.get(k)) for k in columns})
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*(_cell(r.get(c)) for c in columns))
    Console(file=out, width=200 if not out.isatty() else None).print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
