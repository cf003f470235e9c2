"""The HTTP API under a hostile client, against a real uvicorn server on 127.0.0.1: crafted
cursors, wrong-typed correction payloads, foreign Host headers, slow and silent connections,
ingests that store nothing, and bodies sent without the token."""

from __future__ import annotations

import base64
import json
import socket
import subprocess
import time

import httpx
import pytest

from sitrep.config import ServerLimits

from .conftest import SITREP, TOKEN, sitrep_env

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _cursor(value) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


# ------------------------------------------------------------------------------ cursors


@pytest.mark.parametrize("sort, key", [
    ("fatalities", 10**40), ("fatalities", 2**127), ("-fatalities", -(2**70)), ("sources", 2**31),
    ("fatalities", 1.5), ("fatalities", "x"), ("fatalities", True), ("date", 10**40), ("date", "9999-99-99"),
])
def test_a_crafted_cursor_is_400_and_the_connection_lives(empty_server, sort, key):
    with httpx.Client(base_url=empty_server.url, timeout=20) as client:
        r = client.get("/api/events", params={"sort": sort, "cursor": _cursor([sort, key, "x"])})
        assert r.status_code == 400, r.text
        assert r.json()["code"] == "E_INVALID"
        # the same kept-alive connection still answers
        assert client.get("/api/health").status_code == 200
        assert r.headers.get("connection", "").lower() != "close"


# ------------------------------------------------------------------------------ correction payloads


WRONG_TYPES = [
    ("split", {"mention_ids": 5}),
    ("split", {"mention_ids": [["a"]]}),
    ("detach_report", {"mention_id": ["x"]}),
    ("change_type", {"event_type": ["Battles"], "sub_event_type": "Armed clash"}),
    ("add_alias", {"alias": {"a": 1}}),
    ("add_alias", {"alias": 5}),
    ("merge", {"other": {"id": "e1"}}),
    ("move_place", {"location": "Gao", "latitude": "north", "longitude": 0}),
    ("move_place", {"location": ["Gao"], "latitude": 1, "longitude": 0}),
    ("add_alias", {"alias": "x", "unexpected": 1}),
]


@pytest.mark.parametrize("kind, payload", WRONG_TYPES, ids=[f"{k}-{json.dumps(p)}" for k, p in WRONG_TYPES])
def test_a_wrong_typed_correction_payload_is_422_and_stores_nothing(empty_server, kind, payload):
    with httpx.Client(base_url=empty_server.url, timeout=20, headers=AUTH) as client:
        r = client.post("/api/corrections", json={"kind": kind, "target": "e1", "payload": payload})
        assert r.status_code == 422, r.text
        assert r.json()["code"] == "E_INVALID"
        assert client.get("/api/corrections").json() == []


def test_the_cli_uses_the_same_payload_models(tmp_path):
    db = tmp_path / "s.duckdb"
    for args in (["split", "e1", "--set", "mention_ids="], ["add_alias", "a1", "--set", "colour=red"],
                 ["move_place", "e1", "--set", "location=Gao", "--set", "latitude=north"]):
        proc = subprocess.run([SITREP, "--db", str(db), "correct", *args], capture_output=True, text=True,
                              env=sitrep_env(), timeout=120)
        assert proc.returncode == 2, (args, proc.stderr)
        assert "E_USAGE" in proc.stderr and "Traceback" not in proc.stderr


# ------------------------------------------------------------------------------ Host header


def test_only_the_servers_own_host_names_are_answered(tmp_path):
    from sitrep.api import create_app
    from tests.live_server import LiveServer
    from sitrep.store import Store

    with Store(tmp_path / "s.duckdb") as store, \
            LiveServer(create_app(store=store, allowed_hosts=["sitrep.lan"])) as server:
        def status(host: str) -> int:
            return httpx.get(server.url + "/api/health", headers={"Host": host}, timeout=20).status_code

        # a DNS-rebinding page sends its own name: refused
        for host in ("attacker.example", f"attacker.example:{server.port}", "127.0.0.1.attacker.example",
                     "localhost.attacker.example", "sitrep.lan.attacker.example"):
            assert status(host) == 400, host
        r = httpx.get(server.url + "/", headers={"Host": "attacker.example"}, timeout=20)
        assert r.status_code == 400 and r.json()["code"] == "E_INVALID"
        for host in (f"127.0.0.1:{server.port}", f"localhost:{server.port}", "LOCALHOST", "localhost.",
                     f"[::1]:{server.port}", "sitrep.lan", f"SITREP.LAN:{server.port}"):
            assert status(host) == 200, host


def _serve(tmp_path, *options: str) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([SITREP, "--db", str(tmp_path / "served.duckdb"), "serve", "--port", "0", *options],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=sitrep_env())
    line = proc.stdout.readline().strip()
    assert line.startswith("sitrep dashboard: http://127.0.0.1:"), (line, proc.stderr.read() if proc.poll() else "")
    return proc, line.split(": ", 1)[1].rstrip("/")


def test_sitrep_serve_checks_host_and_cuts_slow_clients(tmp_path):
    proc, url = _serve(tmp_path, "--allowed-host", "sitrep.lan", "--header-timeout", "1")
    try:
        assert httpx.get(url + "/api/health", timeout=20).status_code == 200
        assert httpx.get(url + "/api/health", headers={"Host": "sitrep.lan"}, timeout=20).status_code == 200
        assert httpx.get(url + "/api/health", headers={"Host": "rebind.example"}, timeout=20).status_code == 400
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and never the end of the head
            closed_after, _ = _wait_closed(sock, 10)
        assert closed_after is not None and closed_after < 5
    finally:
        proc.terminate()
        proc.wait(timeout=20)


# ------------------------------------------------------------------------------ slow clients


def _wait_closed(sock: socket.socket, limit: float) -> tuple[float | None, bytes]:
    """Seconds until the server closed ``sock`` (None if it did not within ``limit``), and what it sent."""
    started = time.monotonic()
    sock.settimeout(limit)
    got = b""
    try:
        while True:
            chunk = sock.recv(4096)
            if not chunk:
                return time.monotonic() - started, got
            got += chunk
    except (TimeoutError, socket.timeout):
        return None, got
    except ConnectionResetError:
        return time.monotonic() - started, got


@pytest.fixture
def strict_server(tmp_path):
    """A real server with short limits, so that the tests stay fast."""
    from sitrep.api import create_app
    from tests.live_server import LiveServer
    from sitrep.store import Store

    store = Store(tmp_path / "strict.duckdb")
    limits = ServerLimits(header_timeout=1.0, body_timeout=1.5, max_connections=20)
    server = LiveServer(create_app(store=store, token=TOKEN), limits=limits).start()
    yield server
    server.stop()
    store.close()


def _connect(server) -> socket.socket:
    return socket.create_connection((server.host, server.port), timeout=10)


def test_silent_and_half_sent_heads_are_cut_off(strict_server):
    with _connect(strict_server) as silent, _connect(strict_server) as half:
        half.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        after, answer = _wait_closed(silent, 6)
        assert after is not None and after < 4 and answer.startswith(b"HTTP/1.1 408")
        after, _ = _wait_closed(half, 6)
        assert after is not None and after < 4


def test_dripping_a_head_does_not_buy_time(strict_server):
    with _connect(strict_server) as sock:
        started = time.monotonic()
        sock.sendall(b"GET /api/health HTTP/1.1\r\n")
        closed = False
        for _ in range(40):  # one header byte every 0.2 s: the head clock is never reset
            time.sleep(0.2)
            try:
                sock.sendall(b"X")
            except OSError:
                closed = True
                break
        if not closed:
            closed = _wait_closed(sock, 3)[0] is not None
        assert closed and time.monotonic() - started < 5


def test_a_declared_body_never_sent_is_cut_off(strict_server):
    with _connect(strict_server) as sock:
        sock.sendall(b"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN.encode()
                     + b"\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"documents\": [")
        after, _ = _wait_closed(sock, 8)
        assert after is not None and after < 5


def test_many_half_open_connections_are_capped_and_released(strict_server):
    held = [_connect(strict_server) for _ in range(60)]
    try:
        for sock in held:
            sock.sendall(b"GET / HTTP/1.1\r\n")
        # beyond the cap (20) connections are closed at once, the rest when their head clock ends
        deadline = time.monotonic() + 6
        open_ones = list(held)
        while open_ones and time.monotonic() < deadline:
            still = []
            for sock in open_ones:
                if _wait_closed(sock, 0.05)[0] is None:
                    still.append(sock)
            open_ones = still
        assert open_ones == []
        # and the server answers normally afterwards
        assert httpx.get(strict_server.url + "/api/health", timeout=20).status_code == 200
    finally:
        for sock in held:
            sock.close()


def test_kept_alive_connections_still_work(strict_server):
    with httpx.Client(base_url=strict_server.url, timeout=20) as client:
        for _ in range(3):
            assert client.get("/api/health").status_code == 200
            time.sleep(0.6)  # idle between requests, less than keep-alive (5 s): the head clock is not running


# ------------------------------------------------------------------------------ ingest status


def test_an_ingest_that_stores_nothing_is_422_with_the_errors(empty_server):
    with httpx.Client(base_url=empty_server.url, timeout=60, headers=AUTH) as client:
        r = client.post("/api/documents", json={"documents": [{"text": "   \n  "}, {"text": "\t"}]})
        assert r.status_code == 422, r.text
        body = r.json()
        assert body["code"] == "E_INVALID" and body["stored"] == 0
        assert [e["code"] for e in body["errors"]] == ["E_EMPTY", "E_EMPTY"]
        r = client.post("/api/documents/upload", files={"file": ("a.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "text/plain")})
        assert r.status_code == 422 and r.json()["errors"][0]["code"] == "E_BINARY", r.text
        assert client.get("/api/documents").json()["items"] == []


# ------------------------------------------------------------------------------ token first


@pytest.mark.parametrize("body, headers", [
    (b"{not json", {"Content-Type": "application/json"}),
    (b'{"documents": 5}', {"Content-Type": "application/json"}),
    (b'{"kind": "split", "target": "e1", "payload": {"mention_ids": 5}}', {"Content-Type": "application/json"}),
    (b"--x\r\nbroken multipart", {"Content-Type": "multipart/form-data; boundary=x"}),
])
@pytest.mark.parametrize("path", ["/api/documents", "/api/documents/upload", "/api/corrections"])
def test_the_token_is_checked_before_the_body(empty_server, body, headers, path):
    r = httpx.post(empty_server.url + path, content=body, headers=headers, timeout=20)
    assert r.status_code == 401, r.text
    assert r.json()["code"] == "E_UNAUTHORIZED"
    assert "Input should" not in r.text and "JSON" not in r.text


# ------------------------------------------------------------------------------ what held


@pytest.mark.parametrize("value", ["' OR 1=1 --", "x'); DROP TABLE events; --", "%' UNION SELECT * FROM documents --"])
def test_sql_looking_filters_are_plain_values(empty_server, value):
    with httpx.Client(base_url=empty_server.url, timeout=20) as client:
        for param in ("place", "actor", "type", "outlet"):
            r = client.get("/api/events", params={param: value})
            # a plain value: nothing matches it, or it names no known place/actor/type (400, E_INVALID)
            if r.status_code == 200:
                assert r.json()["items"] == [], (param, r.text)
            else:
                assert r.status_code == 400 and r.json()["code"] == "E_INVALID", (param, r.text)
        assert client.get("/api/health").json()["status"] == "ok"
