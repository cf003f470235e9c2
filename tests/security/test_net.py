"""sitrep.net.fetch against a hostile server on 127.0.0.1: SSRF refusals, timeouts, caps, retries.

Every test that talks to the network talks only to 127.0.0.1. "Public" hostnames are simulated
by patching name resolution; no lookup or connection ever leaves the machine.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import uuid

import pytest

from sitrep import net
from sitrep.errors import ErrorCode, SitrepError


def _code(exc_info) -> ErrorCode:
    return exc_info.value.code


# ---------------------------------------------------------------- schemes and URL shape


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.org/x", "gopher://127.0.0.1:70/", "javascript:alert(1)",
     "data:text/plain,hi", "/etc/passwd", "dict://127.0.0.1:11211/"],
)
def test_only_http_and_https(url):
    with pytest.raises(SitrepError) as ei:
        net.fetch(url, allow_private=True)
    assert _code(ei) == ErrorCode.unsupported


def test_credentials_in_url_refused(hostile):
    with pytest.raises(SitrepError) as ei:
        net.fetch(f"http://user:pw@127.0.0.1:{hostile.port}/ok", allow_private=True)
    assert _code(ei) == ErrorCode.unsupported


# ---------------------------------------------------------------- address checks


@pytest.mark.parametrize(
    "addr",
    ["127.0.0.1", "127.5.5.5", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "169.254.1.1",
     "0.0.0.0", "100.64.0.1", "224.0.0.1", "240.0.0.1", "255.255.255.255", "::1", "::", "fe80::1",
     "fc00::1", "fd00:ec2::254", "ff02::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1",
     "2002:7f00:1::", "64:ff9b::a9fe:a9fe", "::7f00:1", "198.18.0.1"],
)
def test_blocked_reason_refuses_non_public(addr):
    assert net.blocked_reason(ipaddress.ip_address(addr)) is not None


@pytest.mark.parametrize("addr", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "41.73.112.5"])
def test_blocked_reason_allows_public(addr):
    assert net.blocked_reason(ipaddress.ip_address(addr)) is None


@pytest.mark.parametrize("addr", ["169.254.169.254", "fd00:ec2::254", "::ffff:169.254.169.254"])
def test_metadata_refused_even_when_private_allowed(addr):
    assert net.blocked_reason(ipaddress.ip_address(addr), allow_private=True) is not None


def test_loopback_refused_by_default(hostile, monkeypatch):
    monkeypatch.delenv("SITREP_ALLOW_PRIVATE", raising=False)
    before = hostile.state.hits["/ok"]
    with pytest.raises(SitrepError) as ei:
        net.fetch(hostile.url("/ok"))
    assert _code(ei) == ErrorCode.blocked_address
    assert hostile.state.hits["/ok"] == before  # refused before connecting


@pytest.mark.parametrize("host", ["localhost", "2130706433", "0x7f000001", "127.1", "[::ffff:127.0.0.1]"])
def test_loopback_spellings_refused(hostile, host, monkeypatch):
    monkeypatch.delenv("SITREP_ALLOW_PRIVATE", raising=False)
    with pytest.raises(SitrepError) as ei:
        net.fetch(hostile.url("/ok", host=host), allow_private=False)
    assert _code(ei) in (ErrorCode.blocked_address, ErrorCode.fetch_failed)
    assert _code(ei) != ErrorCode.fetch_failed or "resolve" in str(ei.value)


def test_loopback_allowed_explicitly(hostile):
    res = net.fetch(hostile.url("/ok"), allow_private=True)
    assert res.status == 200
    assert b"Bamako" in res.body
    assert res.content_type.startswith("text/html")
    assert res.final_url == hostile.url("/ok")


def test_loopback_allowed_by_env(hostile, monkeypatch):
    monkeypatch.setenv("SITREP_ALLOW_PRIVATE", "1")
    assert net.fetch(hostile.url("/ok")).status == 200
    monkeypatch.setenv("SITREP_ALLOW_PRIVATE", "0")
    with pytest.raises(SitrepError) as ei:
        net.fetch(hostile.url("/ok"))
    assert _code(ei) == ErrorCode.blocked_address


def _fake_dns(monkeypatch, table: dict[str, list[str]], calls: list[str] | None = None):
    """Resolve the names in ``table`` to the given addresses; IP literals resolve normally."""
    real = socket.getaddrinfo

    def fake(host, port, *args, **kwargs):
        if host in table:
            if calls is not None:
                calls.append(host)
            out = []
            for a in table[host]:
                ip = ipaddress.ip_address(a)
                fam = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
                sockaddr = (a, port or 0, 0, 0) if ip.version == 6 else (a, port or 0)
                out.append((fam, socket.SOCK_STREAM, 6, "", sockaddr))
            return out
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake)


def test_public_name_resolving_to_private_refused(monkeypatch):
    _fake_dns(monkeypatch, {"news.example.com": ["10.0.0.7"]})
    with pytest.raises(SitrepError) as ei:
        net.fetch("http://news.example.com/article", allow_private=False)
    assert _code(ei) == ErrorCode.blocked_address
    assert "10.0.0.7" in str(ei.value)


def test_any_private_answer_refuses(monkeypatch):
    """A name answering one public and one private address is refused (no lucky pick)."""
    _fake_dns(monkeypatch, {"mixed.example.com": ["93.184.216.34", "169.254.169.254"]})
    with pytest.raises(SitrepError) as ei:
        net.fetch("https://mixed.example.com/", allow_private=False)
    assert _code(ei) == ErrorCode.blocked_address


def test_connects_to_the_checked_address_with_host_header(hostile, monkeypatch):
    """DNS-rebinding defence: one lookup per attempt, connection to that IP, Host keeps the name."""
    calls: list[str] = []
    _fake_dns(monkeypatch, {"rebind.example.test": ["127.0.0.1"]}, calls)
    res = net.fetch(hostile.url("/host", host="rebind.example.test"), allow_private=True)
    assert res.body.decode() == f"rebind.example.test:{hostile.port}"
    assert calls == ["rebind.example.test"]  # httpx never resolved the name a second time


def _pretend_public(monkeypatch, name: str):
    """Make ``name`` look like a vetted public host that happens to live on 127.0.0.1."""
    real = net.resolve_checked

    def fake(host, port, *, allow_private):
        if host == name:
            return ipaddress.ip_address("127.0.0.1")
        return real(host, port, allow_private=allow_private)

    monkeypatch.setattr(net, "resolve_checked", fake)


@pytest.mark.parametrize(
    "target",
    ["http://127.0.0.1:{port}/ok", "http://169.254.169.254/latest/meta-data/", "http://[::1]:{port}/ok",
     "http://[::ffff:127.0.0.1]:{port}/ok", "http://2130706433:{port}/ok", "http://localhost:{port}/ok"],
)
def test_redirect_to_private_refused(hostile, monkeypatch, target):
    monkeypatch.delenv("SITREP_ALLOW_PRIVATE", raising=False)
    _pretend_public(monkeypatch, "public.example.org")
    before = hostile.state.hits["/ok"]
    start = hostile.url("/to", host="public.example.org") + "?url=" + target.format(port=hostile.port)
    with pytest.raises(SitrepError) as ei:
        net.fetch(start, allow_private=False, retries=0)
    assert _code(ei) == ErrorCode.blocked_address
    assert hostile.state.hits["/ok"] == before


def test_redirect_to_metadata_refused_even_with_private_allowed(hostile):
    start = hostile.url("/to") + "?url=http://169.254.169.254/latest/meta-data/"
    with pytest.raises(SitrepError) as ei:
        net.fetch(start, allow_private=True)
    assert _code(ei) == ErrorCode.blocked_address


def test_redirect_to_file_scheme_refused(hostile):
    with pytest.raises(SitrepError) as ei:
        net.fetch(hostile.url("/to") + "?url=file:///etc/passwd", allow_private=True)
    assert _code(ei) == ErrorCode.unsupported


# ---------------------------------------------------------------- redirects, retries, timeouts, size


def test_redirect_loop_stops(hostile):
    with pytest.raises(SitrepError) as ei:
        net.fetch(hostile.url("/loop"), allow_private=True, max_redirects=5)
    assert _code(ei) == ErrorCode.too_many_redirects


def test_redirect_chain_within_limit(hostile):
    res = net.fetch(hostile.url("/chain/3"), allow_private=True, max_redirects=5)
    assert res.status == 200 and res.final_url == hostile.url("/ok")
    with pytest.raises(SitrepError) as ei:
        net.fetch(hostile.url("/chain/3"), allow_private=True, max_redirects=2)
    assert _code(ei) == ErrorCode.too_many_redirects


def test_5xx_retried_then_success(hostile):
    path = f"/flaky/{uuid.uuid4().hex}"
    res = net.fetch(hostile.url(path + "?fails=2"), allow_private=True, retries=2, backoff=0.01)
    assert res.body == b"finally"
    assert hostile.state.hits[path] == 3


def test_5xx_gives_up_after_retries(hostile):
    path = f"/flaky/{uuid.uuid4().hex}"
    with pytest.raises(SitrepError) as ei:
        net.fetch(hostile.url(path + "?fails=5"), allow_private=True, retries=1, backoff=0.01)
    assert _code(ei) == ErrorCode.fetch_failed
    assert hostile.state.hits[path] == 2


def test_backoff_grows(hostile):
    path = f"/flaky/{uuid.uuid4().hex}"
    t0 = time.monotonic()
    net.fetch(hostile.url(path + "?fails=2"), allow_private=True, retries=2, backoff=0.2)
    assert time.monotonic() - t0 >= 0.2 + 0.4 - 0.05  # 0.2 then 0.4


def test_4xx_not_retried(hostile):
    before = hostile.state.hits["/404"]
    with pytest.raises(SitrepError) as ei:
        net.fetch(hostile.url("/404"), allow_private=True, retries=3, backoff=0.01)
    assert _code(ei) == ErrorCode.fetch_failed and "404" in str(ei.value)
    assert hostile.state.hits["/404"] == before + 1


def test_connection_refused_is_fetch_error():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(SitrepError) as ei:
        net.fetch(f"http://127.0.0.1:{port}/", allow_private=True, retries=1, backoff=0.01)
    assert _code(ei) == ErrorCode.fetch_failed


def test_hanging_server_times_out(hostile):
    t0 = time.monotonic()
    with pytest.raises(SitrepError) as ei:
        net.fetch(hostile.url("/hang"), allow_private=True, timeout=0.5, retries=0)
    assert _code(ei) == ErrorCode.fetch_failed
    assert time.monotonic() - t0 < 5


def test_total_time_bounded_across_retries(hostile):
    t0 = time.monotonic()
    with pytest.raises(SitrepError):
        net.fetch(hostile.url("/hang"), allow_private=True, timeout=0.5, retries=10, backoff=0.1, total_timeout=1.5)
    assert time.monotonic() - t0 < 4


def test_dripping_server_bounded_by_total_timeout(hostile):
    """One byte every 0.1 s never trips the read timeout; the total limit still ends it."""
    t0 = time.monotonic()
    with pytest.raises(SitrepError) as ei:
        net.fetch(hostile.url("/drip"), allow_private=True, timeout=1.0, retries=0, total_timeout=1.5)
    assert _code(ei) == ErrorCode.fetch_failed
    assert time.monotonic() - t0 < 4


def test_endless_body_capped(hostile):
    t0 = time.monotonic()
    with pytest.raises(SitrepError) as ei:
        net.fetch(hostile.url("/endless"), allow_private=True, max_bytes=1024 * 1024)
    assert _code(ei) == ErrorCode.too_large
    time.sleep(0.3)  # let the server notice the closed socket
    assert hostile.state.sent["/endless"] < 64 * 1024 * 1024  # stopped long before 2 GB
    assert time.monotonic() - t0 < 10


def test_declared_huge_refused_before_reading(hostile):
    with pytest.raises(SitrepError) as ei:
        net.fetch(hostile.url("/declared-huge"), allow_private=True, max_bytes=1024 * 1024)
    assert _code(ei) == ErrorCode.too_large


def test_gzip_decoded(hostile):
    assert net.fetch(hostile.url("/gzip-small"), allow_private=True).body == b"hello gzip"


def test_gzip_bomb_capped(hostile):
    with pytest.raises(SitrepError) as ei:
        net.fetch(hostile.url("/gzip-bomb"), allow_private=True, max_bytes=1024 * 1024)
    assert _code(ei) == ErrorCode.too_large


def test_proxy_environment_ignored(hostile, monkeypatch):
    """A proxy from the environment would bypass the address check; it is not used."""
    monkeypatch.setenv("HTTP_PROXY", "http://10.255.255.1:3128")
    monkeypatch.setenv("ALL_PROXY", "http://10.255.255.1:3128")
    assert net.fetch(hostile.url("/ok"), allow_private=True, timeout=2, retries=0).status == 200
