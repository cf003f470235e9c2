"""The ``sitrep`` command: thin argument parsing over the library functions.

Each command group lives in its own module with a ``register(subparsers)`` function that adds its
sub-commands; every sub-command sets ``func(args) -> int`` (the exit status).  Exit codes: 0 the run
completed (even with skipped inputs), 1 nothing could be done (missing input, no such record), 2 usage.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from sitrep.errors import ErrorCode, SitrepError

# command-group modules, in the order their commands appear in --help
COMMAND_MODULES = ["ingest", "knowledge", "events", "eval", "train", "serve", "engine", "store"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitrep", description="sitrep: a sourced, queryable picture of an armed conflict from the news about it.")
    parser.add_argument(
        "--db",
        default=os.environ.get("SITREP_DB", "sitrep.duckdb"),
        help="DuckDB store file (default: $SITREP_DB or ./sitrep.duckdb)",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging (-vv for debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import importlib

    for name in COMMAND_MODULES:
        module = importlib.import_module(f"sitrep.cli.{name}")
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)],
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except SitrepError as exc:
        print(f"error {exc.code.value}: {exc.message}", file=sys.stderr)
        return 2 if exc.code == ErrorCode.usage else 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
