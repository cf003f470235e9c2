"""The FastAPI application: ``create_app(db_path or store, token=None, ...)``.

Concurrency: DuckDB lets one process at a time open a store file for writing, and the analyst runs
CLI commands (``ingest`` included) on the store the dashboard shows.  So a server over a file shares
it (``Store(shared=True)`` with ``watch_for_waiters``): a CLI command that finds it open leaves a
marker and waits (``sitrep.store.core.connect``); the server closes the store as soon as no request
is using it, and the next request reopens it, waiting in turn if the CLI is writing.  Every read request gets its own cursor
(``store.con.cursor()``, a separate connection on the same database) and closes it when done; every
write takes the single write lock and runs short transactions on ``store.con``.

Security defaults: reads are open unless ``read_token`` is set; writes need the token (env
``SITREP_TOKEN`` or ``create_app(token=...)``), compared in constant time; no CORS headers unless
origins are given; request bodies over ``max_body_bytes`` are refused with 413; errors are JSON
``{"code": "E_...", "message": ...}`` and never carry a traceback.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep.api import outlets, reads, writes
from sitrep.api.state import HTTP_CODES, ServerState, error_response, require_read, write_refusal
from sitrep.config import settings as default_settings
from sitrep.errors import ErrorCode, SitrepError
from sitrep.store import Store
from sitrep.store.core import lock_wait

log = logging.getLogger(__name__)

WEB_STATIC = Path(__file__).resolve().parents[1] / "web" / "static"

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    # the dashboard loads only its own files; Leaflet positions tiles with inline style properties
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                               "script-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'",
}


class BodyLimit:
    """ASGI middleware refusing request bodies over ``limit`` bytes (declared or streamed)."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await self._refuse(scope, receive, send)
        seen = 0
        exceeded = False

        async def counted():
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    exceeded = True
                    raise _TooLarge()
            return message

        async def guarded_send(message):
            # FastAPI turns an exception while reading the body into its own 400; once the limit
            # is exceeded, that answer is dropped and the 413 below is sent instead.
            if not exceeded:
                await send(message)

        try:
            await self.app(scope, counted, guarded_send)
        except _TooLarge:
            pass
        if exceeded:
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope, receive, send):
        response = error_response(ErrorCode.too_large, f"request body over {self.limit} bytes", 413)
        await response(scope, receive, send)


class _TooLarge(Exception):
    pass


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _host_name(header: str) -> str:
    """The name in a ``Host`` header: without the port, lower case, no trailing dot, IPv6 unbracketed."""
    host = header.strip().lower()
    if host.startswith("["):
        host = host[1:].split("]", 1)[0]
    elif host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


def allowed_host_names(extra: list[str] | None) -> frozenset[str] | None:
    """The host names the server answers to (None: any), given the ones it was started for."""
    names = [*LOOPBACK_NAMES, *(extra or [])]
    if "*" in names:
        return None
    return frozenset(_host_name(n) for n in names if n and _host_name(n) not in ("0.0.0.0", "::"))


def _refusal(request: Request, allowed: frozenset[str] | None) -> JSONResponse | None:
    """The answer to a request refused before any route runs, or None.

    * ``Host`` must name this server: a page the analyst opens whose name is made to resolve to
      127.0.0.1 (DNS rebinding) sends its own name and gets nothing (400 ``E_INVALID``).
    * A write needs the token *before* its body is read or validated, so that without the token a
      client learns nothing about the request format (401 ``E_UNAUTHORIZED``)."""
    host = request.headers.get("host")
    if allowed is not None and host is not None and _host_name(host) not in allowed:
        return error_response(ErrorCode.invalid, "this server does not answer to that host name "
                              "(start it with --allowed-host NAME)", 400)
    if request.method not in SAFE_METHODS and request.url.path.startswith("/api/"):
        refusal = write_refusal(request)
        if refusal:
            return error_response(ErrorCode.unauthorized, refusal, 401)
    return None


def create_app(
    db_path: str | Path | Store | None = None,
    *,
    store: Store | None = None,
    token: str | None = None,
    read_token: str | None = None,
    analyzer=None,
    cors_origins: list[str] | None = None,
    max_body_bytes: int | None = None,
    serve_dashboard: bool = True,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """Build the app over ``store`` (or a store opened at ``db_path``, owned by the app).

    ``db_path`` may also be given a ``Store`` directly.  ``token`` defaults to ``$SITREP_TOKEN``.
    ``allowed_hosts``: the host names requests may carry in ``Host`` besides this machine's
    loopback names (``*``: any)."""
    cfg = default_settings()
    if store is None and db_path is not None and not isinstance(db_path, (str, Path)):
        store, db_path = db_path, None
    if store is None:
        # held only while requests are in flight, so that CLI commands can use the same file
        store = Store(db_path if db_path is not None else cfg.db_path, shared=True, wait=lock_wait())
        store.watch_for_waiters()
    state = ServerState(
        store,
        token=token if token is not None else cfg.token,
        read_token=read_token,
        analyzer=analyzer,
        max_body_bytes=max_body_bytes or cfg.max_input_bytes,
    )
    app = FastAPI(
        title="sitrep",
        version="1",
        docs_url=None,  # Swagger UI and ReDoc load from a CDN: offline, /openapi.json is the contract
        redoc_url=None,
        description="A sourced, queryable picture of an armed conflict from the news about it. "
        "Reads are open; writes need `Authorization: Bearer <token>`. Errors are "
        '`{"code": "E_...", "message": "..."}`.',
    )
    app.state.sitrep = state
    _add_error_handlers(app)
    _add_guard(app, allowed_host_names(allowed_hosts))
    app.include_router(reads.router, prefix="/api", dependencies=[Depends(require_read)])
    app.include_router(outlets.router, prefix="/api", dependencies=[Depends(require_read)])
    app.include_router(writes.router, prefix="/api")
    if serve_dashboard and WEB_STATIC.is_dir():
        _mount_dashboard(app)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type", "X-Sitrep-User"])
    app.add_middleware(BodyLimit, limit=state.max_body_bytes)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    """Every error is JSON ``{"code", "message"}``; an unexpected one is logged, never shown."""

    @app.exception_handler(SitrepError)
    async def _sitrep_error(request: Request, exc: SitrepError):
        return error_response(exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors()[:5]:
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("body", "query", "path"))
            parts.append(f"{where or 'request'}: {err.get('msg')}")
        return error_response(ErrorCode.invalid, "; ".join(parts) or "invalid request", 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        code = HTTP_CODES.get(exc.status_code, ErrorCode.invalid)
        return error_response(code, str(exc.detail), exc.status_code)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(ErrorCode.internal, "internal error; see the server log", 500)


def _add_guard(app: FastAPI, allowed: frozenset[str] | None) -> None:
    """Refuse foreign hosts and token-less writes before any route runs; time and harden every answer."""

    @app.middleware("http")
    async def _guard(request: Request, call_next):
        started = time.perf_counter()
        response = _refusal(request, allowed)
        if response is None:
            response = await call_next(request)
        response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.2f}"
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response


def _mount_dashboard(app: FastAPI) -> None:
    """The dashboard's files under /static and its page at /."""
    app.mount("/static", StaticFiles(directory=WEB_STATIC), name="static")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(WEB_STATIC / "index.html", headers={"Cache-Control": "no-cache"})
