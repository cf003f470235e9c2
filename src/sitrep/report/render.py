"""Rendering a ``ReportData`` as Markdown, HTML or PDF.

HTML is rendered with autoescaping on: article text, titles and outlet names are untrusted input
and must never become markup.  Markdown escapes the characters that would change its structure.
PDF is the HTML printed by WeasyPrint, or by headless Chromium when WeasyPrint is unavailable.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from sitrep.errors import ErrorCode, SitrepError
from sitrep.report.build import ReportData

log = logging.getLogger(__name__)

FORMATS = ("md", "html", "pdf")
QUOTE_CHARS = 300  # footnote quotes are cut here: a note, not a reprint

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")


def md_escape(value) -> str:
    """Escape Markdown structure characters and fold line breaks (a table cell is one line)."""
    text = re.sub(r"\s*\n\s*", " ", str(value if value is not None else ""))
    return _MD_SPECIAL.sub(r"\\\1", text)


def short_quote(value) -> str:
    text = re.sub(r"\s+", " ", str(value or "")).strip()
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def _environment(html: bool) -> Environment:
    env = Environment(
        loader=PackageLoader("sitrep.report", "templates"),
        autoescape=html,
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["quote"] = short_quote
    return env


def render_markdown(report: ReportData) -> str:
    text = _environment(html=False).get_template("report.md.j2").render(r=report)
    return re.sub(r"\n{3,}", "\n\n", text)


def render_html(report: ReportData) -> str:
    return _environment(html=True).get_template("report.html.j2").render(r=report)


def render_pdf(report: ReportData) -> bytes:
    return html_to_pdf(render_html(report))


def html_to_pdf(html: str) -> bytes:
    """WeasyPrint first; headless Chromium's --print-to-pdf as the fallback."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: pango/cairo libraries missing
        log.warning("WeasyPrint unavailable (%s); trying headless Chromium", exc)
        return _chromium_pdf(html)
    return HTML(string=html).write_pdf()


def _chromium_pdf(html: str) -> bytes:
    browser = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
    if browser is None:
        raise SitrepError(ErrorCode.unsupported, "PDF needs WeasyPrint or Chromium; neither is available")
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "report.html", Path(tmp) / "report.pdf"
        src.write_text(html, encoding="utf-8")
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={out}", src.as_uri()],
            check=True, capture_output=True, timeout=120,
        )
        return out.read_bytes()


def render(report: ReportData, fmt: str) -> str | bytes:
    if fmt == "md":
        return render_markdown(report)
    if fmt == "html":
        return render_html(report)
    if fmt == "pdf":
        return render_pdf(report)
    raise SitrepError(ErrorCode.usage, f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
