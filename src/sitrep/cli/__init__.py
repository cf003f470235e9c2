"""The ``sitrep`` command: thin argument parsing over the library functions.

Each command group lives in its own module with a ``register(subparsers)`` function that adds its
sub-commands; every sub-command sets ``func(args) -> int`` (the exit status).  Exit codes: 0 the run
completed (even with skipped inputs), 1 nothing could be done (missing input, no such record), 2 usage.

May import: everything (the top of the import graph); nothing imports it.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from sitrep.errors import ErrorCode, SitrepError

# command-group modules, in the order their commands appear in --help
COMMAND_MODULES = ["ingest", "knowledge", "events", "why_apart", "outlets", "eval", "train", "serve", "corrections", "outputs", "store"]
# the module registering each command: ``sitrep CMD`` imports that one alone (a start does not pay
# for every other command's imports); --help, no command or an unknown one import them all.
# tests/cli/test_command_table.py checks this table against what the modules register.
COMMANDS = {
    "ingest": "ingest", "documents": "ingest", "summary": "ingest",
    "actors": "knowledge", "actor": "knowledge", "places": "knowledge", "gazetteer": "knowledge",
    "events": "events", "event": "events", "claims": "events", "disputes": "events", "control": "events",
    "outlets": "outlets", "outlet": "outlets", "eval": "eval", "train": "train", "serve": "serve",
    "corrections": "corrections", "correct": "corrections", "apply-corrections": "corrections",
    "report": "outputs", "export": "outputs", "store": "store", "why-apart": "why_apart",
}


def command_in(argv: list[str]) -> str | None:
    """The command ``argv`` names: its first word that is neither a top-level option nor the value
    of ``--db``; None when there is none or when help is asked for before it."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help"):
            return None
        if word == "--db":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv``: with only the command module it names, else with every command."""
    import importlib

    from sitrep import __version__
    from sitrep.cli.args import add_db_option, sub_parsers

    parser = argparse.ArgumentParser(prog="sitrep", description="sitrep: a sourced, queryable picture of an armed conflict from the news about it.")
    add_db_option(parser, os.environ.get("SITREP_DB", "sitrep.duckdb"))
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging (-vv for debug)")
    parser.add_argument("--version", action="version", version=f"sitrep {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    named = COMMANDS.get(command_in(argv)) if argv is not None else None
    for name in [named] if named else COMMAND_MODULES:
        module = importlib.import_module(f"sitrep.cli.{name}")
        module.register(sub)
    for child in sub_parsers(parser):  # every command takes --db, before or after its name
        add_db_option(child, argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    from sitrep import regex_codes

    regex_codes.install()  # before the command's modules compile their patterns
    try:
        return _run(sys.argv[1:] if argv is None else list(argv))
    finally:
        regex_codes.save()


# allocations before the cyclic collector looks at the youngest objects (Python's default: 700)
YOUNG_COLLECTION_THRESHOLD = 20_000


def run() -> None:
    """The ``sitrep`` command: ``main``, then the process ends without the interpreter's teardown."""
    prepare_process()
    end_process(main())


def prepare_process() -> None:
    """Collect cyclic garbage less often in a command's process.

    A one-article ingest ends with ~94,000 container objects that live to its end (modules, pydantic's
    validators, spaCy's model, the knowledge), and allocates many more while it starts: with the
    default threshold the collector ran 267 young, 25 middle and 2 full collections over them, ~0.17 s
    of its CPU at load ~8, to free almost nothing.  Looking at the youngest every 20,000 allocations
    instead of 700 leaves 8 young and 1 middle collection, no full one (~0.07 s); cyclic garbage waits
    a little longer, which a process ending in seconds, or a long ingest's few MB of it, does not feel."""
    import gc

    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *gc.get_threshold()[1:])


def end_process(code: int) -> None:
    """End the process with ``code`` now that the command's work is done.

    An interpreter's teardown frees every object and module one at a time: ~0.3 s of CPU after a
    one-article ingest (a sixth of its start-up: spaCy's vocabulary and model, the knowledge, the
    ~1,000 modules), for memory the operating system takes back at once.  What the teardown does
    that matters is done first: the atexit handlers (logging's flush, temporary directories,
    multiprocessing's clean-up), then every Python file still open for writing closed, then the
    standard streams flushed.  The store is closed by the command itself (its ``with``); DuckDB commits are
    durable in its WAL anyway.  A process with other threads still running exits the ordinary way,
    which waits for them."""
    import atexit
    import threading

    if threading.active_count() > 1:
        sys.exit(code)
    atexit._run_exitfuncs()  # CPython's own call at exit, made here before ending without the rest
    _close_open_files()
    os._exit(code)


def _close_open_files() -> None:
    """Flush the standard streams, then close what the teardown would have closed when it freed a
    file left open (its buffer written, a gzip trailer added), text layers before the buffers under them."""
    import gc
    import io

    standard = set()
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        try:
            if stream is not None and stream.writable():
                stream.flush()
        except (OSError, ValueError):  # a closed pipe (``sitrep ... | head``) or a detached stream
            pass
        while stream is not None:  # the stream and the layers under it stay open, as they do at exit
            standard.add(id(stream))
            stream = getattr(stream, "buffer", None) or getattr(stream, "raw", None)
    files = [o for o in gc.get_objects() if isinstance(o, io.IOBase) and id(o) not in standard]
    layer = lambda f: 0 if isinstance(f, io.TextIOBase) else 1 if isinstance(f, io.BufferedIOBase) else 2  # noqa: E731
    for f in sorted(files, key=layer):
        try:
            if not f.closed and f.writable():
                f.close()
        except (OSError, ValueError):
            pass


def _run(argv: list[str]) -> int:
    parser = build_parser(argv)
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
    except Exception as exc:  # noqa: BLE001 - a bug must still end with a code, not a bare traceback
        logging.getLogger("sitrep.cli").debug("unexpected failure", exc_info=True)
        print(f"error {ErrorCode.internal.value}: {type(exc).__name__}: {exc} (run with -vv for the traceback)",
              file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    run()
