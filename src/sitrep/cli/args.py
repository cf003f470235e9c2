"""Argument types shared by every command: numbers are checked where they are parsed, so a bad
one is a usage error (exit 2) with a message, never a traceback from deep inside a query."""

from __future__ import annotations

import argparse
import math


def _number(value: str, kind: type):
    try:
        number = kind(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a {'whole ' if kind is int else ''}number: {value!r}") from exc
    if kind is float and not math.isfinite(number):
        raise argparse.ArgumentTypeError(f"not a finite number: {value!r}")
    return number


def positive_int(value: str) -> int:
    """A whole number of at least 1 (counts, limits, sizes)."""
    n = _number(value, int)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def non_negative_int(value: str) -> int:
    """A whole number of at least 0 (random seeds, offsets)."""
    n = _number(value, int)
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be at least 0, not {n}")
    return n


def port_number(value: str) -> int:
    """A TCP port, 0 (pick a free one) to 65535."""
    n = _number(value, int)
    if not 0 <= n <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 0 to 65535, not {n}")
    return n


def positive_seconds(value: str) -> float:
    """A duration in seconds, above 0 and at most a day."""
    s = _number(value, float)
    if not 0 < s <= 86400:
        raise argparse.ArgumentTypeError(f"seconds must be above 0 and at most 86400, not {value}")
    return s


def add_db_option(parser: argparse.ArgumentParser, default) -> None:
    """``--db FILE``; sub-commands take it with ``default=SUPPRESS`` so that ``sitrep CMD --db F``
    overrides ``sitrep --db F CMD`` and leaving it out keeps the top-level value."""
    parser.add_argument("--db", default=default, metavar="FILE",
                        help="DuckDB store file (default: $SITREP_DB or ./sitrep.duckdb)")


def sub_parsers(parser: argparse.ArgumentParser):
    """Every parser below ``parser`` (sub-commands of sub-commands too)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):  # aliases map to the same parser
                yield child
                yield from sub_parsers(child)
