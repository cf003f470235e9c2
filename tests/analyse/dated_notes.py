"""Reading notes as ``sitrep eval acled`` reads them, for the analyse tests.

``date_and_toll_checks`` scores a file of notes for the two fields a date-and-toll test checks: a note's date holds
when its event's interval contains the coded day and is no wider than the note's time_precision allows (a day, a
week, a month); its toll holds when the event's fatalities equal the coded ones.  ``note_event`` and ``note_place``
read one note published on a fixed day, for the place tests; ``fused_note_event`` takes a note the whole way (ingest →
analyse → store → fuse, as ``sitrep eval acled`` runs it) to the fused event it yields first."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from sitrep.eval.endtoend import run_texts, TextRecord
from sitrep.eval.notes import Note, note_document, primary_event, read_notes, score_note

WIDTH_DAYS = {1: 1, 2: 7, 3: 31}
# the day the place tests' notes are published on (their deeds are told on it)
NOTE_DAY = dt.date(2026, 6, 2)


def note_event(analyzer, text: str, day: dt.date = NOTE_DAY):
    """The event ``sitrep eval acled`` scores for a note of ``text`` published on ``day`` (None when there is none)."""
    note = Note(row=1, notes=text, event_date=day, event_type="", sub_event_type="")
    return primary_event(analyzer.analyse(note_document(note, "test")))


def fused_note_event(text: str, day: dt.date = dt.date(2025, 10, 15)):
    """The fused event a note of ``text`` published on ``day`` yields first; the note must yield one."""
    result = run_texts([TextRecord(key="note", text=text, published=day)]).results[0]
    event = result.primary_event()
    assert event is not None, text
    return event


def note_place(analyzer, text: str, day: dt.date = NOTE_DAY):
    """The place of that event; the note must yield an event with a place."""
    event = note_event(analyzer, text, day)
    assert event is not None and event.place is not None, text
    return event.place


def date_and_toll_checks(analyzer, path: Path) -> list[tuple]:
    """(note, date holds, toll holds) for each note of ``path``."""
    with path.open(encoding="utf-8") as fh:
        precisions = [int(r["time_precision"]) for r in csv.DictReader(fh)]
    out = []
    for note, precision in zip(read_notes(path), precisions):
        analysis = analyzer.analyse(note_document(note, str(path)))
        event = primary_event(analysis)
        interval = event.date if event else None
        date_ok = interval is not None and interval.earliest <= note.event_date <= interval.latest and (
            (interval.latest - interval.earliest).days + 1 <= WIDTH_DAYS[precision])
        out.append((note, date_ok, score_note(note, analysis, lambda name: None).checks["fatalities"][0]))
    return out
