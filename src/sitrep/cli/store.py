"""CLI command: ``sitrep store optimize`` (see sitrep.cli for the conventions).

``store optimize`` rewrites the events table in date order (``Store.cluster_events``, see
sitrep/store/layout.py) so that date-banded reads (API pages, the map) skip the rest of the table.
The pipeline does this by itself when enough events were written since the last time; the command
forces it (``--if-needed``: only when the pipeline's own threshold is reached).
"""

from __future__ import annotations

from pathlib import Path

from sitrep.cli.output import add_format_option, emit
from sitrep.errors import ErrorCode, SitrepError


def register(sub) -> None:
    """Add this group's sub-commands to the sitrep parser."""
    g = sub.add_parser("store", help="store maintenance: rewrite the events table in date order")
    gsub = g.add_subparsers(dest="store_command", metavar="ACTION")
    p = gsub.add_parser("optimize", help="cluster the events table by date (faster date-banded reads and map)")
    p.add_argument("--if-needed", action="store_true",
                   help="only when enough events were written since the last time (the pipeline's rule)")
    add_format_option(p)
    p.set_defaults(func=cmd_store_optimize)
    g.set_defaults(func=lambda args: (g.print_help(), 2)[1])


def cmd_store_optimize(args) -> int:
    from sitrep.store import Store

    if args.db != ":memory:" and not Path(args.db).exists():
        raise SitrepError(ErrorCode.not_found, f"no store at {args.db}: run `sitrep ingest` first or pass --db")
    with Store(args.db) as store:
        result = store.maybe_cluster_events() if args.if_needed else store.cluster_events()
    row = {"clustered": result.clustered, "events": result.events, "written_since_last": result.written_since,
           "seconds": round(result.seconds, 1), "reason": result.reason}
    emit([row], args.format, list(row), title="store optimize")
    return 0
