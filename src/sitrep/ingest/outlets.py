"""Outlet names from web hosts, social handles and site names (general rules plus a small table)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

import yaml

# wire agencies a byline or credit line may name, with the name we report
WIRES = {
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "reuters": "Reuters", "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "belta": "BelTA", "belta news agency": "BelTA", "tass": "TASS", "ria novosti": "RIA Novosti",
    "xinhua": "Xinhua", "anadolu": "Anadolu", "anadolu agency": "Anadolu", "dpa": "dpa", "efe": "EFE",
    "ansa": "ANSA", "interfax": "Interfax", "ukrinform": "Ukrinform", "unian": "UNIAN", "sputnik": "Sputnik",
    "bloomberg": "Bloomberg", "upi": "UPI", "apa": "APA", "kyodo": "Kyodo",
}
_WIRE_ALT = "|".join(sorted((re.escape(k) for k in WIRES), key=len, reverse=True))
WIRE_IN_LINE = re.compile(rf"(?<![\w-])(?P<wire>{_WIRE_ALT})(?![\w-])", re.I)
_GENERIC_LABELS = {"www", "m", "amp", "en", "eng", "us", "uk", "news", "mobile"}
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac"}


@lru_cache(maxsize=1)
def known_outlets() -> dict[str, str]:
    text = resources.files("sitrep.ingest").joinpath("data/outlets.yaml").read_text("utf-8")
    return {k.lower(): v for k, v in (yaml.safe_load(text) or {}).items()}


def registrable(host: str) -> str:
    """"us.politsturm.com" → "politsturm.com"; "www.bbc.co.uk" → "bbc.co.uk"."""
    parts = host.lower().strip(".").split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def squash(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def outlet_for_host(host: str, names_nearby: list[str] | None = None) -> str | None:
    """The outlet for a web host: table, then a nearby line spelling the site label, then the label."""
    host = host.lower().split(":")[0].strip(".")
    if not host or "." not in host:
        return None
    table = known_outlets()
    if host in table:
        return table[host]
    reg = registrable(host)
    if reg in table:
        return table[reg]
    label = reg.split(".")[0]
    for name in names_nearby or []:
        if squash(name) in (label, "the" + label) or squash(name).removeprefix("the") == label:
            return name.strip()
    if label in _GENERIC_LABELS or len(label) < 3:
        return None
    return label.capitalize()


def outlet_for_url(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return outlet_for_host(host)


def outlet_for_handle(handle: str) -> str | None:
    """"@Kyivpost_official" → "Kyiv Post" when the handle's stem is a known site label."""
    stem = re.sub(r"(?:_?official|_?news|_?en|_?eng)$", "", handle.lstrip("@").lower())
    stem = squash(stem)
    if len(stem) < 3:
        return None
    for domain, name in known_outlets().items():
        label = registrable(domain).split(".")[0]
        if stem == label or stem == squash(name):
            return name
    return None


def name_from_handle(handle: str) -> str | None:
    """"@SahelWatch_official" → "Sahel Watch": the handle's stem split at capitals and underscores."""
    stem = re.sub(r"(?i)(?:_?official|_?news)$", "", handle.lstrip("@"))
    words = [w for w in re.split(r"_+|(?<=[a-z])(?=[A-Z])", stem) if w]
    if not words or len(stem) < 3:
        return None
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in words)


def wire_name(s: str) -> str | None:
    return WIRES.get(s.lower().strip())
