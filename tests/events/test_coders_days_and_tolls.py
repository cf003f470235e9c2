"""Days and tolls as ACLED's coders write them, on whole notes: a note dated by its report ("As reported on 4 October
2023, …") keeps that day, where a day told as a saying's stays the week before it; an incident recalled as dated
before the note's ("the operation followed an ambush on 19 April in which three soldiers had died") keeps its own
dead, and the toll told after it is the note's event's; the wounded who die later ("two of the wounded died on 10
May", "one of whom died later in Sevare hospital") add to the toll even when a hospital's town is named; who the
dead were, told after their toll ("left 9 dead: 5 soldiers and 4 militants"), names no new doer."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document


def _events(analyzer, text: str, published: dt.date):
    return analyzer.analyse(make_document(text, published=published)).events


@pytest.mark.parametrize("text, day", [
    ("As reported on 4 October 2023, suspected JNIM militants abducted a pastor near Bandiagara (Bandiagara, Mopti).",
     dt.date(2023, 10, 4)),
    ("As reported by local sources on 9 March 2023, gunmen stole cattle from herders near Niono (Niono, Segou).",
     dt.date(2023, 3, 9)),
])
def test_a_note_dated_by_its_report_keeps_that_day(default_analyzer, text, day):
    events = _events(default_analyzer, text, day)
    assert events and (events[0].date.earliest, events[0].date.latest) == (day, day)


def test_the_saying_day_of_a_deed_told_in_a_clause_is_still_a_week_window(default_analyzer):
    text = "Residents reported on 4 October 2023 that suspected JNIM militants had abducted a pastor near Bandiagara."
    events = _events(default_analyzer, text, dt.date(2023, 10, 4))
    assert events[0].date.earliest == dt.date(2023, 9, 27)


def test_a_recalled_incident_keeps_its_dead_and_the_toll_after_it_is_the_notes(default_analyzer):
    text = ("On 22 April 2023, FAMa and Wagner forces clashed with JNIM militants near Douentza (Douentza, Mopti). "
            "The operation followed an ambush on 19 April in which three soldiers had died. "
            "6 militants were killed in the clash.")
    events = _events(default_analyzer, text, dt.date(2023, 4, 22))
    lead = events[0]
    assert lead.date.earliest == dt.date(2023, 4, 22)
    assert lead.fatalities is not None and lead.fatalities.low == 6


@pytest.mark.parametrize("text, killed", [
    ("On 8 May 2023, JNIM militants attacked a FAMa post near Boni. 4 soldiers were killed. "
     "Two of the wounded died on 10 May.", 6),
    ("On 28 July 2023, a passenger bus struck an IED near Konna (Mopti, Mopti). Seven passengers were injured, "
     "one of whom died later in Sevare hospital.", 1),
])
def test_the_wounded_who_die_later_add_to_the_toll(default_analyzer, text, killed):
    events = _events(default_analyzer, text, dt.date(2023, 5, 8))
    assert events[0].fatalities is not None and events[0].fatalities.low == killed


@pytest.mark.parametrize("text, killed", [
    ("On 12 March 2022, JNIM militants attacked Dioura (Niono, Segou). The attack left 9 dead: 5 soldiers and 4 "
     "militants.", 9),
    ("On 12 March 2022, JNIM militants attacked Dioura (Niono, Segou). The attack left 12 dead (8 civilians and 4 VDP).",
     12),
])
def test_who_the_dead_were_after_their_toll_is_no_new_doer(default_analyzer, text, killed):
    events = _events(default_analyzer, text, dt.date(2022, 3, 12))
    assert events[0].fatalities is not None and events[0].fatalities.low == killed
