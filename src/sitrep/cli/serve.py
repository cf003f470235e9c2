"""CLI commands: serve (the REST API and the dashboard over one store) and analyst corrections
(``corrections``, ``correct``, ``apply-corrections``); see sitrep.cli for the conventions."""

from __future__ import annotations

import logging
import os

from sitrep.cli.args import port_number, positive_int, positive_seconds

log = logging.getLogger(__name__)


def register(sub) -> None:
    """Add this group's sub-commands to the sitrep parser."""
    p = sub.add_parser("serve", help="serve the REST API and the dashboard (http://127.0.0.1:8000/)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=port_number, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                   help="allow cross-origin reads from ORIGIN (repeatable; none by default)")
    p.add_argument("--read-token", default=os.environ.get("SITREP_READ_TOKEN"),
                   help="require this token for reads too (default: reads are open; $SITREP_READ_TOKEN)")
    p.add_argument("--allowed-host", action="append", default=[], metavar="NAME",
                   help="also answer requests whose Host is NAME (repeatable; 127.0.0.1, localhost and --host always; "
                        "'*' for any)")
    from sitrep.config import ServerLimits as Limits

    p.add_argument("--header-timeout", type=positive_seconds, default=Limits.header_timeout, metavar="SECONDS",
                   help=f"close a connection whose request head takes longer (default {Limits.header_timeout:g})")
    p.add_argument("--body-timeout", type=positive_seconds, default=Limits.body_timeout, metavar="SECONDS",
                   help=f"close a connection whose request body takes longer (default {Limits.body_timeout:g})")
    p.add_argument("--max-connections", type=positive_int, default=Limits.max_connections, metavar="N",
                   help=f"close connections beyond N open ones (default {Limits.max_connections})")
    p.set_defaults(func=serve)

    from sitrep.cli.output import add_format_option

    p = sub.add_parser("corrections", help="list analyst corrections (who, when, what, why)")
    p.add_argument("--target", help="only corrections of this event or actor id")
    p.add_argument("--kind", help="only this kind of correction")
    add_format_option(p)
    p.set_defaults(func=list_corrections)

    p = sub.add_parser("correct", help="record and apply a correction to an event or an actor")
    from sitrep.correction_payloads import PAYLOADS

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


def serve(args) -> int:
    import socket

    import uvicorn

    from sitrep.api import create_app
    from sitrep.api.server import Limits, uvicorn_config

    app = create_app(args.db, read_token=args.read_token, cors_origins=args.cors_origin or None,
                     allowed_hosts=[args.host, *args.allowed_host])
    if args.host in ("0.0.0.0", "::") and not args.allowed_host:
        log.warning("bound to every address, but only requests for 127.0.0.1 and localhost are answered: "
                    "add --allowed-host NAME for each name clients use (DNS-rebinding protection)")
    if not app.state.sitrep.token:
        log.warning("SITREP_TOKEN is not set: the API is read-only (ingest and corrections refused)")
    # bind first so that port 0 resolves and the printed address is the real one
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    # proto IPPROTO_TCP: asyncio sets TCP_NODELAY only on TCP-proto sockets; without it a small
    # response waits ~40 ms between headers and body on a kept-alive connection (Nagle)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"sitrep dashboard: http://{shown}:{port}/", flush=True)
    limits = Limits(header_timeout=args.header_timeout, body_timeout=args.body_timeout,
                    max_connections=args.max_connections)
    server = uvicorn.Server(uvicorn_config(app, limits))
    try:
        server.run(sockets=[sock])
    finally:
        app.state.sitrep.store.close()
    return 0


def _payload(kind: str, fields: list[str]) -> dict:
    """``key=value`` pairs → the kind's payload, checked by the model the API uses (numbers are
    converted there); ``mention_ids`` is comma-separated.  A bad one is a usage error."""
    from sitrep.correction_payloads import parse_payload
    from sitrep.errors import ErrorCode, SitrepError

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


def list_corrections(args) -> int:
    from sitrep.cli.output import emit
    from sitrep.store import Store

    with Store(args.db) as store:
        rows = store.list_corrections(target=args.target, kind=args.kind)
    emit(rows, args.format, columns=["correction_id", "made_at", "who", "kind", "target", "why", "payload"],
         title=f"{len(rows)} corrections")
    return 0


def correct(args) -> int:
    from sitrep.cli.output import emit
    from sitrep.corrections import create_correction
    from sitrep.store import Store

    payload = _payload(args.kind, args.fields)
    with Store(args.db) as store:
        record = create_correction(store, args.kind, args.target, payload, who=args.who, why=args.why)
    emit([record], "json")
    return 0


def reapply(args) -> int:
    from sitrep.corrections import apply_corrections
    from sitrep.store import Store

    with Store(args.db) as store:
        changed = apply_corrections(store)
    print(f"{changed} correction(s) changed events")
    return 0
