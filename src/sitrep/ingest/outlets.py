"""Outlet names from web hosts, social handles, mastheads and credits, read through the outlet base
(``sitrep.knowledge.outlets``) plus general rules for outlets the base does not know."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from sitrep.knowledge.outlets import OutletBase, outlet_base, registrable, squash
from sitrep.regex_codes import longest_first

_GENERIC_LABELS = {"www", "m", "amp", "en", "eng", "us", "uk", "news", "mobile", "fr"}


def base() -> OutletBase:
    return outlet_base()


@lru_cache(maxsize=4)
def _credit_pattern(b: OutletBase) -> re.Pattern:
    """The names of wire agencies as one alternation: short all-capital credits ("AP", "AFP") match
    in capitals only, so "ap" or "Afp" in running text does not."""
    names = {n for o in b.outlets.values() if o.kind == "wire" for n in (o.name, o.short, *o.aliases) if n}
    alts = []
    for n in longest_first(names):
        esc = re.escape(n)
        alts.append(f"(?-i:{esc})" if len(n) <= 4 and n.isupper() else esc)
    return re.compile("|".join(alts), re.I)


def wire_alternation() -> str:
    """A regex alternation of every wire agency's names (for patterns that embed it)."""
    return _credit_pattern(base()).pattern


def wire_in_line(text: str) -> re.Match | None:
    """The first wire agency named in ``text`` (group ``wire``)."""
    return re.search(rf"(?<![\w-])(?P<wire>{wire_alternation()})(?![\w-])", text, re.I)


def wire_name(s: str) -> str | None:
    """The credit a wire agency signs with ("Agence France Presse" → "AFP"); None for non-wires."""
    o = base().named(s)
    return o.credit if o is not None and o.kind == "wire" else None


def credit_name(s: str) -> str | None:
    """The credit any known outlet signs with ("AIB", "Reuters"), else None."""
    o = base().named(s)
    return o.credit if o is not None else None


def outlet_name(s: str) -> str | None:
    """The outlet base's name for a masthead or credit ("AP" → "The Associated Press"), else None."""
    o = base().named(s)
    return o.name if o is not None else None


def outlet_for_host(host: str, names_nearby: list[str] | None = None) -> str | None:
    """The outlet for a web host: the base, then a nearby line spelling the site label, then the label."""
    host = host.lower().split(":")[0].strip(".")
    if not host or "." not in host:
        return None
    known = base().for_host(host)
    if known is not None:
        return known.name
    label = registrable(host).split(".")[0]
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
    """"@Kyivpost_official" → "Kyiv Post" when the handle is the outlet's or built on its site's name."""
    found = base().for_handle(handle)
    return found.name if found is not None else None


def name_from_handle(handle: str) -> str | None:
    """"@SahelWatch_official" → "Sahel Watch": the handle's stem split at capitals and underscores."""
    stem = re.sub(r"(?i)(?:_?official|_?news)$", "", handle.lstrip("@"))
    words = [w for w in re.split(r"_+|(?<=[a-z])(?=[A-Z])", stem) if w]
    if not words or len(stem) < 3:
        return None
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in words)


# the outlet a source speaks to is the one reporting the story: "a resident told VOA", « joint par RFI »,
# « a confié à Studio Tamani », "speaking to Al Jazeera"
_ADDRESSED_BY = (r"\b(?:told|said\s+to|speaking\s+to|spoke\s+to|in\s+an\s+interview\s+with|"
                 r"a\s+(?:déclaré|confié|indiqué|raconté|expliqué)\s+à|ont\s+(?:déclaré|confié|raconté|expliqué)\s+à|"
                 r"joint(?:e|s)?\s+par|interrog[ée]e?s?\s+par|a\s+appris|ont\s+appris)\s+"
                 r"(?:the\s+|l['’]|la\s+|le\s+)?")
_NOT_ADDRESSEES = frozenset({"wire", "government", "armed_group", "social_media"})


@lru_cache(maxsize=4)
def _addressed_pattern(b: OutletBase) -> re.Pattern | None:
    forms = {n for o in b.outlets.values() if o.kind not in _NOT_ADDRESSEES
             for n in (o.name, o.short, *o.aliases) if n and len(n) >= 2 and n[:1].isupper()}
    if not forms:
        return None
    alternation = "|".join(re.escape(f) for f in longest_first(forms))
    # the addressee of a source, the credit of a first publication ("originally published by DW"), or the
    # outlet's own reporter ("DW's correspondent", « notre correspondant de RFI »)
    return re.compile(rf"(?:{_ADDRESSED_BY}|\b(?:originally|first)\s+(?:published|appeared)\s+(?:by|on|in)\s+"
                      rf"(?:the\s+)?|\bcorrespondante?\s+(?:de|d['’])\s*(?:la\s+|le\s+)?)(?P<name>(?-i:{alternation}))"
                      rf"(?![\w-])|(?P<own>(?-i:{alternation}))['’]s\s+(?:own\s+)?(?:correspondent|reporter|journalist)s?\b",
                      re.I)


def addressed_outlets(text: str) -> list[tuple[str, int, int]]:
    """(the base's name, start, end) of each news outlet (no wire agency, no party's channel) the text's
    sources speak to."""
    b = base()
    pattern = _addressed_pattern(b)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        group = "name" if m.group("name") else "own"
        found = b.named(m.group(group))
        if found is not None:
            out.append((found.name, m.start(group), m.end(group)))
    return out
