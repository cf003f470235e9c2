"""Fixtures of the ingest tests: the fixture corpus and a local HTTP server (127.0.0.1 only)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

INGEST_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/rss+xml", ".txt": "text/plain; charset=utf-8"}


@pytest.fixture(scope="session")
def ingest_fixtures() -> Path:
    return INGEST_FIXTURES


@pytest.fixture(scope="session")
def web_server():
    """Serve tests/fixtures/ingest/web on 127.0.0.1 (``{{BASE}}`` in files becomes the server URL)."""
    web = INGEST_FIXTURES / "web"

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            path = web / self.path.lstrip("/").split("?")[0]
            if self.path == "/binary":
                body, ctype = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "image/png"
            elif self.path == "/plain":
                body = ("Officials in Gao said on Monday that a market fire had destroyed dozens of shops and that "
                        "no one was hurt, according to the regional governor's office.").encode()
                ctype = "text/plain; charset=utf-8"
            elif not path.is_file() or web not in path.resolve().parents:
                self.send_error(404)
                return
            else:
                body = path.read_bytes().replace(b"{{BASE}}", base.encode())
                ctype = CONTENT_TYPES.get(path.suffix, "application/octet-stream")
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):  # keep test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()
