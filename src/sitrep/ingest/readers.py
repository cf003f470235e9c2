"""Where articles come from: files, directories, stdin, JSON/JSONL records, URLs and RSS/Atom feeds.

Every reader yields ``Document`` or ``IngestError`` and never raises for a bad input: one broken
file, line or URL is reported with a code and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sitrep import net
from sitrep.config import settings
from sitrep.errors import ErrorCode, SitrepError
from sitrep.ingest import html as html_mod
from sitrep.ingest.build import build_document
from sitrep.ingest.decode import Decoded, decode, decode_bytes
from sitrep.ingest.metadata import Given
from sitrep.model import Document, FieldSource, IngestError, IngestWarning, without_surrogates

log = logging.getLogger(__name__)

Item = Document | IngestError | IngestWarning  # a warning follows the documents of the input it is about

TEXT_EXT = {".txt", ".md", ".markdown", ".text", ""}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSON_EXT = {".json"}
JSONL_EXT = {".jsonl", ".ndjson"}
FEED_EXT = {".rss", ".atom", ".xml"}
FEED_SNIFF = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.I | re.S)
JSON_FIELDS = {"text", "id", "title", "url", "outlet", "published", "language", "wire", "html"}


@dataclass
class Options:
    allow_private: bool | None = None  # None: follow env SITREP_ALLOW_PRIVATE
    max_bytes: int = 10 * 1024 * 1024
    timeout: float = 10.0
    retries: int = 1
    max_redirects: int = 5
    stdin: object = None  # a binary stream for "-" (tests); default sys.stdin.buffer

    @classmethod
    def from_kwargs(cls, **kw) -> "Options":
        opts = cls(max_bytes=settings().max_input_bytes)
        for k, v in kw.items():
            if not hasattr(opts, k):
                raise TypeError(f"unknown ingest option {k!r}")
            if v is not None:
                setattr(opts, k, v)
        return opts


def _err(source: str, code: ErrorCode, message: str) -> IngestError:
    log.info("skipped %s: %s %s", source, code.value, message)
    return IngestError(source=source, code=code.value, message=message)


def read_inputs(inputs: list[str], **options) -> Iterator[Item]:
    """Yield a Document (or an IngestError) for every article found under ``inputs``.

    Options: allow_private (fetch from private addresses, for local test servers), max_bytes
    (per file / response), timeout, retries, max_redirects, stdin (binary stream for "-").
    """
    opts = Options.from_kwargs(**options)
    for spec in inputs:
        try:
            yield from _read_one(str(spec), opts)
        except SitrepError as exc:  # a reader that gave up on a whole input
            yield _err(str(spec), exc.code, exc.message)
        except Exception as exc:  # never let one input abort the batch; log the traceback
            log.exception("unexpected failure reading %s", spec)
            yield _err(str(spec), ErrorCode.unsupported, f"could not read: {type(exc).__name__}: {exc}")


def _read_one(spec: str, opts: Options) -> Iterator[Item]:
    if spec == "-":
        stream = opts.stdin or sys.stdin.buffer
        data = stream.read(opts.max_bytes + 1)
        if len(data) > opts.max_bytes:
            yield _err("-", ErrorCode.too_large, f"stdin is over the {opts.max_bytes}-byte limit")
            return
        yield from _read_bytes(data, "-", "", opts)
        return
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", spec):
        if spec.lower().startswith(("http://", "https://")):
            yield from _read_url(spec, opts)
        else:
            yield _err(spec, ErrorCode.unsupported, "only http and https URLs can be fetched")
        return
    path = Path(spec)
    if not path.exists():
        yield _err(spec, ErrorCode.not_found, "no such file or directory")
        return
    if path.is_dir():
        for f in sorted(p for p in path.rglob("*") if p.is_file()):
            rel = f.relative_to(path)
            if any(part.startswith(".") for part in rel.parts):
                continue  # hidden files and folders (.git, .DS_Store)
            yield from _read_file(f, opts)
        return
    yield from _read_file(path, opts)


def _read_file(path: Path, opts: Options) -> Iterator[Item]:
    source = str(path)
    ext = path.suffix.lower()
    if ext not in TEXT_EXT | HTML_EXT | JSON_EXT | JSONL_EXT | FEED_EXT:
        yield _err(source, ErrorCode.unsupported, f"unsupported file type {ext!r}")
        return
    try:
        size = path.stat().st_size
        if ext in JSONL_EXT and size > opts.max_bytes:
            # a JSON-lines file is a batch of records: stream it, the limit holds per record
            yield from _stream_jsonl(path, opts)
            return
        if size > opts.max_bytes:
            yield _err(source, ErrorCode.too_large, f"{size} bytes is over the {opts.max_bytes}-byte limit")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield _err(source, ErrorCode.not_found, f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(data, source, ext, opts)


def _read_bytes(data: bytes, source: str, ext: str, opts: Options, given: Given | None = None) -> Iterator[Item]:
    """Dispatch on extension, then on content for files without one (and stdin)."""
    decoded = _decoded(data, source, "empty input")
    if isinstance(decoded, IngestError):
        yield decoded
        return
    yield from _noting_encoding(_read_text(decoded.text, data, source, ext, opts, given), decoded, source)


def _decoded(data: bytes, source: str, empty: str) -> Decoded | IngestError:
    """The text of ``data``, or the error that stops this input (nothing in it, undecodable)."""
    if not data.strip():
        return _err(source, ErrorCode.empty, empty)
    try:
        return decode(data, source)
    except SitrepError as exc:
        return _err(source, exc.code, exc.message)


def _noting_encoding(items: Iterator[Item], decoded: Decoded, source: str) -> Iterator[Item]:
    """``items`` with how their input was decoded: a legacy encoding or replaced bytes are noted in
    each document's ``field_sources["encoding"]``; replaced bytes also give an ``E_ENCODING``
    warning after the documents (the article is kept)."""
    if decoded.encoding.startswith("utf-") and not decoded.replaced:
        yield from items
        return
    replaced = f", {decoded.replaced} undecodable byte(s) replaced with U+FFFD" if decoded.replaced else ""
    note = FieldSource(source="decode", evidence=f"{decoded.encoding}{replaced}")
    for item in items:
        if isinstance(item, Document):
            item.field_sources["encoding"] = note
        yield item
    if decoded.replaced:
        log.info("kept %s with %d replaced byte(s)", source, decoded.replaced)
        yield IngestWarning(source=source, code=ErrorCode.encoding.value,
                            message=f"kept: {decoded.replaced} undecodable byte(s) replaced with U+FFFD")


def _read_text(text: str, data: bytes, source: str, ext: str, opts: Options, given: Given | None) -> Iterator[Item]:
    head = text.lstrip()[:1]
    if ext in JSONL_EXT or (ext == "" and head == "{" and "\n{" in text.strip()):
        yield from _read_jsonl(text, source, opts)
    elif ext in JSON_EXT or (ext == "" and head in "{["):
        yield from _read_json(text, source, opts)
    elif ext in FEED_EXT or (ext == "" and FEED_SNIFF.match(data[:4096])):
        yield from _read_feed(data, source, opts)
    elif ext in HTML_EXT or (ext in ("", ".xml") and html_mod.looks_like_html(text)):
        yield _from_html(text, source, [given] if given else [])
    else:
        yield build_document(text, source=source, givens=[given] if given else [])


def _from_html(html: str, source: str, givens: list[Given], url: str | None = None,
               fetched_at: dt.datetime | None = None) -> Item:
    page = html_mod.extract(html, url=url)
    page_given = Given(title=page.title, outlet=page.site_name, url=page.url, published=page.date,
                       language=None, origin="html")
    fetched = [Given(url=url, origin="url")] if url else []  # the address it was read from, last resort
    return build_document(page.text, source=source, givens=givens + [page_given] + fetched, raw=html,
                          fetched_at=fetched_at)


# ---------------------------------------------------------------------------------------------
# JSON records


def _given_from_record(rec: dict) -> Given:
    def s(key: str) -> str | None:
        v = rec.get(key)
        return None if v is None else str(v)

    return Given(title=s("title"), outlet=s("outlet"), url=s("url"), published=s("published"),
                 language=s("language"), wire=s("wire"), external_id=s("id"))


def _from_record(rec, source: str) -> Item:
    if not isinstance(rec, dict):
        return _err(source, ErrorCode.bad_record, f"expected a JSON object, got {type(rec).__name__}")
    text = rec.get("text")
    html = rec.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return _err(source, ErrorCode.bad_record, "record has no string field 'text'")
    given = _given_from_record(rec)
    if isinstance(text, str) and text.strip():
        return build_document(text, source=source, givens=[given])
    if not isinstance(html, str):  # blank text and no html
        return _err(source, ErrorCode.empty, "record's 'text' is blank")
    return _from_html(html, source, [given], url=given.url)


def _loads(text: str):
    """``json.loads`` with lone-surrogate escapes (``"\\ud800"``) turned into U+FFFD in every
    string: UTF-8 (and so the store) cannot hold them."""
    return json.loads(text, object_pairs_hook=_storable_object)


def _storable_object(pairs: list[tuple[str, object]]) -> dict:
    return {without_surrogates(k): without_surrogates(v) if isinstance(v, str) else
            [without_surrogates(x) if isinstance(x, str) else x for x in v] if isinstance(v, list) else v
            for k, v in pairs}


def _read_json(text: str, source: str, opts: Options) -> Iterator[Item]:
    try:
        data = _loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        yield _err(source, ErrorCode.bad_json, f"malformed JSON: {exc}")
        return
    records = data if isinstance(data, list) else [data]
    if isinstance(data, dict) and "text" not in data and isinstance(data.get("articles"), list):
        records = data["articles"]
    for i, rec in enumerate(records):
        yield _from_record(rec, source if len(records) == 1 else f"{source}#{i}")


def _read_jsonl(text: str, source: str, opts: Options) -> Iterator[Item]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        yield from _jsonl_record(line, f"{source}:{lineno}")


def _jsonl_record(line: str, where: str) -> Iterator[Item]:
    if not line.strip():
        return
    try:
        rec = _loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        yield _err(where, ErrorCode.bad_json, f"malformed JSON line: {exc}")
        return
    yield _from_record(rec, where)


def _stream_jsonl(path: Path, opts: Options) -> Iterator[Item]:
    """A JSON-lines file larger than the size limit, read a line at a time (bounded memory):
    a line over the limit is rejected alone, with its line number."""
    source = str(path)
    with path.open("rb") as stream:
        for lineno, raw in enumerate(iter(lambda: stream.readline(opts.max_bytes + 1), b""), start=1):
            where = f"{source}:{lineno}"
            if len(raw) > opts.max_bytes and not raw.endswith(b"\n"):
                yield _err(where, ErrorCode.too_large, f"a record over the {opts.max_bytes}-byte limit")
                while raw and not raw.endswith(b"\n"):  # skip the rest of that line
                    raw = stream.readline(opts.max_bytes + 1)
                continue
            try:
                line = decode_bytes(raw, where)
            except SitrepError as exc:
                if raw.strip():
                    yield _err(where, exc.code, exc.message)
                continue
            yield from _jsonl_record(line, where)


# ---------------------------------------------------------------------------------------------
# URLs and feeds


def _fetch(url: str, opts: Options):
    return net.fetch(url, allow_private=opts.allow_private, timeout=opts.timeout, max_bytes=opts.max_bytes,
                     max_redirects=opts.max_redirects, retries=opts.retries)


def _read_url(url: str, opts: Options) -> Iterator[Item]:
    result = _fetch(url, opts)  # SitrepError → counted by read_inputs
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    ctype = (result.content_type or "").lower()
    body = result.body
    if "rss" in ctype or "atom" in ctype or FEED_SNIFF.match(body[:4096]):
        yield from _read_feed(body, url, opts)
        return
    decoded = _decoded(body, url, "empty response")
    if isinstance(decoded, IngestError):
        yield decoded
        return
    yield from _noting_encoding(_read_page(decoded.text, url, ctype, result.final_url or url, now, opts), decoded, url)


def _read_page(text: str, url: str, ctype: str, final_url: str, now: dt.datetime, opts: Options) -> Iterator[Item]:
    if "html" in ctype or html_mod.looks_like_html(text):
        yield _from_html(text, url, [], url=final_url, fetched_at=now)
    elif "json" in ctype:
        yield from _read_json(text, url, opts)
    else:
        yield build_document(text, source=url, givens=[Given(url=final_url, origin="url")], fetched_at=now)


def _read_feed(data: bytes, source: str, opts: Options) -> Iterator[Item]:
    """Each feed entry: fetch its link and read the article; fall back to the entry's own content."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = str(getattr(feed, "bozo_exception", "")) or "no entries"
        yield _err(source, ErrorCode.bad_feed, f"not a readable RSS/Atom feed: {reason}")
        return
    feed_title = (feed.feed.get("title") or None) if hasattr(feed, "feed") else None
    for entry in feed.entries:
        link = entry.get("link")
        given = Given(
            title=entry.get("title") or None,
            url=link or None,
            published=entry.get("published") or entry.get("updated") or None,
            external_id=entry.get("id") or None,
            outlet=feed_title,
            origin="given",
        )
        where = link or f"{source}#{entry.get('id', '')}"
        fetched_error: IngestError | None = None
        if link and link.lower().startswith(("http://", "https://")):
            try:
                result = _fetch(link, opts)
                text = decode_bytes(result.body, link)
                now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
                if html_mod.looks_like_html(text):
                    yield _from_html(text, link, [given], url=result.final_url or link, fetched_at=now)
                else:
                    yield build_document(text, source=link, givens=[given], fetched_at=now)
                continue
            except SitrepError as exc:
                fetched_error = _err(link, exc.code, exc.message)
        content = ""
        if entry.get("content"):
            content = entry["content"][0].get("value", "")
        content = content or entry.get("summary", "")
        if content and len(content) > 200:
            log.info("using the feed's own content for %s", where)
            yield _from_html(f"<html><body>{content}</body></html>", where, [given], url=link)
        else:
            yield fetched_error or _err(where, ErrorCode.bad_feed, "feed entry has no link and no content")
