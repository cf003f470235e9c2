"""CLI command: serve (the REST API and the dashboard over one store); see sitrep.cli for the
conventions.  The analyst corrections' commands are in ``sitrep.cli.corrections``."""

from __future__ import annotations

import logging
import os

from sitrep.cli.args import port_number, positive_int, positive_seconds
from sitrep.config import ServerLimits as Limits

log = logging.getLogger(__name__)


def register(sub) -> None:
    """Add the serve command to the sitrep parser."""
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
    p.add_argument("--header-timeout", type=positive_seconds, default=Limits.header_timeout, metavar="SECONDS",
                   help=f"close a connection whose request head takes longer (default {Limits.header_timeout:g})")
    p.add_argument("--body-timeout", type=positive_seconds, default=Limits.body_timeout, metavar="SECONDS",
                   help=f"close a connection whose request body takes longer (default {Limits.body_timeout:g})")
    p.add_argument("--max-connections", type=positive_int, default=Limits.max_connections, metavar="N",
                   help=f"close connections beyond N open ones (default {Limits.max_connections})")
    p.set_defaults(func=serve)


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
    # listen before the address is printed: a client reading it (a script, a test) may connect at once,
    # before uvicorn's own listen(), and a bound socket that does not listen refuses it
    sock.listen(2048)
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
