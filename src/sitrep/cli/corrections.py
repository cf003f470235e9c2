"""CLI commands: analyst corrections (``corrections``, ``correct``, ``apply-corrections``); see
sitrep.cli for the conventions."""

from __future__ import annotations

import argparse
import os

from sitrep.cli.output import add_format_option, emit
from sitrep.correction_payloads import PAYLOADS, parse_payload
from sitrep.corrections import apply_corrections, create_correction
from sitrep.errors import ErrorCode, SitrepError
from sitrep.store import Store


def register(sub) -> None:
    """Add the corrections commands to the sitrep parser."""
    p = sub.add_parser("corrections", help="list analyst corrections (who, when, what, why)")
    p.add_argument("--target", help="only corrections of this event or actor id")
    p.add_argument("--kind", help="only this kind of correction")
    add_format_option(p)
    p.set_defaults(func=list_corrections)

    p = sub.add_parser("correct", help="record and apply a correction to an event or an actor")
    p.add_argument("kind", choices=list(PAYLOADS))
    p.add_argument("target", help="event id (actor id for add_alias)")
    p.add_argument("--set", dest="fields", action="append", default=[], metavar="KEY=VALUE",
                   help="payload field, repeatable: event_type=…, sub_event_type=…, location=…, latitude=…, "
                        "longitude=…, place_id=…, other=EVENT, mention_ids=M1,M2, mention_id=M, alias=…")
    p.add_argument("--why", help="the reason, kept with the correction")
    p.add_argument("--who", default=os.environ.get("USER") or "analyst", help="who makes it (default $USER)")
    p.set_defaults(func=correct)

    p = sub.add_parser("apply-corrections", help="re-apply every recorded correction (after a rebuild)")
    p.set_defaults(func=reapply)


def _payload(kind: str, fields: list[str]) -> dict:
    """``key=value`` pairs → the kind's payload, checked by the model the API uses (numbers are
    converted there); ``mention_ids`` is comma-separated.  A bad one is a usage error."""
    payload: dict = {}
    for item in fields:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise SitrepError(ErrorCode.usage, f"--set takes KEY=VALUE, not {item!r}")
        payload[key] = [v for v in value.split(",") if v] if key == "mention_ids" else value
    try:
        return parse_payload(kind, payload)
    except SitrepError as exc:
        raise SitrepError(ErrorCode.usage, exc.message) from exc


def list_corrections(args: argparse.Namespace) -> int:
    with Store(args.db) as store:
        rows = store.list_corrections(target=args.target, kind=args.kind)
    emit(rows, args.format, columns=["correction_id", "made_at", "who", "kind", "target", "why", "payload"],
         title=f"{len(rows)} corrections")
    return 0


def correct(args: argparse.Namespace) -> int:
    payload = _payload(args.kind, args.fields)
    with Store(args.db) as store:
        record = create_correction(store, args.kind, args.target, payload, who=args.who, why=args.why)
    emit([record], "json")
    return 0


def reapply(args: argparse.Namespace) -> int:
    with Store(args.db) as store:
        changed = apply_corrections(store)
    print(f"{changed} correction(s) changed events")
    return 0
