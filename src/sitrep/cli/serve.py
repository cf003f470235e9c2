"""CLI commands: serve — the REST API and the dashboard over one store (see sitrep.cli for conventions)."""

from __future__ import annotations

import logging
import os

log = logging.getLogger(__name__)


def register(sub) -> None:
    """Add this group's sub-commands to the sitrep parser."""
    p = sub.add_parser("serve", help="serve the REST API and the dashboard (http://127.0.0.1:8000/)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                   help="allow cross-origin reads from ORIGIN (repeatable; none by default)")
    p.add_argument("--read-token", default=os.environ.get("SITREP_READ_TOKEN"),
                   help="require this token for reads too (default: reads are open; $SITREP_READ_TOKEN)")
    p.set_defaults(func=serve)


def serve(args) -> int:
    import socket

    import uvicorn

    from sitrep.api import create_app

    app = create_app(args.db, read_token=args.read_token, cors_origins=args.cors_origin or None)
    if not app.state.sitrep.token:
        log.warning("SITREP_TOKEN is not set: the API is read-only (ingest and corrections refused)")
    # bind first so that port 0 resolves and the printed address is the real one
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"sitrep dashboard: http://{shown}:{port}/", flush=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    try:
        server.run(sockets=[sock])
    finally:
        app.state.sitrep.store.close()
    return 0
