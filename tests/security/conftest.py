"""A hostile little HTTP server on 127.0.0.1 for the fetcher tests (never any other address)."""

from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest


class _State:
    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.sent: Counter[str] = Counter()  # bytes written per path (to prove we stopped reading)
        self.hosts: list[str] = []
        self.stop = threading.Event()
        self.lock = threading.Lock()


class _Handler(BaseHTTPRequestHandler):
    server_version = "hostile/1"
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    @property
    def state(self) -> _State:
        return self.server.state  # type: ignore[attr-defined]

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: C901 - a routing table reads best flat
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        st = self.state
        with st.lock:
            st.hits[path] += 1
            hit = st.hits[path]
            st.hosts.append(self.headers.get("Host", ""))
        if path == "/ok":
            self._send(200, b"<html><body><p>Bamako news</p></body></html>", {"Content-Type": "text/html"})
        elif path == "/host":
            self._send(200, self.headers.get("Host", "").encode(), {"Content-Type": "text/plain"})
        elif path == "/hang":
            st.stop.wait(30)
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            while not st.stop.is_set():
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.1)
        elif path == "/loop":
            self._send(302, headers={"Location": "/loop"})
        elif path.startswith("/chain/"):
            n = int(path.rsplit("/", 1)[1])
            self._send(302, headers={"Location": f"/chain/{n - 1}" if n > 0 else "/ok"})
        elif path == "/to":
            self._send(302, headers={"Location": query["url"][0]})
        elif path.startswith("/flaky/"):
            fails = int(query.get("fails", ["2"])[0])
            if hit <= fails:
                self._send(503, b"busy")
            else:
                self._send(200, b"finally", {"Content-Type": "text/plain"})
        elif path == "/404":
            self._send(404, b"nope")
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            block = b"A" * 65536
            frame = b"%x\r\n" % len(block) + block + b"\r\n"
            while not st.stop.is_set():
                try:
                    self.wfile.write(frame)
                except OSError:
                    return
                with st.lock:
                    st.sent[path] += len(block)
                if st.sent[path] > 4 * 1024**3:  # safety net: never more than 4 GB
                    return
        elif path == "/declared-huge":
            self.send_response(200)
            self.send_header("Content-Length", str(2 * 1024**3))
            self.end_headers()
            try:
                self.wfile.write(b"A" * 65536)
            except OSError:
                pass
        elif path == "/gzip-small":
            self._send(200, gzip.compress(b"hello gzip"), {"Content-Encoding": "gzip", "Content-Type": "text/plain"})
        elif path == "/gzip-bomb":
            self._send(200, _BOMB, {"Content-Encoding": "gzip", "Content-Type": "text/plain"})
        else:
            self._send(404)


_BOMB = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # clients hanging up mid-body (size caps, timeouts) are the point of these tests


class HostileServer:
    def __init__(self) -> None:
        self.state = _State()
        self.httpd = _QuietServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.state = self.state  # type: ignore[attr-defined]
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"


@pytest.fixture(scope="session")
def hostile():
    srv = HostileServer()
    srv.thread.start()
    yield srv
    srv.state.stop.set()
    srv.httpd.shutdown()
    srv.httpd.server_close()
