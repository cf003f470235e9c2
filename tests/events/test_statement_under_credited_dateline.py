"""A side's statement told under a wire's capital dateline that carries the country ("NIAMEY, Niger (AP) —")
reports the deed told before it, not a deed at the capital: with no place of its own, it keeps the deed's place
and day, even when it calls the deed in its own quoted words (the "cowardly attack")."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.refers_back import refers_back
from sitrep.ingest.dateline import place_opens_dateline

from .conftest import make_document

THURSDAY = dt.date(2026, 12, 3)

STORY = ("{line} — Gunmen attacked an army post in the town of Ansongo on Tuesday, killing at least nine soldiers, "
         "a local official said Thursday.\n\n"
         "{statement}")


@pytest.mark.parametrize("line, statement", [
    ("BAMAKO, Mali (AP)", 'The army said in a statement that three soldiers died and 12 terrorists were neutralized in '
                          'the "barbaric attack", which it said was repelled.'),
    ("BAMAKO, Mali (AP)", "The defence ministry said in a communique that the assault was repelled and that two "
                          "soldiers were killed."),
    ("BAMAKO (Reuters)", "The general staff said in a statement that the “cowardly” attack had been repelled, with "
                         "four soldiers killed."),
])
def test_the_statement_keeps_the_deeds_place_and_day(default_analyzer, line, statement):
    doc = make_document(STORY.format(line=line, statement=statement), THURSDAY)
    events = default_analyzer.analyse(doc).events
    told = [e for e in events if e.span.char_start >= doc.text.index(statement)]
    assert told, [(e.event_type, e.place) for e in events]
    for e in told:
        assert e.place is not None and e.place.name == "Ansongo", e.place
        assert e.date is not None and e.date.earliest == dt.date(2026, 12, 1), e.date


def test_a_credited_line_with_its_country_is_a_dateline():
    text = "NIAMEY, Niger (AP) — Soldiers were killed."
    assert place_opens_dateline(text, 0, len("NIAMEY"))
    assert not place_opens_dateline("Soldiers left NIAMEY, Niger (AP) — and more.", 14, 20)


@pytest.mark.parametrize("text, expected", [
    ('The army called it the "cowardly attack" and vowed revenge.', True),
    ("Officials described the « ignoble » ambush in detail.", True),
    ("The army said four soldiers died.", False),
])
def test_a_quoted_name_of_the_deed_refers_back(text, expected):
    assert refers_back(text) is expected
