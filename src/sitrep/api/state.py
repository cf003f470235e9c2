"""What the API's routes share: the server's state (the store, the write lock, the tokens, the lazy
analyzer and the cached gazetteer index), the token checks, and the JSON error answer.

The app (``sitrep.api.app``) and the routers (``reads``, ``writes``, ``outlets``) import this module;
it imports none of them, so the app and its routes never import each other.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Iterator
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

from sitrep.analyse import Analyzer
from sitrep.errors import ErrorCode, SitrepError
from sitrep.knowledge import ActorBase, load_actors, load_knowledge
from sitrep.knowledge.gazetteer import build_gazetteer
from sitrep.store import Store

STATUS = {
    ErrorCode.not_found_record: 404,
    ErrorCode.unauthorized: 401,
    ErrorCode.too_large: 413,
    ErrorCode.store_locked: 503,
    ErrorCode.store_readonly: 503,
    ErrorCode.store_full: 507,
    ErrorCode.internal: 500,
}
HTTP_CODES = {401: ErrorCode.unauthorized, 404: ErrorCode.not_found_record, 405: ErrorCode.usage,
              413: ErrorCode.too_large, 422: ErrorCode.invalid}

def error_response(code: ErrorCode, message: str, status: int | None = None) -> JSONResponse:
    return JSONResponse({"code": code.value, "message": message}, status_code=status or STATUS.get(code, 400))


class ServerState:
    """What the routes share: the store, the write lock, the tokens and the (lazy) analyzer."""

    def __init__(self, store: Store, token: str | None, read_token: str | None, analyzer=None,
                 max_body_bytes: int = 10 * 1024 * 1024):
        self.store = store
        self.token = token
        self.read_token = read_token
        self.write_lock = threading.Lock()
        self._analyzer = analyzer
        self._actors: ActorBase | None = None
        self.max_body_bytes = max_body_bytes
        self._gazetteer = None
        self._gazetteer_size = -1
        self._gazetteer_lock = threading.Lock()

    def lazy_analyzer(self) -> "_LazyAnalyzer":
        """An analyzer that loads the real one only when a document needs analysing: a batch of
        duplicates (nothing new to analyse) never pays for loading the models."""
        return _LazyAnalyzer(self)

    def actor_base(self) -> ActorBase:
        """The actor base, read from the files once per server: the analyzer is built on it, and API
        ingests save it and fuse with it."""
        if self._actors is None:
            self._actors = load_actors()
        return self._actors

    def analyzer(self):
        """The analyzer for API ingests, built on first use (loading models takes seconds)."""
        if self._analyzer is None:
            self._analyzer = Analyzer(load_knowledge(self.store, actors=self.actor_base()))
        return self._analyzer

    def gazetteer(self, cur) -> Any:
        """The store's GeoNames rows as a lookup index (no world base), built on the first place
        name that the corpus does not know and kept: rebuilding it (and re-reading the actor
        base) on each such request cost ~140 ms.  A CLI ``gazetteer import`` may change the store
        between requests: the index is rebuilt when the gazetteer's row count changed."""
        with self._gazetteer_lock:
            size = cur.execute("SELECT count(*) FROM gazetteer").fetchone()[0]
            if self._gazetteer is None or size != self._gazetteer_size:
                self._gazetteer_size = size
                self._gazetteer = build_gazetteer(self.view(cur).gazetteer_rows(), world=False)
            return self._gazetteer

    def cursor(self) -> Iterator[Any]:
        with self.store.hold() as con:
            cur = con.cursor()
            try:
                yield cur
            finally:
                cur.close()

    def view(self, cur) -> Any:
        """The store's query methods bound to ``cur``: a shallow copy whose ``con`` is the request's
        own cursor, so helpers written against ``Store`` (name resolution) read without the writer's
        connection."""
        return self.store.bound(cur)


class _LazyAnalyzer:
    def __init__(self, state: ServerState):
        self.state = state

    def analyse(self, document):
        return self.state.analyzer().analyse(document)


def _token_from(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("x-sitrep-token")


def _check(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def write_refusal(request: Request) -> str | None:
    """Why this request may not write (no token configured, or not the right one), or None."""
    state: ServerState = request.app.state.sitrep
    if not state.token:
        return "writes are disabled: start the server with SITREP_TOKEN set"
    if not _check(_token_from(request), state.token):
        return "a valid token is required (Authorization: Bearer <token>)"
    return None


def require_write(request: Request) -> str:
    """Dependency of every write route: the token must match; returns who is writing.  (The
    ``_guard`` middleware already refused a bad token before the body was read; this keeps a
    route safe if it is ever mounted without that middleware.)"""
    refusal = write_refusal(request)
    if refusal:
        raise SitrepError(ErrorCode.unauthorized, refusal)
    return (request.headers.get("x-sitrep-user") or "analyst")[:100]


def require_read(request: Request) -> None:
    state: ServerState = request.app.state.sitrep
    if state.read_token and not (_check(_token_from(request), state.read_token)
                                 or (state.token and _check(_token_from(request), state.token))):
        raise SitrepError(ErrorCode.unauthorized, "this server requires a token for reads")
