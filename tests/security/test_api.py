"""The HTTP API's defences: tokens, CORS, body limits, no filesystem paths from requests."""

from __future__ import annotations

import hmac

import pytest
from fastapi.testclient import TestClient

from sitrep.errors import ErrorCode

TOKEN = "correct-horse-battery-staple"


@pytest.fixture
def app_store(tmp_path):
    from sitrep.store import Store

    s = Store(tmp_path / "api.duckdb")
    yield s
    s.close()


@pytest.fixture
def client(app_store):
    from sitrep.api.app import create_app

    app = create_app(store=app_store, token=TOKEN, max_body_bytes=64 * 1024, serve_dashboard=True)
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c


def _code(resp) -> str:
    return resp.json()["code"]


ARTICLE = {"documents": [{"text": "Gunmen attacked a village near Gao on Monday, residents said."}]}


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Bearer {TOKEN}x"}, {"Authorization": TOKEN},
     {"Authorization": "Bearer "}, {"X-Sitrep-Token": TOKEN[:-1]}, {"Authorization": f"Basic {TOKEN}"}],
)
def test_write_without_valid_token_is_401(client, headers):
    for path, body in (("/api/documents", ARTICLE),
                       ("/api/corrections", {"kind": "change_type", "target": "x", "payload": {}})):
        resp = client.post(path, json=body, headers=headers)
        assert resp.status_code == 401, (path, resp.text)
        assert _code(resp) == ErrorCode.unauthorized.value


def test_token_in_query_string_not_accepted(client):
    resp = client.post(f"/api/documents?token={TOKEN}", json=ARTICLE)
    assert resp.status_code == 401


def test_upload_needs_token(client):
    resp = client.post("/api/documents/upload", files={"file": ("a.txt", b"Some text about Kidal.", "text/plain")})
    assert resp.status_code == 401 and _code(resp) == ErrorCode.unauthorized.value


def test_writes_disabled_without_configured_token(app_store, monkeypatch):
    from sitrep.api.app import create_app

    monkeypatch.delenv("SITREP_TOKEN", raising=False)
    app = create_app(store=app_store, token=None)
    with TestClient(app, base_url="http://127.0.0.1") as c:
        for auth in ({}, {"Authorization": "Bearer "}, {"Authorization": "Bearer None"}):
            resp = c.post("/api/documents", json=ARTICLE, headers=auth)
            assert resp.status_code == 401 and _code(resp) == ErrorCode.unauthorized.value


def test_token_compared_in_constant_time(client, monkeypatch):
    import sitrep.api.state as state_module  # where the token checks live

    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(state_module.hmac, "compare_digest", spy)
    resp = client.post("/api/corrections", json={"kind": "change_type", "target": "x"},
                       headers={"Authorization": "Bearer guess"})
    assert resp.status_code == 401
    assert calls, "the token check must go through hmac.compare_digest"


def test_cors_closed_by_default(client):
    evil = {"Origin": "https://evil.example"}
    resp = client.get("/api/health", headers=evil)
    assert resp.status_code == 200
    assert "access-control-allow-origin" not in resp.headers
    pre = client.options("/api/documents", headers={**evil, "Access-Control-Request-Method": "POST",
                                                   "Access-Control-Request-Headers": "authorization"})
    assert "access-control-allow-origin" not in pre.headers
    assert "access-control-allow-credentials" not in pre.headers


def test_cors_only_for_configured_origin(app_store):
    from sitrep.api.app import create_app

    app = create_app(store=app_store, token=TOKEN, cors_origins=["https://desk.example"])
    with TestClient(app, base_url="http://127.0.0.1") as c:
        ok = c.get("/api/health", headers={"Origin": "https://desk.example"})
        assert ok.headers.get("access-control-allow-origin") == "https://desk.example"
        bad = c.get("/api/health", headers={"Origin": "https://evil.example"})
        assert bad.headers.get("access-control-allow-origin") in (None, "")


def test_oversized_body_is_413_with_code(client):
    big = {"documents": [{"text": "x" * (200 * 1024)}]}
    resp = client.post("/api/documents", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert resp.status_code == 413 and _code(resp) == ErrorCode.too_large.value


def test_oversized_streamed_body_is_413(client):
    """No Content-Length (chunked): the limit is enforced while reading, not only on the header."""

    def gen():
        for _ in range(200):
            yield b"x" * 1024

    resp = client.post("/api/documents", content=gen(), headers={"Authorization": f"Bearer {TOKEN}",
                                                                  "Content-Type": "application/json"})
    assert resp.status_code == 413 and _code(resp) == ErrorCode.too_large.value


def test_oversized_upload_is_413(client):
    resp = client.post("/api/documents/upload", headers={"Authorization": f"Bearer {TOKEN}"},
                       files={"file": ("big.txt", b"word " * 40_000, "text/plain")})
    assert resp.status_code == 413 and _code(resp) == ErrorCode.too_large.value


def test_source_path_field_refused(client):
    """A request cannot name a server file: unknown fields like ``source``/``path`` are refused."""
    for field in ("source", "path", "file"):
        body = {"documents": [{"text": "Report from Kidal.", field: "/etc/passwd"}]}
        resp = client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert resp.status_code == 422 and _code(resp) == ErrorCode.invalid.value
        assert "root:" not in resp.text


def test_upload_with_unsupported_suffix_refused(client):
    resp = client.post("/api/documents/upload", headers={"Authorization": f"Bearer {TOKEN}"},
                       files={"file": ("passwd", b"root:x:0:0:root:/root:/bin/bash", "text/plain")})
    assert resp.status_code >= 400 and _code(resp) == ErrorCode.unsupported.value


@pytest.mark.parametrize(
    "path",
    ["/api/documents/..%2F..%2F..%2Fetc%2Fpasswd", "/api/documents/%2Fetc%2Fpasswd", "/static/../../../../etc/passwd",
     "/static/..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd"],
)
def test_no_path_traversal_on_reads(client, path):
    resp = client.get(path)
    assert resp.status_code in (400, 404)
    assert "root:x:0:0" not in resp.text


def test_errors_carry_no_traceback(client):
    resp = client.get("/api/events/does-not-exist")
    assert resp.status_code == 404 and _code(resp) == ErrorCode.not_found_record.value
    assert "Traceback" not in resp.text and "File \"" not in resp.text


def test_security_headers(client):
    headers = client.get("/api/health").headers
    assert headers.get("x-content-type-options") == "nosniff"
    csp = headers.get("content-security-policy", "")
    script_src = csp.split("script-src", 1)[1].split(";")[0] if "script-src" in csp else ""
    assert "'self'" in script_src and "unsafe-inline" not in script_src
