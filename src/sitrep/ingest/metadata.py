"""Document metadata — title, outlet, wire, URL, language, publication date — each with its source.

Precedence for every field: given metadata (JSON record, feed entry) → HTML page metadata → what
the text itself states → (published only) an estimate from internal evidence. The chosen value's
origin is recorded in ``Document.field_sources`` as a FieldSource(source, evidence, span).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import re
from dataclasses import dataclass, field

from sitrep.ingest import outlets, pubdate
from sitrep.ingest.clean import URL_LINE, Layout
from sitrep.model import FieldSource, Published, Span

log = logging.getLogger(__name__)

HANDLE = re.compile(r"(?<![\w@])@(?P<handle>[A-Za-z][A-Za-z0-9_]{2,30})\b")
TOLD_WIRE = re.compile(rf"\btold\s+(?:the\s+)?(?P<wire>{outlets._WIRE_ALT})\b", re.I)
WIRE_CREDIT = re.compile(rf"^\(?(?P<wire>{outlets._WIRE_ALT})\)?(?:\s+news agency)?$", re.I)
REUTERS_CREDIT = re.compile(r"^\(?(?:additional )?reporting by\b.*;\s*editing by\b", re.I)  # Reuters' house credit
OUTLET_NOUN = re.compile(
    r"\b(News|Wire|Times|Post|Daily|Tribune|Agency|Press|Herald|Monitor|Journal|Gazette|Observer|Telegraph"
    r"|Express|Chronicle|Radio|TV|Television|Review|Insider|Today|Info|Mirror|Standard|Courier|Dispatch"
    r"|Afrique|Studio|Presse|Infos|Matin|Hebdo|Quotidien)\b")  # French outlet nouns ("RFI Afrique", "Studio Tamani")
NAME_PARTICLES = frozenset("du de des la le les of the al el and et".split())
URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:[/-]|$)")
OWN_CHANNEL = re.compile(r"\b(?:follow|join|subscribe to)\s+(?:our|us)\b", re.I)
MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


@dataclass
class Given:
    """Metadata supplied with the input (JSON fields, feed entry, HTML page)."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    wire: str | None = None
    external_id: str | None = None
    origin: str = "given"  # "given" or "html": what FieldSource.source says


@dataclass
class Meta:
    title: str | None = None
    outlet: str | None = None
    wire: str | None = None
    url: str | None = None
    language: str | None = None
    published: Published = field(default_factory=Published)
    sources: dict[str, FieldSource] = field(default_factory=dict)


def parse_given_date(value) -> dt.date | None:
    """ISO dates/datetimes, RFC 2822 (feeds), or a written date ("April 29, 2026")."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        pass
    return pubdate.stated_date_in_line(s)


def _span(doc_id: str, start: int, end: int) -> Span:
    return Span(doc_id=doc_id, char_start=start, char_end=end)


def detect_language(text: str) -> str | None:
    """langdetect with a fixed seed (deterministic); None for texts too short to tell."""
    # the first ~1,000 characters decide as well as the whole text and cost a third of 3,000
    sample = text[:1000]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < 20:
        return None
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        return detect(sample)
    except LangDetectException:
        return None


def extract(doc_id: str, text: str, lay: Layout, givens: list[Given]) -> Meta:
    """Fill every metadata field from the givens (in precedence order) and the text."""
    meta = Meta()
    srcs = meta.sources

    def from_given(name: str) -> str | None:
        for g in givens:
            value = getattr(g, name)
            if value not in (None, ""):
                srcs[name] = FieldSource(source=g.origin, evidence=str(value)[:200])
                return str(value).strip()
        return None

    # title
    meta.title = from_given("title")
    if meta.title is None and lay.title is not None:
        t = lay.title
        meta.title = MD_LINK.sub(r"\1", t.text).strip("*#_ ").strip()
        srcs["title"] = FieldSource(source="text", evidence="first headline-like line", span=_span(doc_id, t.start, t.end))

    # url: given, else a URL written on its own line ("Original url:" then the link)
    meta.url = from_given("url")
    if meta.url is None:
        for ln in lay.of_kind("url"):
            m = URL_LINE.match(ln.text)
            if m:
                meta.url = m.group(1).rstrip(">)")
                srcs["url"] = FieldSource(source="text", evidence=ln.text[:200], span=_span(doc_id, ln.start, ln.end))
                break

    # outlet
    meta.outlet = from_given("outlet")
    if meta.outlet is None and meta.url:
        name = outlets.outlet_for_url(meta.url)
        if name:
            meta.outlet = name
            srcs["outlet"] = FieldSource(source="url", evidence=meta.url[:200], span=srcs["url"].span)
    if meta.outlet is None:
        meta.outlet = _outlet_from_text(doc_id, lay, srcs)

    # wire
    meta.wire = from_given("wire")
    if meta.wire is None:
        meta.wire = _wire_from_text(doc_id, text, lay, srcs)

    # language
    meta.language = from_given("language")
    if meta.language is not None:
        meta.language = meta.language.lower()[:2]
    else:
        body = "\n".join(ln.text for ln in lay.body) or text
        meta.language = detect_language(body)
        if meta.language:
            srcs["language"] = FieldSource(source="text", evidence="langdetect on the body text")

    meta.published = _published(doc_id, text, lay, givens, srcs, meta.url)
    return meta


def _outlet_from_text(doc_id: str, lay: Layout, srcs: dict[str, FieldSource]) -> str | None:
    non_body = [ln for ln, k in lay.non_body if k in ("header", "footer", "title", "boilerplate", "byline")]
    names = [ln.text for ln in non_body if len(ln.words) <= 6]
    for ln in lay.of_kind("domain"):
        host = ln.text.strip().strip("/").lower()
        name = outlets.outlet_for_host(host, names)
        if name:
            srcs["outlet"] = FieldSource(source="text", evidence=f"site domain {ln.text!r}", span=_span(doc_id, ln.start, ln.end))
            return name
    name = _outlet_name_line(doc_id, lay, srcs)
    if name:
        return name
    for ln, kind in lay.non_body:
        own = OWN_CHANNEL.search(ln.text) is not None  # "Follow our coverage at @X": the outlet's own handle
        for m in HANDLE.finditer(ln.text):
            name = outlets.outlet_for_handle(m.group("handle")) or (outlets.name_from_handle(m.group("handle")) if own else None)
            if name:
                srcs["outlet"] = FieldSource(
                    source="text", evidence=f"handle {m.group(0)!r}", span=_span(doc_id, ln.start + m.start(), ln.start + m.end())
                )
                return name
    return None


def _outlet_name_line(doc_id: str, lay: Layout, srcs: dict[str, FieldSource]) -> str | None:
    """A short title-case line in the header or footer that names a news outlet: it has an outlet
    noun ("Niamey Wire", "Sahel Tribune") or the text cites it as its own source ("told Niamey Wire").
    Wire agencies ("BelTA News Agency") are credits, not the outlet."""
    full = "\n".join(ln.text for ln in lay.lines)
    for ln, kind in lay.non_body:
        if kind not in ("header", "footer"):
            continue
        name = re.sub(r"\s*\([^)]*\)\s*$", "", ln.text).strip("*_#| ")  # "X (English edition)"
        words = name.split()
        if not 2 <= len(words) <= 5 or not all(w[:1].isupper() or w[:1].isdigit() or w in NAME_PARTICLES for w in words):
            continue
        if WIRE_CREDIT.match(name) or outlets.wire_name(name):
            continue
        cited = re.search(rf"\b(?:told|to|for|from|by|at|with|par|à)\s+(?:the\s+)?{re.escape(name)}\b", full)
        if OUTLET_NOUN.search(name) or cited:
            why = f"outlet name line {name!r}" + (f", cited as {cited.group(0)!r}" if cited else "")
            srcs["outlet"] = FieldSource(source="text", evidence=why, span=_span(doc_id, ln.start, ln.end))
            return name
    return None


def _wire_from_text(doc_id: str, text: str, lay: Layout, srcs: dict[str, FieldSource]) -> str | None:
    """A credited agency: a byline ("By AFP"), a credit line ("BelTA News Agency"), a dateline
    "(AFP) -", or the story's own reporting ("told AFP"). "According to Reuters" cites, not credits."""
    for ln, kind in lay.non_body:
        if kind == "boilerplate" and REUTERS_CREDIT.match(ln.text):
            srcs["wire"] = FieldSource(source="text", evidence=ln.text[:200], span=_span(doc_id, ln.start, ln.end))
            return "Reuters"
        if kind not in ("byline", "header", "footer", "title"):
            continue
        plain = MD_LINK.sub(r"\1", ln.text).strip("*_ —–-")
        m = WIRE_CREDIT.match(plain) if kind != "byline" else outlets.WIRE_IN_LINE.search(plain)
        if m:
            srcs["wire"] = FieldSource(source="text", evidence=ln.text[:200], span=_span(doc_id, ln.start, ln.end))
            return outlets.wire_name(m.group("wire"))
    for ln in lay.body[:2]:
        m = re.search(rf"\((?P<wire>{outlets._WIRE_ALT})\)\s*[-—–]", ln.text)
        if m:
            srcs["wire"] = FieldSource(source="text", evidence="dateline credit", span=_span(doc_id, ln.start + m.start(), ln.start + m.end()))
            return outlets.wire_name(m.group("wire"))
    for ln in lay.body:
        m = TOLD_WIRE.search(ln.text)
        if m:
            srcs["wire"] = FieldSource(
                source="text", evidence=f"reporting credited: {m.group(0)!r}", span=_span(doc_id, ln.start + m.start(), ln.start + m.end())
            )
            return outlets.wire_name(m.group("wire"))
    return None


def _published(doc_id: str, text: str, lay: Layout, givens: list[Given], srcs: dict[str, FieldSource],
               url: str | None = None) -> Published:
    for g in givens:
        d = parse_given_date(g.published)
        if d:
            srcs["published"] = FieldSource(source=g.origin, evidence=str(g.published)[:100])
            return Published(date=d)
    # a date line of the header/footer (a date line between body paragraphs belongs to a timeline),
    # or a "Published on <date>" line
    body_idx = [i for i, k in enumerate(lay.kinds) if k == "body"]
    first, last = (body_idx[0], body_idx[-1]) if body_idx else (len(lay.lines), -1)
    candidates = [ln for i, (ln, k) in enumerate(zip(lay.lines, lay.kinds)) if k == "date" and not first < i < last]
    candidates += [ln for ln, k in lay.non_body if k == "boilerplate" and re.match(r"(?i)(published|posted)", ln.text)]
    candidates += [ln for ln, k in lay.non_body if k == "boilerplate" and re.match(r"(?i)(updated|last updated)", ln.text)]
    for ln in candidates:
        d = pubdate.stated_date_in_line(ln.text)
        if d:
            srcs["published"] = FieldSource(source="text", evidence=ln.text[:100], span=_span(doc_id, ln.start, ln.end))
            return Published(date=d)
    body = lay.body
    if body:
        found = pubdate.dateline_date(body[0].text)
        if found:
            s = body[0].start
            srcs["published"] = FieldSource(source="text", evidence="dateline", span=_span(doc_id, s + found.start, s + found.end))
            return Published(date=found.date)
    if url:  # news sites often put the day in the path: /2026/04/29/slug or /2026-04-29-slug
        m = URL_DATE.search(url)
        d = m and pubdate._mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d and d <= dt.date.today():
            srcs["published"] = FieldSource(source="url", evidence=url[:200])
            return Published(date=d)
    body_text = "\n".join(ln.text for ln in body)
    est = pubdate.estimate(body_text)
    if est is None:
        return Published()
    srcs["published"] = FieldSource(source="estimate", evidence=est.evidence)
    return Published(date=est.date, is_estimate=True, earliest=est.earliest, latest=est.latest, evidence=est.evidence)
