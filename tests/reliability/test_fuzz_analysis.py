"""The analysis stage survives hostile documents: an Analysis whose every span points inside the
text, or a SitrepError with a catalogue code — never another exception."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.errors import ErrorCode, SitrepError
from sitrep.ingest import build_document
from sitrep.model import Document, Published, Segment

from .adversarial import FUZZ_ANALYSIS, LONG, NASTY, NEWS, hostile_text

CODES = {c.value for c in ErrorCode}


def _spans(obj):
    """Every Span inside an Analysis (walks the pydantic records)."""
    from pydantic import BaseModel

    from sitrep.model import Span

    if isinstance(obj, Span):
        yield obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _spans(getattr(obj, name))
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            yield from _spans(x)
    elif isinstance(obj, dict):
        for x in obj.values():
            yield from _spans(x)


def analyse_checked(analyzer, doc: Document):
    try:
        analysis = analyzer.analyse(doc)
    except SitrepError as exc:  # a refusal is fine, with a code
        assert exc.code.value in CODES
        return None
    assert analysis.doc_id == doc.doc_id
    for span in _spans(analysis):
        assert span.doc_id == doc.doc_id
        assert 0 <= span.char_start <= span.char_end <= len(doc.text), span
    for ev in analysis.events:
        if ev.fatalities is not None:
            for v in (ev.fatalities.low, ev.fatalities.high):
                assert v is None or v >= 0
    analysis.model_dump_json()  # storable
    return analysis


def raw_document(text: str, language: str | None = "en", year: int | None = None) -> Document:
    """A Document straight from text (one segment per non-empty paragraph), bypassing ingest
    cleaning, so the analysis sees exactly the hostile text."""
    segs, pos = [], 0
    for part in text.split("\n\n"):
        if part.strip():
            segs.append(Segment(char_start=pos, char_end=pos + len(part)))
        pos += len(part) + 2
    published = Published()
    if year:
        d = dt.date(year, 12, 31)
        published = Published(date=d, earliest=d, latest=d)
    return Document(doc_id=f"fuzz{abs(hash(text)) % 10**12:012d}", source="fuzz", text=text, segments=segs,
                    language=language, published=published)


@FUZZ_ANALYSIS
@given(text=hostile_text(max_parts=12), language=st.sampled_from(["en", "fr", "ar", None, "xx"]),
       year=st.sampled_from([None, 1, 2024, 9999]))
def test_analyse_hostile_documents(analyzer, text, language, year):
    analyse_checked(analyzer, raw_document(text, language, year))


@FUZZ_ANALYSIS
@given(text=hostile_text(max_parts=12))
def test_analyse_ingested_hostile_documents(analyzer, text):
    doc = build_document(text, source="fuzz")
    if isinstance(doc, Document):
        analyse_checked(analyzer, doc)
    else:
        assert doc.code in CODES


@pytest.mark.parametrize(
    "name,text",
    [
        ("absurd_numbers", "Gunmen killed 10000000000 civilians in Gao on Monday. 999999999999999999999 soldiers died."),
        ("year_9999", "On 31 December 9999, fighters attacked Kidal, killing 5 people, officials said."),
        ("year_0", "On 1 January 0001 gunmen attacked Menaka. 0000-00-00. February 30, 2024."),
        ("zero_width", "\u200b".join("Gunmen attacked Kidal on Monday, killing 12 civilians.")),
        ("bidi", "\u202eGunmen attacked Kidal on Monday\u202c, killing 12 \u2067civilians\u2069."),
        ("mixed", " ".join(NEWS + NASTY)),
        ("arabic", "هاجم مسلحون قرية قرب غاو يوم الاثنين وقتلوا خمسة مدنيين. " * 10),
        ("long_paragraph", " ".join(NEWS * 20)),  # one ~11 KB paragraph (was quadratic in events.py)
    ]
    + (
        [  # minutes each: only with SITREP_LONG=1
            ("huge_paragraph", " ".join(NEWS * 400)),
            ("one_mb_line", ("Gunmen attacked Kidal and killed 12 people on Monday " * 20000)[: 1024 * 1024]),
        ]
        if LONG
        else []
    ),
)
def test_analyse_monsters(analyzer, name, text):
    doc = raw_document(text)
    analysis = analyse_checked(analyzer, doc)
    if name == "absurd_numbers" and analysis is not None:
        for ev in analysis.events:
            f = ev.fatalities
            for v in (f.low, f.high) if f else ():
                assert v is None or v < 10_000_000_000, "an absurd toll must not be taken at face value"
