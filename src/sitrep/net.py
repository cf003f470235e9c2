"""Safe URL fetching: the only way sitrep reaches the network.

A URL handed to ``sitrep ingest`` (or to the API) is untrusted input. Fetching it naively lets a
caller make the server talk to itself or to its cloud's metadata service (SSRF), hang a worker
forever, or fill memory with an endless body. ``fetch`` therefore:

* accepts only ``http`` and ``https`` (``E_UNSUPPORTED`` otherwise);
* resolves the host itself and refuses loopback, private, link-local, multicast, reserved,
  unspecified, shared (CGNAT) and cloud-metadata addresses, including IPv4 addresses embedded
  in IPv6 (mapped, 6to4, Teredo, NAT64) — ``E_BLOCKED_ADDRESS``; ``allow_private`` (or env
  ``SITREP_ALLOW_PRIVATE=1``) lifts the private-address rule but never the metadata rule;
* connects to the very address it checked (the URL is rewritten to the IP; ``Host`` header and
  TLS SNI/certificate check still use the hostname), so a DNS answer that changes between the
  check and the connection (DNS rebinding) cannot redirect the request;
* follows redirects by hand, re-checking every hop, at most ``max_redirects`` (``E_REDIRECTS``);
* bounds connect/read time per operation and the whole call (``total_timeout``);
* streams the body and stops reading at ``max_bytes`` (``E_TOO_LARGE``), asking for an
  uncompressed body so that the cap counts what is actually held in memory;
* retries connection errors and 5xx answers with exponential backoff, never 4xx;
* ignores proxy environment variables (a proxy would make the address check meaningless).

Everything else is ``E_FETCH``. Residual risks are listed in SECURITY.md.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import re
import socket
import time
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit, urlunsplit

from sitrep.errors import ErrorCode, SitrepError

if TYPE_CHECKING:  # httpx itself is imported by the functions that fetch (see fetch)
    import httpx

log = logging.getLogger(__name__)

USER_AGENT = "sitrep/0.1 (+https://github.com/sitrep; news ingestion)"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Cloud metadata endpoints: refused even when private addresses are allowed.
METADATA_ADDRESSES: frozenset[IPAddress] = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean...
        "169.254.170.2",  # AWS ECS task metadata
        "fd00:ec2::254",  # AWS IMDS over IPv6
        "100.100.100.200",  # Alibaba Cloud
        "192.0.0.192",  # Oracle Cloud (legacy)
    )
)
# Extra networks that ``is_global`` does not catch on every Python version.
_EXTRA_BLOCKED = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "100.64.0.0/10",  # shared address space (CGNAT)
        "198.18.0.0/15",  # benchmarking
        "64:ff9b:1::/48",  # local-use NAT64
    )
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


@dataclass
class FetchResult:
    """What a successful fetch returns; ``body`` is at most ``max_bytes`` long."""

    url: str
    final_url: str
    status: int
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


def private_allowed(allow_private: bool | None = None) -> bool:
    """Explicit argument wins; None reads env ``SITREP_ALLOW_PRIVATE`` (``1``/``true``/``yes``)."""
    if allow_private is not None:
        return allow_private
    return os.environ.get("SITREP_ALLOW_PRIVATE", "").strip().lower() in {"1", "true", "yes"}


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, Teredo client, NAT64), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    # IPv4-compatible (deprecated ::a.b.c.d)
    if int(ip) >> 32 == 0 and int(ip) > 1:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def blocked_reason(ip: IPAddress, *, allow_private: bool = False) -> str | None:
    """Why ``ip`` must not be contacted, or None when it may be.

    Metadata addresses are always refused; everything non-global is refused unless
    ``allow_private``.
    """
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ip)
        if inner is not None:
            reason = blocked_reason(inner, allow_private=allow_private)
            if reason:
                return f"{reason} (embedded in {ip})"
        if ip.scope_id:
            ip = ipaddress.IPv6Address(str(ip).split("%", 1)[0])
    if ip in METADATA_ADDRESSES:
        return "cloud metadata address"
    if allow_private:
        return None
    for attr, label in (
        ("is_loopback", "loopback"),
        ("is_unspecified", "unspecified"),
        ("is_link_local", "link-local"),
        ("is_multicast", "multicast"),
        ("is_private", "private"),
        ("is_reserved", "reserved"),
    ):
        if getattr(ip, attr):
            return f"{label} address"
    if any(ip.version == n.version and ip in n for n in _EXTRA_BLOCKED):
        return "non-public address"
    if not ip.is_global:
        return "non-public address"
    return None


_NUMERIC_V4 = re.compile(r"^(?:0x[0-9a-f]+|[0-9]+)(?:\.(?:0x[0-9a-f]+|[0-9]+)){0,3}$")


def normalise_host(host: str) -> str:
    """The host name as it is checked and looked up: lower case, without the trailing dot of a
    fully-qualified name (``127.0.0.1.`` is 127.0.0.1), international names in IDNA (``xn--``)
    form; IPv6 literals lose their brackets."""
    name = host.strip().strip("[]").rstrip(".").lower()
    if not name:
        raise SitrepError(ErrorCode.fetch_failed, f"URL without a host name: {host!r}")
    if name.isascii():
        return name
    try:
        import idna

        return idna.encode(name, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError) as exc:
        raise SitrepError(ErrorCode.fetch_failed, f"invalid international host name {host!r}: {exc}") from exc


def literal_address(host: str) -> IPAddress | None:
    """The address a host *is* when it is written as one (``127.0.0.1``, ``::1``, and the old
    numeric spellings ``2130706433``, ``0x7f000001``, ``127.1`` that the C resolver accepts),
    else None.  Such a host is checked without asking DNS anything."""
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    if _NUMERIC_V4.match(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def resolve_checked(host: str, port: int, *, allow_private: bool) -> IPAddress:
    """Resolve ``host`` and return an address to connect to, refusing if ANY answer is blocked.

    Refusing on any bad answer (not only the first) closes the trick where a name returns one
    public and one private address and the client happens to pick the private one.  The name is
    normalised first and an address literal is checked before any lookup, so ``127.0.0.1.`` never
    reaches DNS.
    """
    host = normalise_host(host)
    literal = literal_address(host)
    if literal is not None:
        addresses: list[IPAddress] = [literal]
    else:
        addresses = _lookup(host, port)
    if not addresses:
        raise SitrepError(ErrorCode.fetch_failed, f"host {host!r} resolved to no usable address")
    for ip in addresses:
        reason = blocked_reason(ip, allow_private=allow_private)
        if reason:
            raise SitrepError(
                ErrorCode.blocked_address,
                f"refusing to fetch from {host!r}: it resolves to {ip}, a {reason}; "
                "set SITREP_ALLOW_PRIVATE=1 to allow private addresses on purpose",
            )
    # Prefer IPv4: more often reachable from containers without IPv6 routes.
    addresses.sort(key=lambda a: a.version)
    return addresses[0]


def _lookup(host: str, port: int) -> list[IPAddress]:
    """Every address DNS (or /etc/hosts) gives for ``host``, in order, without repeats."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise SitrepError(ErrorCode.fetch_failed, f"cannot resolve host {host!r}: {exc}") from exc
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        try:
            ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        except ValueError:
            continue
        if ip not in addresses:
            addresses.append(ip)
    return addresses


def _split(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path?query) of an absolute URL, refusing non-HTTP schemes."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise SitrepError(ErrorCode.fetch_failed, f"malformed URL {url!r}: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise SitrepError(
            ErrorCode.unsupported, f"unsupported URL scheme {scheme or '(none)'!r} in {url!r}; only http and https"
        )
    if not parts.hostname:
        raise SitrepError(ErrorCode.fetch_failed, f"URL without a host: {url!r}")
    host = normalise_host(parts.hostname)  # the name that is checked is the name that is sent
    if parts.username or parts.password:
        raise SitrepError(ErrorCode.unsupported, "URLs carrying credentials are not fetched")
    if port is None:
        port = 443 if scheme == "https" else 80
    target = urlunsplit(("", "", parts.path or "/", parts.query, ""))
    return scheme, host, port, target


def _host_header(host: str, port: int, scheme: str) -> str:
    shown = f"[{host}]" if ":" in host else host
    default = 443 if scheme == "https" else 80
    return shown if port == default else f"{shown}:{port}"


class _BoundedDecoder:
    """Content-Encoding decoding that never yields more than asked (gzip/deflate/identity).

    We ask for ``identity`` but a server may compress anyway; httpx's own decoders would expand
    a whole network chunk at once, so a small compressed chunk could become hundreds of MB.
    """

    def __init__(self, encoding: str, where: str):
        enc = encoding.strip().lower()
        self._zlib: zlib._Decompress | None = None
        if enc in ("", "identity"):
            return
        if enc in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._zlib = zlib.decompressobj()
        else:
            raise SitrepError(ErrorCode.fetch_failed, f"{where} used unsupported content-encoding {enc!r}")
        self._where = where

    def feed(self, data: bytes, limit: int) -> bytes:
        if self._zlib is None:
            return data
        try:
            out = self._zlib.decompress(data, max(limit, 1))
        except zlib.error as exc:
            raise SitrepError(ErrorCode.fetch_failed, f"corrupt compressed body from {self._where}") from exc
        # Output stops at ``limit`` (room left + 1): hitting it trips the caller's cap check.
        return out


class _Retryable(Exception):
    """A failure worth another attempt (connection problem or 5xx)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def fetch(
    url: str,
    *,
    allow_private: bool | None = None,
    timeout: float = 10.0,
    max_bytes: int = 20 * 1024 * 1024,
    max_redirects: int = 5,
    retries: int = 2,
    backoff: float = 0.5,
    total_timeout: float | None = None,
    headers: dict[str, str] | None = None,
) -> FetchResult:
    """GET ``url`` safely (see module docstring). Raises SitrepError with a catalogue code.

    ``timeout`` bounds each connect and each read; ``total_timeout`` (default ``6 * timeout``)
    bounds the whole call including retries and redirects, so a server dripping one byte at a
    time cannot hold a worker forever.
    """
    import httpx  # here, not at the top: httpx also imports its own CLI (rich, click, pygments), ~1 s

    budget = _Budget(
        allow_private=private_allowed(allow_private),
        timeout=timeout,
        max_bytes=max_bytes,
        retries=retries,
        backoff=backoff,
        deadline=time.monotonic() + (total_timeout if total_timeout is not None else 6 * timeout),
        headers=headers,
    )
    current = url.strip()
    _split(current)  # scheme check before anything else
    hops = 0
    with httpx.Client(
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        trust_env=False,  # no proxies from the environment: we must reach the address we checked
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"},
    ) as client:
        while True:
            status, resp_headers, body = _fetch_one(client, current, budget)
            location = resp_headers.get("location")
            if status in REDIRECT_STATUSES and location:
                hops += 1
                if hops > max_redirects:
                    raise SitrepError(
                        ErrorCode.too_many_redirects, f"more than {max_redirects} redirects fetching {url!r}"
                    )
                nxt = urljoin(current, location)
                log.debug("redirect %s -> %s", current, nxt)
                current = nxt
                continue
            if status >= 400:
                raise SitrepError(ErrorCode.fetch_failed, f"HTTP {status} fetching {current!r}")
            return FetchResult(
                url=url,
                final_url=current,
                status=status,
                content_type=resp_headers.get("content-type", ""),
                headers=resp_headers,
                body=body,
            )


@dataclass(frozen=True)
class _Budget:
    """What one ``fetch`` may spend, shared by its hops and their retries."""

    allow_private: bool
    timeout: float  # each connect and each read
    max_bytes: int  # decoded bytes
    retries: int
    backoff: float
    deadline: float  # time.monotonic() by which the whole fetch ends
    headers: dict[str, str] | None


def _fetch_one(client: httpx.Client, url: str, budget: _Budget) -> tuple[int, dict[str, str], bytes]:
    """One hop (no redirect following), with retries. Returns (status, headers, body)."""
    scheme, host, port, target = _split(url)
    attempt = 0
    while True:
        # Re-resolve and re-check on each attempt: the pinned IP is the one just checked.
        ip = resolve_checked(host, port, allow_private=budget.allow_private)
        try:
            return _request(client, (scheme, host, port, target), ip, budget)
        except _Retryable as exc:
            attempt += 1
            wait = budget.backoff * (2 ** (attempt - 1))
            if attempt > budget.retries or time.monotonic() + wait >= budget.deadline:
                raise SitrepError(ErrorCode.fetch_failed, f"{exc.message} (after {attempt} attempt(s))") from exc
            log.info("fetch %s failed (%s); retry %d/%d in %.2fs", url, exc.message, attempt, budget.retries, wait)
            time.sleep(wait)


def _request(
    client: httpx.Client, parts: tuple[str, str, int, str], ip: IPAddress, budget: _Budget
) -> tuple[int, dict[str, str], bytes]:
    """One GET of ``parts`` (scheme, host, port, target: ``_split``) at the checked ``ip``."""
    scheme, host, port, target = parts
    timeout, max_bytes, deadline = budget.timeout, budget.max_bytes, budget.deadline
    import httpx

    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise SitrepError(ErrorCode.fetch_failed, f"time limit exceeded fetching {scheme}://{host}{target}")
    ip_host = f"[{ip}]" if ip.version == 6 else str(ip)
    pinned = f"{scheme}://{ip_host}:{port}{target}"
    req_headers = dict(budget.headers or {})
    req_headers["Host"] = _host_header(host, port, scheme)
    step = min(timeout, remaining)
    extensions = {"timeout": {"connect": step, "read": step, "write": step, "pool": step}}
    if scheme == "https":
        # TLS: SNI and certificate verification against the hostname, not the pinned IP.
        extensions["sni_hostname"] = host
    where = f"{scheme}://{_host_header(host, port, scheme)}{target}"
    try:
        request = client.build_request("GET", pinned, headers=req_headers, extensions=extensions)
        response = client.send(request, stream=True)
    except httpx.TimeoutException as exc:
        raise _Retryable(f"timed out connecting to {where}") from exc
    except httpx.TransportError as exc:
        raise _Retryable(f"connection to {where} failed: {exc.__class__.__name__}: {exc}") from exc
    except httpx.HTTPError as exc:
        raise SitrepError(ErrorCode.fetch_failed, f"fetching {where} failed: {exc}") from exc
    try:
        status = response.status_code
        headers = {k.lower(): v for k, v in response.headers.items()}
        if status >= 500:
            raise _Retryable(f"HTTP {status} from {where}")
        if status in REDIRECT_STATUSES or status >= 400:
            return status, headers, b""
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise SitrepError(
                ErrorCode.too_large, f"{where} declares {int(declared)} bytes, over the {max_bytes}-byte limit"
            )
        decoder = _BoundedDecoder(headers.get("content-encoding", ""), where)
        chunks: list[bytes] = []
        size = 0
        for raw in response.iter_raw():
            # The cap counts decoded bytes, and decoding itself never produces more than the
            # room left under the cap (a compression bomb stops at the limit too).
            chunk = decoder.feed(raw, max_bytes - size + 1)
            size += len(chunk)
            if size > max_bytes:
                raise SitrepError(ErrorCode.too_large, f"{where} sent more than the {max_bytes}-byte limit; stopped")
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise SitrepError(ErrorCode.fetch_failed, f"time limit exceeded reading {where}")
        return status, headers, b"".join(chunks)
    except httpx.TimeoutException as exc:
        raise _Retryable(f"timed out reading {where}") from exc
    except httpx.TransportError as exc:
        raise _Retryable(f"reading {where} failed: {exc.__class__.__name__}: {exc}") from exc
    finally:
        response.close()
