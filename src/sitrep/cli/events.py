"""CLI commands: events, event, claims, disputes, control (see sitrep.cli for the conventions).

JSON and CSV use ACLED's field names (``sitrep.query.acled``); places and actors accept any known
name or spelling and are resolved to ids before querying.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from sitrep.cli.args import positive_int
from sitrep.cli.output import add_format_option, emit, emit_json_detail
from sitrep.errors import ErrorCode, SitrepError
from sitrep.query.detail import event_record
from sitrep.store import Store
from sitrep.query.filters import check_dates, resolve_filters, resolve_place
from sitrep.coverage import coverage_of, reported_by_names
from sitrep.query.acled import FIELDS, event_to_acled
from sitrep.knowledge.actor_names import ActorNames
from sitrep.store.events import encode_cursor
from sitrep.query.resolve import resolve_actor
from sitrep.query.control import control_history

TABLE_COLUMNS = ["event_id", "event_date", "sub_event_type", "actors", "location", "fatalities", "disputed",
                 "source_count"]


def _open(args):
    if args.db != ":memory:" and not Path(args.db).exists():
        raise SitrepError(ErrorCode.not_found, f"no store at {args.db}: run `sitrep ingest` first or pass --db")
    return Store(args.db, read_only=True)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def _places(store: Store, text: str) -> list[str]:
    """A place name resolved as every command resolves it (an unknown name is an error)."""
    return resolve_place(store, text)


COVERAGE_COLUMNS = ["reported_by", "perspective", "single_perspective"]


def cmd_events(args) -> int:
    check_dates(args.since, args.until)
    with _open(args) as store:
        found = resolve_filters(store, place=args.place, actor=args.actor, type=args.type,
                                sub_type=args.sub_type, since=args.since, until=args.until)
        filters = dict(found.list_kwargs(), disputed=True if args.disputed else None,
                       reported_by=reported_by_names(args.reported_by) if args.reported_by else None)
        if args.single_perspective:  # a coverage filter: read on until the page is full
            events = _single_perspective_page(store, filters, args.limit, args.after)
        else:
            events = store.list_events(**filters, limit=args.limit, after=args.after)
        names = ActorNames(store)
        covered = coverage_of(store, events, names=names)
        rows = []
        for e in events:
            c = covered[e.event_id]
            rows.append(event_to_acled(e, store, names) | {
                "reported_by": "; ".join(o["name"] for o in c.outlets), "perspective": c.summary,
                "single_perspective": c.single_perspective})
    if args.format == "csv":
        for r in rows:  # one CSV cell: the reports as JSON
            r["reports"] = json.dumps(r["reports"], ensure_ascii=False)
        emit(rows, "csv", columns=list(FIELDS) + COVERAGE_COLUMNS)
    elif args.format == "table":  # both sides in one column: 100 terminal columns are enough
        table = [r | {"actors": " vs ".join(a for a in (r["actor1"], r["actor2"]) if a)} for r in rows]
        emit(table, "table", columns=TABLE_COLUMNS, title=f"{len(rows)} events")
    else:
        emit(rows, args.format, columns=TABLE_COLUMNS, title=f"{len(rows)} events")
    return 0


def _single_perspective_page(store: Store, filters: dict, limit: int | None, after: str | None) -> list:
    """Events whose only sources share one perspective, up to ``limit``, reading pages in order."""
    out: list = []
    page = max(limit or 0, 200)
    while limit is None or len(out) < limit:
        batch = store.list_events(**filters, limit=page, after=after)
        covered = coverage_of(store, batch)
        out += [e for e in batch if covered[e.event_id].single_perspective]
        if len(batch) < page:
            break
        after = encode_cursor(batch[-1])
    return out[:limit] if limit is not None else out


def cmd_event(args) -> int:
    with _open(args) as store:
        detail = event_record(store, args.event_id)
    if emit_json_detail(detail, args.format):
        return 0
    out = sys.stdout
    out.write(f"{detail['event_id']}  {detail['event_date']}  {detail['event_type']} / {detail['sub_event_type']}\n")
    out.write(f"  {detail['actor1'] or '?'}"
              + (f" (with {detail['assoc_actor_1']})" if detail["assoc_actor_1"] else "")
              + (f" vs {detail['actor2']}" if detail["actor2"] else "")
              + (f" (with {detail['assoc_actor_2']})" if detail["assoc_actor_2"] else "") + "\n")
    out.write(f"  at {detail['location'] or '?'} ({detail['admin1'] or ''}, {detail['country'] or ''})"
              f"  fatalities {detail['fatalities_low']}/{detail['fatalities']}/{detail['fatalities_high']}"
              f"  sources {detail['source_count']}  disputed {detail['disputed']}\n")
    out.write(f"  notes: {detail['notes']}\n  reports:\n")
    for r in detail["reports"]:
        who = f" [{r['source_actor_name']}, {r['modality']}]" if r["source_actor_name"] else ""
        out.write(f"   - {r['outlet'] or r['doc_id']} {r['doc_id']}:{r['char_start']}-{r['char_end']}{who}"
                  f"{' version=' + r['version'] if r['version'] else ''}\n     \"{r['quote']}\"\n")
    if detail["tolls"]:
        out.write(f"  tolls by source ({detail['fatalities_rule'] or 'no rule'}):\n")
        for t in detail["tolls"]:
            out.write(f"   - {t['figure']} {t['kind']} (\"{t['phrase']}\"): {t['given_by']}, {t['outlet']}\n")
    for why in detail["merge_reasons"]:
        out.write(f"  merged: {why}\n")
    cov = detail["coverage"]
    out.write(f"  coverage: {cov['summary']}\n")
    for o in cov["outlets"]:
        wires = f" with {', '.join(o['wires'])}" if o["wires"] else ""
        out.write(f"   - {o['name']}{wires} [{o['camp']}; {o['country'] or '-'}]\n")
    for r in cov["reports"]:
        if r["relays"] or r["own_sources"]:
            out.write(f"     {r['outlet'] or r['doc_id']}: {r['perspective']}\n")
    for d in detail["disputes"]:
        out.write(f"  dispute ({d['kind']}): {d['description']}\n")
    for c in detail["claims"]:
        out.write(f"  claim by {c['speaker']}: {c['content'] or c['verb']}\n")
    return 0


def cmd_claims(args) -> int:
    with _open(args) as store:
        speakers = resolve_actor(store, args.speaker) if args.speaker else [None]
        found = {c.claim_id: c for s in speakers for c in store.list_claims(doc_id=args.doc, speaker=s)}
        claims = sorted(found.values(), key=lambda c: (c.span.doc_id, c.span.char_start))
        names = ActorNames(store)
        rows = [
            {"claim_id": c.claim_id, "doc_id": c.span.doc_id, "char_start": c.span.char_start,
             "char_end": c.span.char_end, "speaker": c.speaker, "speaker_name": names(c.speaker),
             "on_behalf_of": c.on_behalf_of, "stance": c.stance.value, "verb": c.verb, "content": c.content,
             "quoted": c.quoted, "via": c.via, "event_mentions": c.event_mentions}
            for c in claims
        ]
    emit(rows, args.format, columns=["claim_id", "speaker_name", "stance", "verb", "content"],
         title=f"{len(rows)} claims")
    return 0


def cmd_disputes(args) -> int:
    with _open(args) as store:
        place = _places(store, args.place) if args.place else None
        rows = []
        for event in store.list_events(place=place, disputed=True):
            for d in event.disputes:
                rows.append({"event_id": event.event_id,
                             "event_date": event.date.best.isoformat() if event.date else None,
                             "location": event.location, "sub_event_type": event.sub_event_type,
                             "kind": d.kind, "description": d.description,
                             "versions": [v.model_dump(mode="json") for v in d.versions]})
    emit(rows, args.format, columns=["event_id", "event_date", "location", "kind", "description"],
         title=f"{len(rows)} disputes")
    return 0


def cmd_control(args) -> int:
    from sitrep.knowledge.actor_knowledge import ActorKnowledge

    with _open(args) as store:
        rows = control_history(store, args.place, args.on, ActorKnowledge.load())
    if not rows:
        when = f" on {args.on}" if args.on else ""
        print(f"no control information for {args.place}{when}", file=sys.stderr)
    table_rows = [r | {"evidence": ", ".join(e["event_id"] for e in r["evidence"]),
                       "disputed_by": ", ".join(r["disputed_by"])} for r in rows]
    emit(rows if args.format == "json" else table_rows, args.format,
         columns=["place", "holder", "from", "to", "evidence", "caveat"], title=f"control of {args.place}")
    return 0


def register(sub) -> None:
    """Add this group's sub-commands to the sitrep parser."""
    p = sub.add_parser("events", help="list fused events (filters combine)")
    p.add_argument("--place", help="place name, variant spelling, admin1 or place id")
    p.add_argument("--actor", help="actor name, alias or id (matches actor1, actor2 and associated actors)")
    p.add_argument("--type", help="ACLED event type, e.g. Battles")
    p.add_argument("--sub-type", help="ACLED sub-event type")
    p.add_argument("--since", type=_date, help="events whose best date is on or after this date")
    p.add_argument("--until", type=_date, help="events whose best date is on or before this date")
    p.add_argument("--disputed", action="store_true", help="only events whose sources disagree")
    p.add_argument("--reported-by", metavar="KIND|OUTLET",
                   help="only events reported by an outlet of this kind (wire, state_media, ..., or state) or by this outlet")
    p.add_argument("--single-perspective", action="store_true",
                   help="only events whose sources all share one perspective (one source, one camp, or one side relayed)")
    p.add_argument("--limit", type=positive_int, help="at most this many events")
    p.add_argument("--after", help="cursor: the event_date|event_id of the last row of the previous page")
    add_format_option(p, ("table", "json", "csv"))
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("event", help="one event with all its reports, versions, disputes and claims")
    p.add_argument("event_id")
    add_format_option(p)
    p.set_defaults(func=cmd_event)

    p = sub.add_parser("claims", help="attributed statements")
    p.add_argument("--doc", help="only this document's claims")
    p.add_argument("--speaker", help="speaker (actor or person name, alias or id)")
    add_format_option(p, ("table", "json", "csv"))
    p.set_defaults(func=cmd_claims)

    p = sub.add_parser("disputes", help="events whose sources give incompatible versions")
    p.add_argument("--place", help="only disputes about events at this place")
    add_format_option(p, ("table", "json", "csv"))
    p.set_defaults(func=cmd_disputes)

    p = sub.add_parser("control", help="who held a place over time (with the evidence)")
    p.add_argument("place", help="place name, variant spelling or place id")
    p.add_argument("--on", type=_date, help="only the holder on this date")
    add_format_option(p, ("table", "json", "csv"))
    p.set_defaults(func=cmd_control)
