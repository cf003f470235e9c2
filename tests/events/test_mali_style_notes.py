"""ACLED-style notes about Mali (tests/data/mali_style_notes*.csv, invented for this test, in the
columns of ACLED's export): the kinds of event Malian notes report and Burkinabe ones rarely do —
FAMa drone strikes, IEDs on FAMa and Africa Corps convoys, passengers taken from buses, fuel tankers
burned to enforce a JNIM blockade, cattle driven off, arrests at weekly fairs, FLA and CSP rebels
against the army, executions of detainees, disappearances after arrest.  Each note is a document
published on its event date, as `sitrep eval acled` reads it: it must yield an event, the first
one coded with the note's event type and sub-event type."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

# the second file (invented too) tells the same kinds of event in other words: operations against
# militants, enemies "neutralised", villages defended by militiamen, victims named in the next
# sentence, levies imposed by an armed group, suicide vehicle bombs, MINUSMA camps shelled
NOTES = [row for name in ("mali_style_notes.csv", "mali_style_notes_2.csv")
         for row in csv.DictReader((Path(__file__).parents[1] / "data" / name).open(encoding="utf-8"))]


@pytest.mark.parametrize("row", NOTES, ids=[f"{i}:{r['sub_event_type']}" for i, r in enumerate(NOTES, start=1)])
def test_note_found_and_coded(analyzer, make_doc, row):
    doc = make_doc(row["notes"], published=dt.date.fromisoformat(row["event_date"]))
    events = analyzer.analyse(doc).events
    assert events, "no event"
    first = events[0]
    assert (first.event_type, first.sub_event_type) == (row["event_type"], row["sub_event_type"]), \
        [(e.event_type, e.sub_event_type, e.trigger) for e in events]
