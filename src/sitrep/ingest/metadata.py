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
from dataclasses import dataclass, field, fields

from sitrep.ingest import dateline, language, outlets, pubdate, self_named
from sitrep.ingest.clean import URL_LINE, Layout
from sitrep.ingest.dateline_years import YEARLESS_EVIDENCE
from sitrep.model import FieldSource, Published, Span

log = logging.getLogger(__name__)

HANDLE = re.compile(r"(?<![\w@])@(?P<handle>[A-Za-z][A-Za-z0-9_]{2,30})\b")
# a dateline's credit in parentheses: "Djibo, 17 mai 2026 (AIB) –", "BAMAKO (AP) —", "OUAGADOUGOU, May 18 (Reuters) -"
DATELINE_CREDIT = dateline.CREDITED
# TASS's dateline credits the agency between slashes: "MOSCOW, September 6. /TASS/."
DATE_LINE_CREDIT = re.compile(r"\((?P<credit>[A-Z][\w'’ .&-]{1,40})\)\s*$")
SLASH_CREDIT = dateline.SLASH_CREDITED
# a url written after a label on one line: "Original url: https://...", "Source : https://..."
LABELLED_URL = re.compile(r"^(?:original\s+(?:url|link|article|source)|source|lien(?:\s+original)?|url)\s*:\s*<?(https?://[^\s<>]+)>?\s*$", re.I)
# "© ActuNiger 2026", "Copyright 2026 Reuters": the holder of a copyright line; a site's footer may go on with its links
# after a bar ("© 2025 Deutsche Welle | Privacy Policy | Legal notice") and may end on the rights reserved ("Copyright
# AFP. All rights reserved.", « © AFP. Tous droits réservés »)
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s+)?(?P<holder>[^\d©|–—-][^©|–—]{1,60}?)\s*(?:(?:19|20)\d\d)?\.?"
                       r"(?:\s*(?:all\s+rights\s+reserved|tous\s+droits\s+r[ée]serv[ée]s)\.?)?"
                       r"(?:\s+\|\s.*)?$", re.I)


def _told_wire() -> re.Pattern:
    """The story's own reporting credited to an agency: "told AFP", "a déclaré à l'AFP"."""
    return re.compile(rf"\b(?:told|à\s+l'|à\s+l’|a\s+appris\s+l'|a\s+appris\s+l’)\s*(?:the\s+)?(?P<wire>{outlets.wire_alternation()})\b", re.I)


def _wire_credit() -> re.Pattern:
    return re.compile(rf"^\(?(?P<wire>{outlets.wire_alternation()})\)?(?:\s+news agency)?$", re.I)

REUTERS_CREDIT = re.compile(r"^\(?(?:additional )?reporting by\b.*;\s*editing by\b", re.I)  # Reuters' house credit
OUTLET_NOUN = re.compile(
    r"\b(News|Wire|Times|Post|Daily|Tribune|Agency|Press|Herald|Monitor|Journal|Gazette|Observer|Telegraph"
    r"|Express|Chronicle|Radio|TV|Television|Review|Insider|Today|Info|Mirror|Standard|Courier|Dispatch"
    r"|Watch|Brief|Briefing|Bulletin|Digest|Pulse|Blog|Newsletter"
    r"|Afrique|Studio|Presse|Infos|Matin|Hebdo|Quotidien)\b")  # French outlet nouns ("RFI Afrique", "Studio Tamani")
NAME_PARTICLES = frozenset("du de des la le les of the al el and et".split())
URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:[/-]|$)")
OWN_CHANNEL = re.compile(r"\b(?:follow|join|subscribe to)\s+(?:our|us)\b", re.I)
MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
SHARE_BAR = re.compile(r"^(?:share|partager|partagez)\b", re.I)


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

    def document_fields(self) -> dict:
        """The ``Document`` fields this metadata fills (its ``sources`` are the document's ``field_sources``)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values["field_sources"] = values.pop("sources")
        return values


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
    """The text's language (``ingest.language``); None for texts too short to tell."""
    return language.detect_language(text)[0]


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

    # url: given, else a URL written on its own line or after a label ("Original url: https://...")
    meta.url = from_given("url")
    if meta.url is None:
        meta.url = _url_from_text(doc_id, lay, srcs)

    # wire first: a masthead line naming the wire is its credit, not the outlet
    meta.wire = from_given("wire")
    if meta.wire is None:
        meta.wire = _wire_from_text(doc_id, text, lay, srcs)

    # outlet: given, the url's site, what the page's own lines name, else the credited agency itself
    meta.outlet = from_given("outlet")
    if meta.outlet is None and meta.url:
        name = outlets.outlet_for_url(meta.url)
        if name:
            meta.outlet = name
            srcs["outlet"] = FieldSource(source="url", evidence=meta.url[:200], span=srcs["url"].span if "url" in srcs else None)
    if meta.outlet is None:
        meta.outlet = _outlet_from_text(doc_id, lay, srcs)
    if meta.outlet is None:  # the page's furniture promoting its own app, newsletter or site
        meta.outlet = _outlet_named_by(doc_id, [ln for ln, _ in lay.non_body], self_named.promoted_outlet, "promotes", srcs)
    if meta.outlet is None:
        meta.outlet = _outlet_from_credit(doc_id, lay, srcs)
    if meta.outlet is None:
        meta.outlet = _outlet_spoken_to(doc_id, lay, srcs)
    if meta.outlet is None:  # "As Ukrinform reported earlier": the story citing its own reporting
        meta.outlet = _outlet_named_by(doc_id, lay.body, self_named.self_cited_outlet, "cites its own report", srcs)
    if meta.outlet is None and lay.body:  # "(Nairobi) – …, Human Rights Watch said today.": a rights group's own release
        meta.outlet = _outlet_named_by(doc_id, lay.body[:1], self_named.releasing_body, "is the release of", srcs)

    # language
    meta.language = from_given("language")
    if meta.language is not None:
        meta.language = meta.language.lower()[:2]
    else:
        body = "\n".join(ln.text for ln in lay.body) or text
        meta.language, how = language.detect_language(body)
        if meta.language:
            srcs["language"] = FieldSource(source="text", evidence=how)

    meta.published = _published(doc_id, text, lay, givens, srcs, meta.url, _day_first(lay, meta))
    return meta


def _url_from_text(doc_id: str, lay: Layout, srcs: dict[str, FieldSource]) -> str | None:
    for ln in lay.of_kind("url"):
        m = URL_LINE.match(ln.text)
        if m:
            srcs["url"] = FieldSource(source="text", evidence=ln.text[:200], span=_span(doc_id, ln.start, ln.end))
            return m.group(1).rstrip(">)")
    for ln, _ in lay.non_body:
        m = LABELLED_URL.match(ln.text.strip())
        if m:
            srcs["url"] = FieldSource(source="text", evidence=ln.text[:200], span=_span(doc_id, ln.start, ln.end))
            return m.group(1).rstrip(">).,")
    return None


def _masthead_parts(text: str) -> list[str]:
    """A header/footer line and its part before a tagline: "Journal du Mali – L'Essentiel de
    l'actualité" → [the line, "Journal du Mali"]; markup and "(English edition)" stripped."""
    plain = re.sub(r"\s*\([^)]*\)\s*$", "", MD_LINK.sub(r"\1", text)).strip("*_#| ")
    parts = [plain]
    head = re.split(r"\s+[–—|:-]\s+|\s*\|\s*", plain, maxsplit=1)[0].strip()
    if head and head != plain:
        parts.append(head)
    return parts


def _credit_and_host_parts(text: str) -> list[str]:
    """The parts after the first of a line of dash- or bar-separated parts, as a host heads a wire's copy it
    carries: "AFP — Barron's — 11/09/2026", "Reuters | Al Arabiya English | 3 novembre 2026" (the host is
    the outlet; the wire before it a credit)."""
    plain = MD_LINK.sub(r"\1", text).strip("*_#| ")
    return [p.strip() for p in re.split(r"\s+[–—|-]\s+|\s*\|\s*", plain)[1:] if p.strip()]


def _outlet_from_text(doc_id: str, lay: Layout, srcs: dict[str, FieldSource]) -> str | None:
    non_body = [ln for ln, k in lay.non_body if k in ("header", "footer", "title", "boilerplate", "byline")]
    names = [ln.text for ln in non_body if len(ln.words) <= 6]
    for ln in lay.of_kind("domain"):
        host = ln.text.strip().strip("/").lower()
        name = outlets.outlet_for_host(host, names)
        if name:
            srcs["outlet"] = FieldSource(source="text", evidence=f"site domain {ln.text!r}", span=_span(doc_id, ln.start, ln.end))
            return name
    name = _known_masthead(doc_id, lay, srcs) or _outlet_name_line(doc_id, lay, srcs)
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
    return _repeated_masthead(doc_id, lay, srcs) or _copyright_holder(doc_id, lay, srcs)


def _known_masthead(doc_id: str, lay: Layout, srcs: dict[str, FieldSource]) -> str | None:
    """A header or footer line naming an outlet of the base ("L'Essor", "Journal du Mali – L'Essentiel
    de l'actualité", "Tamtaminfo.com – L'info en continu"). Wire agencies there are credits."""
    for ln, kind in lay.non_body:
        if kind not in ("header", "footer", "boilerplate") or len(ln.words) > 12 or SHARE_BAR.match(ln.text.strip("*_ ")):
            continue  # (a share bar names the networks a reader may post to, not the publisher)
        for part in _masthead_parts(ln.text) + _credit_and_host_parts(ln.text):
            found = outlets.base().named(part)
            if found is None and re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[a-z]{2,})+", part, re.I):
                found = outlets.base().for_host(part)
            if found is not None and found.kind != "wire":
                srcs["outlet"] = FieldSource(source="text", evidence=f"masthead {part!r}", span=_span(doc_id, ln.start, ln.end))
                return found.name if "." in part else part  # a masthead as the page spells it ("RFI Afrique")
    return None


def _repeated_masthead(doc_id: str, lay: Layout, srcs: dict[str, FieldSource]) -> str | None:
    """A short capitalised header line that comes back at the head of a footer line ("Kibaru" above
    the story, "Kibaru - l'information au service du citoyen" below it): the site signing its page."""
    body_idx = [i for i, k in enumerate(lay.kinds) if k == "body"]
    if not body_idx:
        return None
    first, last = body_idx[0], body_idx[-1]
    heads: dict = {}
    for i, (ln, kind) in enumerate(zip(lay.lines, lay.kinds)):
        if i < first and kind in ("header", "title") and 1 <= len(ln.words) <= 5 and ln.text.strip()[:1].isupper():
            heads[ln.text.strip().strip("*_#| ").casefold()] = ln
    for i, (ln, kind) in enumerate(zip(lay.lines, lay.kinds)):
        if i <= first or len(ln.words) > 12 or (kind == "body" and i != last):
            continue  # a signature is short and below the story (cleaning may leave the last one as body)
        for part in _masthead_parts(ln.text)[1:] or _masthead_parts(ln.text):
            key = re.sub(r"\.[a-z]{2,}$", "", part.strip(), flags=re.I).casefold()  # "Tamtaminfo.com"
            if key in heads and not outlets.wire_name(key):
                head = heads[key]
                srcs["outlet"] = FieldSource(source="text", evidence=f"masthead {head.text.strip()!r} repeated in the footer",
                                             span=_span(doc_id, head.start, head.end))
                return head.text.strip().strip("*_#| ")
    return None


def _copyright_holder(doc_id: str, lay: Layout, srcs: dict[str, FieldSource]) -> str | None:
    """"© ActuNiger 2026": the holder is the outlet, unless it is a wire agency (a credit)."""
    for ln, _ in lay.non_body:
        m = COPYRIGHT.match(ln.text.strip())
        if not m:
            continue
        holder = m.group("holder").strip(" .,")
        if outlets.wire_name(holder) or len(holder.split()) > 5 or not holder[:1].isupper():
            continue
        srcs["outlet"] = FieldSource(source="text", evidence=f"copyright line {ln.text.strip()[:80]!r}", span=_span(doc_id, ln.start, ln.end))
        return outlets.outlet_name(holder) or holder
    return None


def _outlet_from_credit(doc_id: str, lay: Layout, srcs: dict[str, FieldSource]) -> str | None:
    """An agency's own story: the byline or dateline credits it ("By Reuters", "Ouagadougou, 14 juin
    2026 (AFP) -") and nothing else names a publisher, so the agency published it."""
    for ln, kind in lay.non_body:
        if kind != "byline":
            continue
        m = outlets.wire_in_line(MD_LINK.sub(r"\1", ln.text))
        if m:
            srcs["outlet"] = FieldSource(source="text", evidence=f"byline {ln.text[:80]!r}", span=_span(doc_id, ln.start, ln.end))
            return outlets.outlet_name(m.group("wire")) or m.group("wire")
    for ln in lay.body[:2]:
        prefix = self_named.agency_prefix_credit(ln.text)  # "APA-Niamey (Niger) -": the bracket is no credit
        if prefix is not None:
            srcs["outlet"] = FieldSource(source="text", evidence=f"dateline credit {prefix[0]!r}",
                                         span=_span(doc_id, ln.start + prefix[1], ln.start + prefix[2]))
            return outlets.outlet_name(prefix[0])
        m = DATELINE_CREDIT.match(ln.text)
        if m and len(m.group("credit").split()) <= 4:
            credit = m.group("credit").strip()
            srcs["outlet"] = FieldSource(source="text", evidence=f"dateline credit {credit!r}",
                                         span=_span(doc_id, ln.start + m.start("credit"), ln.start + m.end("credit")))
            return outlets.outlet_name(credit) or credit
        m = SLASH_CREDIT.match(ln.text)
        # slashes are no convention of their own: only a known outlet counts as the credit
        if m and outlets.outlet_name(m.group("credit").strip()):
            credit = m.group("credit").strip()
            srcs["outlet"] = FieldSource(source="text", evidence=f"dateline credit {credit!r}",
                                         span=_span(doc_id, ln.start + m.start("credit"), ln.start + m.end("credit")))
            return outlets.outlet_name(credit)
    for ln, kind in lay.non_body:
        # a communiqué's date line signed by the agency that carries it: "Ouagadougou, le 13 octobre
        # 2026 (AIB)"; only a known outlet counts (a parenthesis may hold anything)
        m = DATE_LINE_CREDIT.search(ln.text) if kind == "date" else None
        if m and outlets.outlet_name(m.group("credit").strip()):
            srcs["outlet"] = FieldSource(source="text", evidence=f"date line credit {m.group('credit')!r}",
                                         span=_span(doc_id, ln.start + m.start("credit"), ln.start + m.end("credit")))
            return outlets.outlet_name(m.group("credit").strip())
    return None


def _outlet_named_by(doc_id: str, lines: list, reader, how: str, srcs: dict[str, FieldSource]) -> str | None:
    """The outlet ``reader`` (``sitrep.ingest.self_named``) finds in ``lines``, with the first line naming it."""
    name = reader([ln.text for ln in lines])
    if name is None:
        return None
    ln = next((ln for ln in lines if reader([ln.text]) == name), lines[0])
    srcs["outlet"] = FieldSource(source="text", evidence=f"page {how}: {ln.text.strip()[:80]!r}", span=_span(doc_id, ln.start, ln.end))
    return name


def _outlet_spoken_to(doc_id: str, lay: Layout, srcs: dict[str, FieldSource]) -> str | None:
    """A page that names no publisher of its own but whose sources speak to one outlet ("a resident told
    VOA", « joint par RFI »): that outlet reports the story.  Two outlets spoken to leave it open."""
    found = [(name, ln, a, b) for ln in lay.body for name, a, b in outlets.addressed_outlets(ln.text)]
    if len({name for name, *_ in found}) != 1:
        return None
    name, ln, a, b = found[0]
    srcs["outlet"] = FieldSource(source="text", evidence=f"spoken to {ln.text[a:b]!r}",
                                 span=_span(doc_id, ln.start + a, ln.start + b))
    return name


def _outlet_name_line(doc_id: str, lay: Layout, srcs: dict[str, FieldSource]) -> str | None:
    """A short title-case line in the header or footer that names a news outlet: it has an outlet
    noun ("Niamey Wire", "Sahel Tribune") or the text cites it as its own source ("told Niamey Wire").
    Wire agencies ("BelTA News Agency") are credits, not the outlet."""
    full = "\n".join(ln.text for ln in lay.lines)
    for ln, kind in lay.non_body:
        if kind not in ("header", "footer"):
            continue
        # the whole line, then its part before a dash ("The Sahel Observer — November 12, 2026")
        for name in dict.fromkeys(p.strip("*_#| ") for p in _masthead_parts(ln.text)):
            words = name.split()
            if not 2 <= len(words) <= 5 or not all(w[:1].isupper() or w[:1].isdigit() or w in NAME_PARTICLES for w in words):
                continue
            if _wire_credit().match(name) or outlets.wire_name(name):
                continue
            cited = re.search(rf"\b(?:told|to|for|from|by|at|with|par|à)\s+(?:the\s+)?{re.escape(name)}\b", full)
            if OUTLET_NOUN.search(name) or cited:
                why = f"outlet name line {name!r}" + (f", cited as {cited.group(0)!r}" if cited else "")
                srcs["outlet"] = FieldSource(source="text", evidence=why, span=_span(doc_id, ln.start, ln.end))
                return name
    return None


def _wire_from_text(doc_id: str, text: str, lay: Layout, srcs: dict[str, FieldSource]) -> str | None:
    """A credited agency: a byline ("By AFP"), a credit line ("BelTA News Agency"), a dateline
    "(AFP) -" or "Djibo, 17 mai 2026 (AIB) –", or the story's own reporting ("told AFP").
    "According to Reuters" cites, not credits."""
    for ln, kind in lay.non_body:
        if kind == "boilerplate" and REUTERS_CREDIT.match(ln.text):
            srcs["wire"] = FieldSource(source="text", evidence=ln.text[:200], span=_span(doc_id, ln.start, ln.end))
            return outlets.wire_name("Reuters") or "Reuters"
        if kind not in ("byline", "header", "footer", "title"):
            continue
        plain = MD_LINK.sub(r"\1", ln.text).strip("*_ —–-")
        m = _wire_credit().match(plain) if kind != "byline" else outlets.wire_in_line(plain)
        if m:
            srcs["wire"] = FieldSource(source="text", evidence=ln.text[:200], span=_span(doc_id, ln.start, ln.end))
            return outlets.wire_name(m.group("wire"))
    for ln in lay.body[:2]:
        prefix = self_named.agency_prefix_credit(ln.text)
        if prefix is not None:
            srcs["wire"] = FieldSource(source="text", evidence=f"dateline credit {prefix[0]!r}",
                                       span=_span(doc_id, ln.start + prefix[1], ln.start + prefix[2]))
            return outlets.credit_name(prefix[0])
        m = DATELINE_CREDIT.match(ln.text)
        credit = m.group("credit").strip() if m else ""
        known = outlets.base().named(credit) if credit else None
        if m and len(credit.split()) <= 4 and (known is None or known.kind == "wire"):
            srcs["wire"] = FieldSource(source="text", evidence=f"dateline credit {credit!r}",
                                       span=_span(doc_id, ln.start + m.start("credit"), ln.start + m.end("credit")))
            return known.credit if known else credit
        m = re.search(rf"\((?P<wire>{outlets.wire_alternation()})\)\s*[-—–]", ln.text)
        if m:
            srcs["wire"] = FieldSource(source="text", evidence="dateline credit", span=_span(doc_id, ln.start + m.start(), ln.start + m.end()))
            return outlets.wire_name(m.group("wire"))
    # "Le Monde avec AFP", "(with Reuters)", "Rédaction, avec AFP": a story written on a wire's copy
    with_wire = re.compile(rf"(?:^|[\s(,])(?:avec|with)\s+(?:l['’])?(?P<wire>{outlets.wire_alternation()})\b\)?\s*\.?$", re.I)
    for ln in [ln for ln, _ in lay.non_body] + lay.body[-1:]:
        m = with_wire.search(ln.text.strip()) if len(ln.words) <= 12 else None
        if m:
            srcs["wire"] = FieldSource(source="text", evidence=f"credit {ln.text.strip()[:80]!r}",
                                       span=_span(doc_id, ln.start, ln.end))
            return outlets.wire_name(m.group("wire"))
    told = _told_wire()
    for ln in lay.body:
        m = told.search(ln.text)
        if m:
            srcs["wire"] = FieldSource(
                source="text", evidence=f"reporting credited: {m.group(0)!r}", span=_span(doc_id, ln.start + m.start(), ln.start + m.end())
            )
            return outlets.wire_name(m.group("wire"))
    return None


def _day_first(lay: Layout, meta: Meta) -> bool:
    """How to read "03/09/2026": as the page's unambiguous numeral dates do, else month first only
    for an outlet based in the United States (day first is the usage everywhere else)."""
    order = pubdate.numeric_order([ln.text for ln, _ in lay.non_body])
    if order is not None:
        return order
    profile = outlets.base().resolve(meta.outlet) if meta.outlet else None
    return not (profile is not None and profile.country == "US")


HEADER_LINES = 4  # title, outlet, date line, byline: the lines a masthead puts above the story


def _published(doc_id: str, text: str, lay: Layout, givens: list[Given], srcs: dict[str, FieldSource],
               url: str | None = None, day_first: bool = True) -> Published:
    for g in givens:
        d = parse_given_date(g.published)
        if d:
            srcs["published"] = FieldSource(source=g.origin, evidence=str(g.published)[:100])
            return Published(date=d)
    # a date line of the header/footer (one between body paragraphs belongs to a timeline), or a "Published on" line
    body_idx = [i for i, k in enumerate(lay.kinds) if k == "body"]
    first, last = (body_idx[0], body_idx[-1]) if body_idx else (len(lay.lines), -1)
    # (a date line among the first lines, with no story paragraph above it but the headline, is the masthead's even
    # when that headline reads as prose); the date lines under the story come after the lines above it
    candidates = [ln for i, (ln, k) in enumerate(zip(lay.lines, lay.kinds))
                  if k == "date" and (i <= first or (i < HEADER_LINES and "body" not in lay.kinds[1:i]))]
    candidates += [ln for stamp in (r"(?i)(published|posted|publié)", r"(?i)(updated|last updated|mis à jour)")
                   for ln, k in lay.non_body if k == "boilerplate" and re.match(stamp, ln.text)]
    # a byline that carries the date: "Par la Rédaction | 05 juillet 2026"
    candidates += [ln for i, (ln, k) in enumerate(zip(lay.lines, lay.kinds)) if k == "byline" and i < first]
    # a masthead line above the story that stamps its day: "RFI — Publié le 30/10/2026", "AIB — Diapaga, 23 octobre 2026"
    candidates += [ln for i, (ln, k) in enumerate(zip(lay.lines, lay.kinds)) if k == "header" and i < first]
    # (« Bamako, le 3 mars 2036 » under a communiqué printed whole dates the communiqué, not the page that prints it)
    candidates += [ln for i, (ln, k) in enumerate(zip(lay.lines, lay.kinds)) if k == "date" and i > last >= 0]
    # last, a date line under the headline and one standfirst paragraph that reads as prose ("12/18/2025" below a
    # broadcaster's deck): the masthead's stamp when no other line states the day (a timeline's first entry sits there
    # too, but such a page states its own day elsewhere)
    candidates += [ln for i, (ln, k) in enumerate(zip(lay.lines, lay.kinds))
                   if k == "date" and i < HEADER_LINES and lay.kinds[1:i].count("body") == 1]
    for ln in candidates:
        d = pubdate.stated_date_in_line(ln.text, day_first)
        if d:
            srcs["published"] = FieldSource(source="text", evidence=ln.text[:100], span=_span(doc_id, ln.start, ln.end))
            return Published(date=d)
    body = lay.body
    if body:
        found = pubdate.dateline_date(body[0].text, day_first)
        if found:
            s = body[0].start
            srcs["published"] = FieldSource(source="text", evidence="dateline", span=_span(doc_id, s + found.start, s + found.end))
            return Published(date=found.date)
        found = pubdate.yearless_dateline(body[0].text)
        if found:
            s = body[0].start
            srcs["published"] = FieldSource(source="text", evidence=YEARLESS_EVIDENCE,
                                            span=_span(doc_id, s + found.start, s + found.end))
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
