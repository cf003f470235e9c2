"""The report on the seed articles (full pipeline): it cites only reports that exist, verbatim."""

from __future__ import annotations

import re

from sitrep.cli import main
from sitrep.store import Store


def test_seed_report_cites_only_stored_spans(seeded_db, tmp_path):
    out = tmp_path / "report.md"
    assert main(["--db", str(seeded_db), "report", "--format", "md", "-o", str(out)]) == 0
    md = out.read_text(encoding="utf-8")
    from sitrep.report import build_report

    with Store(seeded_db, read_only=True) as store:
        data = build_report(store)
        assert data.n_events == store.count_events() > 0
        assert data.footnotes
        for f in data.footnotes:
            doc = store.get_document(f.doc_id)
            assert doc is not None, f"footnote {f.n} cites a document that is not stored"
            assert doc.text[f.char_start : f.char_end] == f.quote
            assert f.outlet == doc.outlet  # the note names the outlet the document came from
        stored_docs = {d.doc_id for d in store.iter_documents()}
        assert {s.doc_id for s in data.sources} <= stored_docs
    # every [n] in the text has its note, and every note is used
    used = {int(n) for n in re.findall(r"(?<!\\)\[(\d+)\]", md)}
    assert used == {f.n for f in data.footnotes}
    for heading in ("Main developments", "Fatalities", "Territorial control", "Disputed accounts", "Sources used"):
        assert f"## {heading}" in md


def test_seed_report_html_and_period_filter(seeded_db, tmp_path):
    out = tmp_path / "report.html"
    assert main(["--db", str(seeded_db), "report", "--format", "html", "--since", "2026-01-01", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Period: 2026-01-01 to" in html
    from sitrep.report import build_report

    with Store(seeded_db, read_only=True) as store:
        data = build_report(store, since=__import__("datetime").date(2026, 1, 1))
    for row in data.event_rows:
        assert row["date"].split("/")[-1] >= "2026-01-01"


def test_report_usage_errors(seeded_db):
    assert main(["--db", str(seeded_db), "report", "--format", "pdf"]) == 2  # PDF needs -o
    assert main(["--db", str(seeded_db), "report", "--since", "2026-02-01", "--until", "2026-01-01"]) == 2
    assert main(["--db", str(seeded_db), "report", "--since", "yesterday"]) == 2
