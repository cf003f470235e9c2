"""Scoring a file of notes for the two fields a date-and-toll test checks, as ``sitrep eval acled`` scores them.

A note's date holds when its event's interval contains the coded day and is no wider than the note's
time_precision allows (a day, a week, a month); its toll holds when the event's fatalities equal the coded ones."""

from __future__ import annotations

import csv
from pathlib import Path

from sitrep.eval.notes import note_document, primary_event, read_notes, score_note

WIDTH_DAYS = {1: 1, 2: 7, 3: 31}


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
