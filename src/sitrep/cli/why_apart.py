"""CLI command: ``sitrep why-apart EVENT_A EVENT_B`` (see sitrep.cli for the conventions).

For two stored events, every test the fusion matcher applies to each pair of their reports
(``sitrep.fuse.why_apart``): places and their distance against the matcher's radius, date windows
and their gap, types and the rule that admits them, actors and their relation, and the cannot-link
rules that fire, by name.  An analyst's answer to "why are these two reports two events?".
"""

from __future__ import annotations

import sys
from pathlib import Path

from sitrep.cli.output import add_format_option, emit_json_detail
from sitrep.errors import ErrorCode, SitrepError


def register(sub) -> None:
    """Add this group's sub-commands to the sitrep parser."""
    p = sub.add_parser("why-apart", help="why two stored events are not one: each fusion test on their reports")
    p.add_argument("event_a")
    p.add_argument("event_b")
    p.add_argument("--all-tests", action="store_true", help="list the tests each pair passes too")
    add_format_option(p)
    p.set_defaults(func=cmd_why_apart)


def cmd_why_apart(args) -> int:
    from sitrep.fuse.why_apart import as_dict, explain_stored
    from sitrep.knowledge.actor_knowledge import ActorKnowledge
    from sitrep.store import Store

    if args.db != ":memory:" and not Path(args.db).exists():
        raise SitrepError(ErrorCode.not_found, f"no store at {args.db}: run `sitrep ingest` first or pass --db")
    with Store(args.db, read_only=True) as store:
        found = explain_stored(store, args.event_a, args.event_b, ActorKnowledge.load())
    if not found.pairs:
        raise SitrepError(ErrorCode.not_found_record, f"no reports stored for {args.event_a!r} and {args.event_b!r}")
    detail = as_dict(found)
    if emit_json_detail(detail, args.format):
        return 0
    out = sys.stdout
    out.write(f"{found.event_a} vs {found.event_b}: {found.summary()}\n")
    for p in detail["pairs"]:
        head = "same event" if p["same_event"] else f"apart: {p['first_failure']}"
        out.write(f"  {p['a']} / {p['b']}: {head}\n")
        for t in p["tests"]:
            if args.all_tests or not t["ok"]:
                out.write(f"    {'ok  ' if t['ok'] else 'FAIL'} {t['rule']}: {t['detail']}\n")
    return 0
