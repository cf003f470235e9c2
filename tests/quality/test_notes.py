"""ACLED-note scoring rules on hand-built analyses (no pipeline run)."""

from __future__ import annotations

import datetime as dt

from sitrep.eval.notes import Note, acled_name_variants, note_document, score_note
from sitrep.model import Analysis, DateInterval, EventMention, Fatalities, PlaceMention, Precision, Span

NOTE = Note(row=1, notes="On 3 May 2025, militants attacked a post near Gao. 9 soldiers were killed.",
            event_date=dt.date(2025, 5, 3), event_type="Battles", sub_event_type="Armed clash",
            actor1="JNIM: Group for Support of Islam and Muslims", actor2="Military Forces of Mali (2021-)",
            location="Gao", latitude=16.27, longitude=-0.04, fatalities=9)


def _mention(start: int, **kw) -> EventMention:
    span = Span(doc_id="d", char_start=start, char_end=start + 10)
    return EventMention(mention_id=f"d:{start}", span=span, **kw)


def _resolve(name: str) -> str | None:
    return {"jnim": "jnim", "military forces of mali": "malian-armed-forces"}.get(name.lower())


def test_a_note_read_as_one_event_scores_every_field():
    day = DateInterval(earliest=dt.date(2025, 5, 3), latest=dt.date(2025, 5, 3), precision=Precision.day)
    gao = PlaceMention(span=Span(doc_id="d", char_start=45, char_end=48), surface="Gao", place_id="gn:1",
                       name="Gao", latitude=16.27, longitude=-0.05, country="ML")
    analysis = Analysis(doc_id="d", events=[
        _mention(0, event_type="Battles", sub_event_type="Armed clash", side1=["jnim"], side2=["malian-armed-forces"],
                 place=gao, date=day),
        _mention(50, event_type="Battles", sub_event_type="Armed clash", fatalities=Fatalities(low=9, high=9)),
    ])
    score = score_note(NOTE, analysis, _resolve)
    assert score.all_ok, score.failures()


def test_no_event_fails_every_field_and_wrong_figures_fail():
    assert not any(ok for ok, _, _ in score_note(NOTE, Analysis(doc_id="d"), _resolve).checks.values())
    analysis = Analysis(doc_id="d", events=[
        _mention(0, event_type="Battles", sub_event_type="Armed clash", fatalities=Fatalities(low=90))])
    checks = score_note(NOTE, analysis, _resolve).checks
    assert checks["event_type"][0] and not checks["fatalities"][0] and not checks["place"][0]
    assert not checks["actor1"][0] and not checks["date"][0]


def test_acled_names_and_documents():
    assert acled_name_variants("Military Forces of Mali (2021-)") == ["Military Forces of Mali (2021-)", "Military Forces of Mali"]
    assert acled_name_variants("Civilians (Niger)") == ["Civilians (Niger)"]
    # a unit named after the period tries the force it belongs to
    assert acled_name_variants("Military Forces of Mali (2021-) Air Force")[-1] == "Military Forces of Mali"
    assert "JNIM" in acled_name_variants("JNIM: Group for Support of Islam and Muslims")
    doc = note_document(NOTE, "notes.csv")
    assert doc.published.date == NOTE.event_date and doc.clean_text == NOTE.notes
    assert len(doc.doc_id) == 16
