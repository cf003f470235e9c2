"""CLI commands: outlets, outlet (see sitrep.cli for the conventions).

``outlets`` lists the outlets the stored documents name (published or credited as wire) with their
profiles from the outlet base (``--all`` adds the base's other outlets); ``outlet NAME`` shows one:
profile, documents, events reported, statements relayed, and how often other sources contradicted it.
"""

from __future__ import annotations

import sys

from sitrep.cli.events import _open
from sitrep.cli.output import add_format_option, emit, emit_json_detail
from sitrep.knowledge.outlets import OUTLET_KINDS

COLUMNS = ["name", "kind_label", "country", "ownership", "owner", "source_scale", "documents", "credited"]


def cmd_outlets(args) -> int:
    from sitrep.outlet_activity import list_outlets

    with _open(args) as store:
        rows = list_outlets(store, include_unseen=args.all, kind=args.kind)
    emit(rows, args.format, columns=COLUMNS, title=f"{len(rows)} outlets")
    return 0


def cmd_outlet(args) -> int:
    from sitrep.outlet_activity import outlet_detail

    with _open(args) as store:
        detail = outlet_detail(store, args.name)
    if emit_json_detail(detail, args.format):
        return 0
    p, out = detail["profile"], sys.stdout
    out.write(f"{p['name']}" + (f" ({p['short']})" if p.get("short") else "") + f"  [{p['camp']}]\n")
    if p["known"]:
        out.write(f"  kind {p['kind_label']}; country {p['country'] or '-'}; owner {p['owner'] or '-'}"
                  f" ({p['ownership'] or '-'}); ACLED source scale {p['source_scale'] or '-'}\n")
        if p["domains"]:
            out.write(f"  domains: {', '.join(p['domains'])}\n")
    else:
        out.write("  not in the outlet base (add it with SITREP_OUTLETS)\n")
    out.write(f"  documents ({len(detail['documents'])}):\n")
    for d in detail["documents"]:
        out.write(f"   - {d['doc_id']} {d['published'] or '????-??-??'} [{d['role']}] {d['title'] or ''}\n")
    out.write(f"  events reported ({len(detail['events'])}):\n")
    for e in detail["events"]:
        out.write(f"   - {e['event_id']} {e['date']} {e['sub_event_type']} at {e['location'] or '?'}"
                  f"{'  disputed' if e['disputed'] else ''}\n")
    if detail["relays"]:
        out.write("  relays statements of: " + ", ".join(f"{r['name']} ({r['claims']})" for r in detail["relays"]) + "\n")
    c = detail["contradictions"]
    rate = f"{c['rate']:.0%}" if c["rate"] is not None else "-"
    out.write(f"  contradicted by other sources on {c['events_contradicted']} of {c['events_reported']} events ({rate})\n")
    for item in c["items"]:
        out.write(f"   - {item['event_id']} {item['kind']}: its version {item['its_version']} vs {item['other_versions']}"
                  f" ({', '.join(item['other_outlets'])})\n")
    return 0


def register(sub) -> None:
    """Add this group's sub-commands to the sitrep parser."""
    p = sub.add_parser("outlets", help="outlets of the stored documents with their profiles (kind, country, owner, source scale)")
    p.add_argument("--all", action="store_true", help="also the outlet base's outlets no stored document names")
    p.add_argument("--kind", choices=sorted(OUTLET_KINDS), help="only outlets of this kind")
    add_format_option(p, ("table", "json", "csv"))
    p.set_defaults(func=cmd_outlets)

    p = sub.add_parser("outlet", help="one outlet: profile, documents, events reported, statements relayed, contradictions")
    p.add_argument("name", help="outlet name, credit, alias or domain")
    add_format_option(p)
    p.set_defaults(func=cmd_outlet)
