"""The test/bench server answers a kept-alive connection without Nagle's algorithm: its listening
socket says TCP, so asyncio turns TCP_NODELAY on for every accepted connection (else each small
response waited for the client's delayed ACK between its headers and its body)."""

from __future__ import annotations

import socket

import httpx
from fastapi import FastAPI

from tests.live_server import LiveServer


def test_accepted_connections_have_tcp_nodelay():
    app = FastAPI()

    @app.get("/x")
    def x() -> dict:
        return {"a": 1}

    with LiveServer(app) as server, httpx.Client(base_url=server.url) as client:
        for _ in range(3):  # the same kept-alive connection
            assert client.get("/x").json() == {"a": 1}
        connections = list(server.server.server_state.connections)
        assert connections
        for protocol in connections:
            sock = protocol.transport.get_extra_info("socket")
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
