"""One-sentence ACLED-style notes (our own writing) each yield exactly one coded event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from unidecode import unidecode


NOTES = yaml.safe_load((Path(__file__).parent / "notes" / "notes_en.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("note", NOTES, ids=[n["sub_event_type"] + ":" + n["place"] for n in NOTES])
def test_note_yields_one_event(analyzer, make_doc, note):
    doc = make_doc(note["text"], published=dt.date(2025, 1, 31))
    analysis = analyzer.analyse(doc)
    assert len(analysis.events) == 1, [(e.sub_event_type, e.trigger) for e in analysis.events]
    event = analysis.events[0]
    assert (event.event_type, event.sub_event_type) == (note["event_type"], note["sub_event_type"])
    assert event.place is not None
    # gazetteer names may be longer ("Anefis I-n-Darane"); the note's name must begin it
    assert unidecode(event.place.name).lower().startswith(unidecode(note["place"]).lower())
    assert event.place.country == "ML"
    expected = note["fatalities"]
    if expected is None:
        assert event.fatalities is None or event.fatalities.low is None
    else:
        assert event.fatalities is not None
        assert (event.fatalities.low, event.fatalities.high) == (expected["low"], expected["high"])
    # the date stated in the note, never the publication date
    assert event.date is not None and event.date.earliest.year == 2024
