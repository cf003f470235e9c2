"""CLI commands: ingest, documents, summary (see sitrep.cli for the conventions).

``ingest`` is a thin wrapper over ``sitrep.pipeline.run``: it builds the Analyzer (unless
``--no-analyse``), shows a progress bar on a terminal and prints the run's summary.
Exit status: 0 the run completed (even with skipped inputs), 1 an input path does not exist or
nothing could be read, 2 usage.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from sitrep.cli.args import positive_int, positive_seconds
from sitrep.cli.output import add_format_option, emit, to_json
from sitrep.errors import ErrorCode, SitrepError
from sitrep.store import Store

log = logging.getLogger(__name__)

TABLE_COLUMNS = ["id", "published", "outlet", "wire", "language", "characters", "title"]


def register(sub) -> None:
    """Add this group's sub-commands to the sitrep parser."""
    p = sub.add_parser("ingest", help="read articles (files, directories, -, URLs, feeds) into the store")
    p.add_argument("inputs", nargs="+", metavar="PATH_OR_URL", help="files, directories, '-' for stdin, http(s) URLs or feeds")
    p.add_argument("--no-analyse", action="store_true", help="only store the documents; skip analysis and fusion")
    p.add_argument("--allow-private", action="store_true",
                   help="allow fetching from private/loopback addresses (local servers; also SITREP_ALLOW_PRIVATE=1)")
    p.add_argument("--max-bytes", type=positive_int, default=None, help="size limit per file or response (default: SITREP_MAX_INPUT_BYTES or 10 MiB)")
    p.add_argument("--timeout", type=positive_seconds, default=None, help="seconds per network operation (default 10)")
    # engine options (sitrep.engine): where the per-document analysis runs
    from sitrep.engine import workers_option

    p.add_argument("--workers", type=workers_option, default=1, help="analysis processes (default 1: in this process)")
    p.add_argument("--engine", choices=["auto", "serial", "local", "dask"], default="auto",
                   help="auto (serial for 1 worker, local process pool for more), serial, local, dask")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="Dask scheduler address (tcp://host:8786); with --engine dask and no address, a local cluster")
    add_format_option(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("documents", help="list stored documents and their metadata")
    p.add_argument("--outlet", default=None, help="only this outlet")
    p.add_argument("--limit", type=positive_int, default=None, help="at most this many documents")
    add_format_option(p, ("table", "json", "csv"))
    p.set_defaults(func=cmd_documents)

    p = sub.add_parser("summary", help="counts of documents, languages, skipped inputs and extracted records")
    add_format_option(p)
    p.set_defaults(func=cmd_summary)


def _open_existing(args):
    from sitrep.store import Store

    if args.db != ":memory:" and not Path(args.db).exists():
        raise SitrepError(ErrorCode.not_found, f"no store at {args.db}: run `sitrep ingest` first or pass --db")
    return Store(args.db, read_only=True)


def _analyzer(store: Store):
    """The analyzer, built on the knowledge read once (its actor base is also what the run saves and fuses with)."""
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return Analyzer(load_knowledge(store))


class _AnalysedWithoutStore:
    """The analyzer of a serial ingest on a shared store: analysis (and the first model load)
    needs no store, so while it runs a process asking for the file (a running `sitrep serve`) gets
    it within 50 ms (``Store.idle``) and is never kept waiting for an analysis.  When nobody asks,
    the store stays open (closing and reopening it before each batch cost ~40 ms of CPU)."""

    def __init__(self, analyzer, store: Store, progress=None):
        self.analyzer, self.store, self.progress = analyzer, store, progress

    def parse(self, documents):
        if self.progress is not None:
            self.progress.analysing(len(documents))
        with self.store.idle():
            return self.analyzer.parse(documents)

    def analyse(self, document, parsed=None):
        if parsed is None and self.progress is not None:
            self.progress.analysing(1)
        with self.store.idle():
            return self.analyzer.analyse(document) if parsed is None else self.analyzer.analyse(document, parsed)


def cmd_ingest(args) -> int:
    from rich.console import Console

    from sitrep import pipeline
    from sitrep.cli.progress import IngestProgress, expected_documents, progress_bar
    from sitrep.store import Store

    missing = [i for i in args.inputs if i != "-" and "://" not in i and not Path(i).exists()]
    options = {"allow_private": True if args.allow_private else None, "max_bytes": args.max_bytes, "timeout": args.timeout}
    err = Console(stderr=True)
    # shared: a running `sitrep serve` on this store gets it back between batches (sitrep.store.core)
    with Store(args.db, shared=True) as store:
        analyzer = None if args.no_analyse else _analyzer(store)
        actors = analyzer.knowledge.actors if analyzer is not None else None
        with progress_bar(err) as bar:
            progress = IngestProgress(bar, expected_documents([i for i in args.inputs if i not in missing]))
            from sitrep.engine import get_engine

            engine = get_engine(args.engine, workers=args.workers, scheduler=args.scheduler)
            if analyzer is not None and engine is pipeline.analyse_documents:
                analyzer = _AnalysedWithoutStore(analyzer, store, progress)
            summary = pipeline.run(list(args.inputs), store, analyzer=analyzer, actors=actors,
                                   progress=progress, analyse=engine, **options)
    data = summary.as_dict()
    if args.format == "json":
        print(to_json(data))
    else:
        _print_summary(data)
    for path in missing:
        print(f"error {ErrorCode.not_found.value}: {path}: no such file or directory", file=sys.stderr)
    if missing or summary.stored + summary.duplicates == 0:
        return 1
    return 0


def _print_summary(data: dict) -> None:
    line = (f"read {data['read']}, stored {data['stored']}, duplicates {data['duplicates']}, "
            f"near-duplicates {data['near_duplicates']}, analysed {data['analysed']}, "
            f"events touched {data['events_touched']}")
    print(line)
    if data["skipped"]:
        print("skipped: " + ", ".join(f"{code} {n}" for code, n in sorted(data["skipped"].items())))
        for e in data["errors"][:20]:
            print(f"  {e['code']} {e['source']}: {e['message']}")
        if len(data["errors"]) > 20:
            print(f"  ... {len(data['errors']) - 20} more (see `sitrep summary`)")
    if data.get("warnings"):
        print(f"kept with warnings: {len(data['warnings'])}")
        for w in data["warnings"][:20]:
            print(f"  {w['code']} {w['source']}: {w['message']}")


def cmd_documents(args) -> int:
    from sitrep.store.documents import LISTING_COLUMNS

    with _open_existing(args) as store:
        rows = store.list_documents(limit=args.limit, outlet=args.outlet)
    if args.format == "table":
        # an estimated date reads "~2025-07-06" with the range it may lie in on the line below
        table = [r | {"published": published_cell(r), "title": r["title"] or "",
                      "outlet": r["outlet"] or "", "id": r["id"] + (f" (copy of {r['duplicate_of']})"
                                                                  if r.get("duplicate_of") else "")}
                 for r in rows]
        estimated = sum(1 for r in rows if r.get("published_is_estimate"))
        title = f"{len(rows)} documents" + (f" (~ an estimated date, {estimated})" if estimated else "")
        emit(table, "table", columns=TABLE_COLUMNS, title=title)
    else:
        emit(rows, args.format, columns=LISTING_COLUMNS, title="documents")
    return 0


def published_cell(row: dict) -> str:
    """'2026-04-29', or '~2025-07-06' and its range ('2025-06-06..2026-06-06') when estimated."""
    day = row.get("published")
    if not day:
        return "undated"
    day = str(day)
    if not row.get("published_is_estimate"):
        return day
    low, high = row.get("published_earliest"), row.get("published_latest")
    return f"~{day}\n{low}..{high}" if low and high else f"~{day}"


def cmd_summary(args) -> int:
    with _open_existing(args) as store:
        data = store.documents_summary()
    if args.format == "json":
        print(to_json(data))
        return 0
    rows = []
    for key, value in data.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "none"
        rows.append({"what": key, "count": value})
    emit(rows, "table", columns=["what", "count"], title="sitrep summary")
    return 0
