"""Printing records as a table (rich), JSON (a list of objects) or CSV, the same way for every command."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
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

    from rich import box

    # no vertical rules: a 100-column terminal keeps room for the text columns
    table = Table(title=title, show_lines=False, box=box.SIMPLE_HEAD, pad_edge=False,
                  collapse_padding=True)
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    for i, c in enumerate(columns):
        values = [row[i] for row in cells if row[i] != ""]
        kind = _column_kind(c, values)
        widest = max((len(line) for v in values for line in v.split("\n")), default=0)
        header = _SHORT_HEADERS.get(c, c)
        widest = max(widest, min(len(header), 12))  # a header stays whole too (up to 12 characters)
        if kind == "number":  # right-aligned, never wrapped
            table.add_column(header, justify="right", no_wrap=True, min_width=widest)
        elif kind == "token":  # ids, dates, codes: whole on one line, so they can be copied
            table.add_column(header, no_wrap=True, min_width=min(widest, 40))
        else:  # names, quotes, descriptions: these take the wrap
            table.add_column(header, overflow="fold", ratio=1, min_width=min(widest, 8))
    for row in cells:
        table.add_row(*row)
    Console(file=out, width=_width(out)).print(table)


# table headers that would otherwise be the widest thing in their column
_SHORT_HEADERS = {"source_count": "sources", "published_is_estimate": "est.", "characters": "chars",
                  "documents": "docs", "fatalities": "killed", "duplicate_of": "dup. of",
                  "affiliation_name": "affiliation", "char_start": "at", "sub_event_type": "type"}

_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def _column_kind(name: str, values: list[str]) -> str:
    """number, token (an id, a date, a code: no spaces) or text."""
    if values and all(_NUMBER.fullmatch(v) for v in values):
        return "number"
    if values and all(v in ("yes", "no") for v in values):
        return "token"
    if name == "id" or name.endswith(("_id", "date", "_start", "_end")) or (
            values and all(" " not in v and len(v) <= 40 for v in values)):
        return "token"
    return "text"


def _width(out: TextIO) -> int | None:
    """The terminal's width (or $COLUMNS); 200 when writing to a file or a pipe."""
    if os.environ.get("COLUMNS", "").isdigit():
        return int(os.environ["COLUMNS"])
    return None if out.isatty() else 200


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):  # short in a table, and a human word
        return "yes" if value else "no"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
