"""The HTTP server's limits against slow or hostile clients; ``sitrep serve`` and the tests'
``LiveServer`` build uvicorn from ``uvicorn_config`` so both run with them.

uvicorn (over h11) already bounds the idle time between requests (``timeout_keep_alive``) and the
size of a request head (``h11_max_incomplete_event_size``), and answers 503 over
``limit_concurrency``.  It has no clock on a request that is *being* sent: a client that connects
and sends nothing, or half a head, or a head declaring a body it never sends, held its connection
for as long as it liked.  ``GuardedH11Protocol`` adds those clocks — the head must arrive within
``header_timeout`` seconds of the connection (or of its first byte after a kept-alive response),
the body within ``body_timeout`` seconds of the head — and closes connections beyond
``max_connections`` as soon as they are accepted.
"""

from __future__ import annotations

import asyncio
import logging
import time

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from sitrep.config import ServerLimits as Limits

log = logging.getLogger(__name__)


_TIMEOUT_ANSWER = (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
                   b"connection: close\r\ncontent-length: 26\r\n\r\nrequest head not received\n")


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline on receiving each request (see the module docstring)."""

    limits = Limits()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._clock: asyncio.TimerHandle | None = None
        self._stage: str | None = None
        super().connection_made(transport)
        if len(self.connections) > self.limits.max_connections:
            _warn_over_cap(self.limits.max_connections)
            transport.close()
            return
        self._start("head")

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._follow()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._follow()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop()
        super().connection_lost(exc)

    def _follow(self) -> None:
        """Put the clock where the client is: receiving a head, a body, or nothing to wait for."""
        if self.transport.is_closing():
            self._stop()
            return
        state = self.conn.their_state
        if state is h11.IDLE:
            if self.conn.trailing_data[0]:  # part of the next head is here: its clock runs
                self._start("head")
            elif self.cycle is not None:
                self._stop()  # a request was served and nothing followed yet: keep-alive's timer rules
        elif state is h11.SEND_BODY:
            self._start("body")
        else:  # the request is in (the app's own time is not limited here) or the connection ends
            self._stop()

    def _start(self, stage: str) -> None:
        if self._stage == stage:
            return  # a running clock is never reset: dripping bytes does not buy time
        self._stop()
        seconds = self.limits.header_timeout if stage == "head" else self.limits.body_timeout
        self._stage = stage
        self._clock = self.loop.call_later(seconds, self._expired)

    def _stop(self) -> None:
        if getattr(self, "_clock", None) is not None:
            self._clock.cancel()
        self._clock, self._stage = None, None

    def _expired(self) -> None:
        stage, self._clock, self._stage = self._stage, None, None
        if self.transport.is_closing():
            return
        log.info("closing a connection whose request %s did not arrive in time", stage)
        if stage == "head" and self.conn.our_state is h11.IDLE:
            self.transport.write(_TIMEOUT_ANSWER)  # no request was parsed, so h11 cannot answer it
        self.transport.close()  # a body cut short: the app's receive() reports a disconnect


_last_cap_warning = [0.0]  # monotonic time of the last "over the cap" warning


def _warn_over_cap(cap: int) -> None:
    """One warning per 10 s at most: a flood of connections must not become a flood of log lines."""
    now = time.monotonic()
    if now - _last_cap_warning[0] >= 10:
        _last_cap_warning[0] = now
        log.warning("over %d connections: closing new ones", cap)


def guarded_protocol(limits: Limits) -> type[GuardedH11Protocol]:
    """The protocol class with ``limits`` (uvicorn builds one protocol object per connection)."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {"limits": limits})


def uvicorn_config(app, limits: Limits | None = None, **options) -> uvicorn.Config:
    """uvicorn's configuration for ``app`` with ``limits`` (defaults: ``Limits()``)."""
    limits = limits or Limits()
    options.setdefault("log_level", "warning")
    options.setdefault("access_log", False)
    return uvicorn.Config(
        app,
        http=guarded_protocol(limits),
        timeout_keep_alive=limits.keep_alive,
        h11_max_incomplete_event_size=limits.max_header_bytes,
        # +1: every connection accepted under the cap may make its request (uvicorn answers 503
        # once as many connections as the limit are open, counting the asking one)
        limit_concurrency=limits.max_connections + 1,
        **options,
    )
