"""HTML pages → main text and page metadata (trafilatura, with an lxml fallback).

Scripts, styles and navigation never reach the text: trafilatura keeps the main content only, and
the fallback drops script/style/noscript/template elements before taking paragraph text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

HTML_SNIFF = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|div|p)\b", re.I | re.S)


@dataclass
class HtmlPage:
    text: str
    title: str | None = None
    site_name: str | None = None
    url: str | None = None
    date: str | None = None  # ISO date as found by htmldate
    language: str | None = None


def looks_like_html(data: bytes | str) -> bool:
    head = data[:2048] if isinstance(data, bytes) else data[:2048].encode("utf-8", "replace")
    return bool(HTML_SNIFF.match(head))


def _fallback_text(html: str) -> str:
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # lxml raises several types on garbage; the caller reports E_EMPTY
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//template|//nav|//footer|//header|//aside|//form"):
        bad.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in tree.xpath("//p|//h1|//h2|//h3|//li|//blockquote")]
    return "\n".join(b for b in blocks if b)


def extract(html: str, url: str | None = None) -> HtmlPage:
    """Main text and metadata of an HTML page; the text's lines are its paragraphs."""
    import trafilatura

    doc = None
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False,
        )
        if doc is not None and not isinstance(doc, dict):
            doc = doc.as_dict()
    except Exception as exc:  # trafilatura can fail on pathological markup: fall back
        log.debug("trafilatura failed on %s: %s", url, exc)
    if doc and (doc.get("text") or "").strip():
        text = doc["text"]
        # trafilatura may start the text with the title: keep it (text stays as extracted), the
        # cleaner marks it as the title line
        return HtmlPage(
            text=text,
            title=(doc.get("title") or None),
            site_name=(doc.get("sitename") or None),
            url=(doc.get("url") or None),
            date=(doc.get("date") or None),
            language=(doc.get("language") or None),
        )
    text = _fallback_text(html)
    title = None
    m = re.search(r"<title[^>]*>(.*?)</title>", html, re.I | re.S)
    if m:
        title = " ".join(re.sub(r"<[^>]+>", "", m.group(1)).split()) or None
    return HtmlPage(text=text, title=title)
