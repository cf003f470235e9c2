"""Every reader survives hostile input: a Document or an IngestError with a catalogue code, never a crash.

The readers have a last-resort ``except Exception`` that turns a crash into ``E_UNSUPPORTED`` and
logs it at ERROR level; these tests fail when that safety net is hit, so a swallowed crash counts
as a crash.
"""

from __future__ import annotations

import io
import json
import logging
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.errors import ErrorCode
from sitrep.ingest import read_inputs
from sitrep.model import Document, IngestError, IngestWarning

from .adversarial import FUZZ, NASTY, NEWS, hostile_html, hostile_text, monsters

CODES = {c.value for c in ErrorCode}


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def no_crash_logged():
    """Fail if any sitrep code logged an ERROR (the readers' crash safety net) inside the block."""
    handler = _Errors()
    logger = logging.getLogger("sitrep")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    assert not handler.records, [r.getMessage() + str(r.exc_info and r.exc_info[1]) for r in handler.records]


def check_items(items: list) -> None:
    assert items, "a reader must yield something for every input (a Document or an IngestError)"
    for it in items:
        if isinstance(it, (IngestError, IngestWarning)):
            assert it.code in CODES, it
            assert it.message
            it.source.encode("utf-8")  # storable: no lone surrogates from odd file names
            continue
        assert isinstance(it, Document)
        assert isinstance(it.text, str) and it.text.strip()
        assert it.doc_id and isinstance(it.doc_id, str)
        for seg in it.segments:
            assert 0 <= seg.char_start < seg.char_end <= len(it.text), seg
        if it.published.date is not None:
            assert 1 <= it.published.date.year <= 9999
        json.dumps(it.model_dump(mode="json"))  # storable: serialises without surprises
        for value in (it.text, it.source, it.title or "", it.outlet or ""):
            value.encode("utf-8")  # UTF-8 (and so DuckDB) can hold it


def read(inputs: list[str], **opts) -> list:
    with no_crash_logged():
        return list(read_inputs(inputs, allow_private=False, timeout=1.0, retries=0, **opts))


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory(prefix="sitrep-fuzz-") as d:
        yield Path(d)


@pytest.mark.parametrize("name", sorted(monsters()))
def test_monster_inputs(workdir, name):
    path = workdir / name
    path.write_bytes(monsters()[name])
    items = read([str(path)])
    check_items(items)
    for it in items:
        if isinstance(it, Document):
            assert "root:x:0:0" not in it.text  # XXE never expands a file
            assert len(it.text) <= 2 * 1024 * 1024  # entity expansion did not blow up


def test_too_large_file_refused_with_code(workdir):
    path = workdir / "big.txt"
    path.write_bytes(b"Gunmen attacked Gao. " * 10_000)
    items = read([str(path)], max_bytes=50_000)
    assert [i.code for i in items] == [ErrorCode.too_large.value]


@FUZZ
@given(text=hostile_text())
def test_text_reader(text):
    check_items(read(["-"], stdin=io.BytesIO(text.encode("utf-8", "surrogatepass"))))


@FUZZ
@given(data=st.binary(max_size=4000))
def test_arbitrary_bytes(data):
    check_items(read(["-"], stdin=io.BytesIO(data)))


@FUZZ
@given(text=hostile_text(), depth=st.integers(0, 300), title=hostile_text(max_parts=3))
def test_html_reader(workdir, text, depth, title):
    path = workdir / "page.html"
    body = hostile_html(text, depth)
    path.write_text(f"<html><head><title>{title}</title></head><body>{body}</body></html>", "utf-8",
                    errors="surrogatepass")
    check_items(read([str(path)]))


json_value = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), hostile_text(max_parts=5),
    st.sampled_from(NASTY), st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
def _html1(t: str) -> str:
    return hostile_html(t, 3)


record = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(hostile_text(), json_value),
        "title": json_value,
        "url": json_value,
        "outlet": json_value,
        "published": st.one_of(json_value, st.sampled_from(["9999-12-31", "0000-01-01", "2024-02-30", "31/12/9999"])),
        "language": json_value,
        "id": json_value,
        "html": st.one_of(json_value, hostile_text().map(_html1)),
    },
)


@FUZZ
@given(records=st.lists(st.one_of(record, json_value), min_size=1, max_size=5), junk=st.booleans())
def test_jsonl_reader(workdir, records, junk):
    path = workdir / "articles.jsonl"
    lines = [json.dumps(r, ensure_ascii=junk) for r in records]
    if junk:
        lines.insert(1, '{"text": "unterminated')
    path.write_text("\n".join(lines), "utf-8", errors="surrogatepass")
    check_items(read([str(path)]))


@FUZZ
@given(items=st.lists(st.tuples(hostile_text(max_parts=3), hostile_text()), min_size=0, max_size=4),
       link=st.sampled_from(["", "http://127.0.0.1:9/a", "file:///etc/passwd", "javascript:alert(1)",
                             "http://169.254.169.254/latest/"]))
def test_feed_reader(workdir, items, link):
    """Feed entries with hostile text; links point only at refused addresses, so nothing is fetched."""
    from xml.sax.saxutils import escape

    entries = "".join(
        f"<item><title>{escape(t)}</title>{f'<link>{escape(link)}</link>' if link else ''}"
        f"<description>{escape(d)}</description></item>"
        for t, d in items
    )
    path = workdir / "feed.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{entries}</channel></rss>',
                    "utf-8", errors="surrogatepass")
    check_items(read([str(path)]))


def test_feed_links_to_private_addresses_not_fetched(workdir):
    """A feed cannot make sitrep fetch internal addresses: its links go through sitrep.net."""
    long = " ".join(NEWS * 3)
    path = workdir / "ssrf.rss"
    path.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
<item><title>a</title><link>http://169.254.169.254/latest/meta-data/</link><description>{long}</description></item>
<item><title>b</title><link>http://127.0.0.1:9/admin</link></item>
</channel></rss>""", "utf-8")
    items = read([str(path)])
    check_items(items)
    assert any(isinstance(i, IngestError) and i.code == ErrorCode.blocked_address.value for i in items)


# ------------------------------------------------------------------ languages


FRENCH = ("BAMAKO — L'armée malienne a annoncé lundi avoir repris le contrôle de la ville après des combats "
          "avec les rebelles. Plusieurs civils ont été tués selon des sources locales, qui évoquent des frappes "
          "de drones sur le marché.\n\nLe gouvernement de transition a salué une victoire importante.")
ARABIC = "هاجم مسلحون قرية قرب غاو يوم الاثنين وقتلوا خمسة مدنيين حسب مصادر محلية. " * 6
ENGLISH = " ".join(NEWS[:6])


@pytest.mark.parametrize("text,lang", [(FRENCH, "fr"), (ARABIC, "ar"), (ENGLISH, "en")])
def test_language_detected(text, lang):
    docs = [i for i in read(["-"], stdin=io.BytesIO(text.encode())) if isinstance(i, Document)]
    assert len(docs) == 1 and docs[0].language == lang


def test_french_is_kept_and_stored(store):
    from sitrep.pipeline import run

    summary = run(["-"], store, analyzer=None, stdin=io.BytesIO(FRENCH.encode()))
    assert summary.stored == 1
    (doc_id,) = summary.doc_ids
    assert store.get_document(doc_id).language == "fr"


# ------------------------------------------------------------------ file names


# a file name as the file system holds it: any bytes but "/" and NUL, up to 200 of them, often
# with a suffix that picks a reader; bytes that are not UTF-8 are the point
name_bytes = st.binary(min_size=1, max_size=200).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_")).filter(
    lambda b: b not in (b".", b"..") and not b.startswith(b"."))
suffix = st.sampled_from([b"", b".txt", b".md", b".html", b".json", b".jsonl", b".xml", b".TXT", b".bin"])


@FUZZ
@given(names=st.lists(st.tuples(name_bytes, suffix), min_size=1, max_size=4, unique=True), text=hostile_text(max_parts=8))
def test_file_names(names, text):
    """Any file name — in a directory or given directly — gives readable, storable sources, and
    one odd name never costs the other files of the batch."""
    from sitrep import pipeline
    from sitrep.store import Store

    body = " ".join(NEWS[:3]) + " " + text
    with tempfile.TemporaryDirectory(prefix="sitrep-names-") as tmp:
        folder = os.fsencode(tmp)
        paths = []
        for i, (name, ext) in enumerate(names):
            path = os.path.join(folder, name[: 240 - len(ext)] + ext)
            if any(path == p for p in paths):
                continue
            with open(path, "wb") as fh:
                fh.write(f"{body} (file {i})".encode("utf-8", "surrogatepass"))
            paths.append(path)
        for inputs in ([tmp], [os.fsdecode(p) for p in paths]):  # the folder, and each file by name
            items = read(inputs)
            check_items(items)
            with Store(":memory:") as store, no_crash_logged():
                summary = pipeline.Summary()
                pipeline.store_documents(store, iter(items), summary)
                assert summary.stored + summary.duplicates == sum(isinstance(i, Document) for i in items)
                assert store.count_documents() == summary.stored
