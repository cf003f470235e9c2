"""Fuzz: a few hundred generated bad inputs through read_inputs + Store.add_document.

No exception may escape, every rejection carries a catalogue code, the summary's counts add up and
the store holds exactly the documents the summary says it stored, each with valid segments.
"""

from __future__ import annotations

import codecs
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep import pipeline
from sitrep.errors import ErrorCode
from sitrep.ingest import read_inputs
from sitrep.store import Store

CODES = {c.value for c in ErrorCode}
EXAMPLES = int(os.environ.get("SITREP_FUZZ_EXAMPLES", "500" if os.environ.get("SITREP_LONG") else "200"))
SENTENCE = ("Fighters attacked an army post near Gao on Tuesday, killing four soldiers, a local official said. ")

prose = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400).map(lambda t: SENTENCE + t)


@st.composite
def nested_html(draw):
    depth = draw(st.integers(1, 120))
    tag = draw(st.sampled_from(["div", "p", "span", "section", "script", "table", "li"]))
    inner = draw(prose)
    junk = draw(st.sampled_from(["", "<script>alert('x')</script>", "<style>p{}</style>", "<!-- c -->", "<p", "</div></div>"]))
    return (f"<html><body>{f'<{tag}>' * depth}{inner}{junk}{f'</{tag}>' * draw(st.integers(0, depth))}").encode()


@st.composite
def truncated_json(draw):
    rec = {"id": draw(st.text(max_size=10)), "text": draw(prose), "published": draw(st.sampled_from(["2024-01-02", "garbage", None, 5]))}
    raw = json.dumps(rec)
    return raw[: draw(st.integers(0, len(raw)))].encode()


@st.composite
def jsonl(draw):
    lines = draw(st.lists(st.one_of(truncated_json(), st.just(b"[1,2,3]"), st.just(b'{"text": 12}'),
                                    st.just(b'{"text": "' + SENTENCE.encode() + b'"}')), max_size=6))
    return b"\n".join(lines)


@st.composite
def odd_encoding(draw):
    text = draw(prose)
    enc = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1", "utf-8-sig", "shift_jis", "koi8-r"]))
    data = text.encode(enc, errors="replace")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return data


payloads = st.one_of(
    st.binary(max_size=2000),
    truncated_json(),
    jsonl(),
    nested_html(),
    odd_encoding(),
    st.builds(lambda n, c: (c * n).encode(), st.integers(1, 200_000), st.sampled_from(["a", "é", " ", "\n", "word "])),
    st.just(codecs.BOM_UTF16_LE + b"\x00\xd8"),  # a lone surrogate after a BOM
    st.just(b"\x89PNG\r\n\x1a\n" + b"\x00" * 30),
)
EXTS = [".txt", ".md", ".html", ".json", ".jsonl", ".xml", "", ".bin"]


@pytest.fixture(scope="module")
def fuzz_store():
    """One store for all examples (opening a store per example would dominate the run time)."""
    with Store(":memory:") as store:
        yield store


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(files=st.lists(st.tuples(payloads, st.sampled_from(EXTS)), min_size=1, max_size=4))
def test_bad_inputs_never_break_the_store(fuzz_store, files):
    store = fuzz_store
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (data, ext) in enumerate(files):
            p = Path(tmp) / f"input{i}{ext}"
            p.write_bytes(data)
            paths.append(str(p))
        before = store.count_documents()
        summary = pipeline.Summary()
        pipeline.store_documents(store, read_inputs(paths, max_bytes=150_000), summary)
        assert summary.read == summary.stored + summary.duplicates + sum(summary.skipped.values())
        assert all(e.code in CODES and e.message for e in summary.errors)
        assert store.count_documents() - before == summary.stored
        for doc_id in summary.doc_ids:
            doc = store.get_document(doc_id)
            assert doc.segments and all(0 <= s.char_start < s.char_end <= len(doc.text) for s in doc.segments)
            assert doc.clean_text.strip()
