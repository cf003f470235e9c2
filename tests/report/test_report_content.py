"""Report content built from hand-built events: statements cite real spans, sections say the right thing."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from sitrep.knowledge.actor_names import ActorNames
from sitrep.model import Actor
from sitrep.report import build_report, render

ACTORS = {
    "fama": Actor(actor_id="fama", name="Military Forces of Mali", kind="state_forces"),
    "csp-dpa": Actor(actor_id="csp-dpa", name="CSP-DPA", kind="rebel_group"),
    "cma": Actor(actor_id="cma", name="Coordination of Azawad Movements", kind="rebel_group"),
    "wagner": Actor(actor_id="wagner", name="Wagner Group", kind="external_forces"),
    "jnim": Actor(actor_id="jnim", name="JNIM", kind="political_militia"),
}


@pytest.fixture
def report(events, control):
    return build_report(None, events=events, control=control, names=ActorNames(None, actors=ACTORS))


def test_every_footnote_quotes_its_document(report, seed_docs):
    texts = {d.doc_id: d.text for d in seed_docs}
    assert report.footnotes
    for f in report.footnotes:
        assert texts[f.doc_id][f.char_start : f.char_end] == f.quote
    assert [f.n for f in report.footnotes] == list(range(1, len(report.footnotes) + 1))


def test_every_statement_cites_existing_footnotes(report):
    numbers = {f.n for f in report.footnotes}
    statements = report.developments + report.holdings + report.changes
    statements += [d.event for d in report.disputes] + [v for d in report.disputes for v in d.versions]
    for s in statements:
        assert s.cites, s.text
        assert set(s.cites) <= numbers
    for t in report.by_area + report.by_actor:
        assert t.cites and set(t.cites) <= numbers


def test_sections(report, events):
    texts = [s.text for s in report.developments]
    assert any("CSP-DPA (with JNIM) took control of Tinzaouaten from Military Forces of Mali" in t for t in texts)
    assert any("In October 2023 (estimated)" in t for t in texts)
    kidal = next(t for t in report.by_area if t.label == "Kidal")
    assert (kidal.events, kidal.low, kidal.high, kidal.range) == (2, 22, None, "at least 22")
    fama = next(t for t in report.by_actor if t.label == "Military Forces of Mali")
    assert fama.events == 2
    holds = " ".join(s.text for s in report.holdings)
    assert "Military Forces of Mali holds Kidal since 2023-11-14" in holds
    assert "CSP-DPA holds Tinzaouaten" in holds
    assert any("took control of Kidal from Coordination of Azawad Movements" in s.text for s in report.changes)
    versions = [v.text for d in report.disputes for v in d.versions]
    assert versions == ["CSP-DPA: fled", "Military Forces of Mali: pullback"]
    assert {s.doc_id for s in report.sources} == {r.doc_id for e in events for r in e.reports}


def test_period_and_place_filters(events, control):
    names = ActorNames(None, actors=ACTORS)
    r = build_report(None, since=dt.date(2024, 1, 1), until=dt.date(2024, 12, 31), events=events,
                     control=control, names=names)
    assert [row["event_id"] for row in r.event_rows] == ["ev-battle"]
    assert not r.changes or all("2024" in s.text for s in r.changes)
    r = build_report(None, place="kidal", events=events, control=control, names=names)
    assert {row["event_id"] for row in r.event_rows} == {"ev-battle", "ev-clash", "ev-retake"}  # admin1 Kidal
    assert all("Kidal" in s.text for s in r.holdings)


def test_markdown_cites_and_escapes(report, events):
    md = render(report, "md")
    assert md.startswith("# Situation report")
    for heading in ("Main developments", "Fatalities", "Territorial control", "Disputed accounts", "Sources used", "Notes"):
        assert f"## {heading}" in md
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", md)}
    assert cited == {f.n for f in report.footnotes}
    assert "Wagner <b>" not in md  # no raw markup from article text


def test_html_is_autoescaped(events, control, seed_docs):
    from sitrep.model import Report

    evil = events[0].model_copy(deep=True)
    evil.location = "<script>alert(1)</script>"
    evil.reports = [Report(mention_id="x:0", doc_id=seed_docs[0].doc_id, outlet="<img src=x onerror=alert(1)>",
                           char_start=0, char_end=5, quote="<b>quote</b>")]
    r = build_report(None, events=[evil], control=[], names=ActorNames(None, actors=ACTORS))
    html = render(r, "html")
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>quote</b>" not in html
    assert "&lt;script&gt;" in html and 'href="#fn1"' in html and 'id="fn1"' in html
