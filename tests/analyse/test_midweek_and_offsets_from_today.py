"""Parts of a week told by their middle or with a stress, and offsets back counted from today (notes written for these
tests, in the wordings of ``notes_dates_blind_18.csv``):

- "midweek", "in the middle of this week" are the report's week's Tuesday to Thursday, "in the middle of last week"
  the week before's; a midweek market or prayer is no date;
- "at the very start of the week", « en tout début de semaine » are the week's first three days, as their unstressed
  forms;
- "a week ago today", « il y a une semaine aujourd'hui » are that very weekday; "a week ago, today's report…" stays the
  week around it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.model import DateInterval, Precision

D = dt.date
SATURDAY = D(2025, 4, 26)


def spans(text: str, language: str = "en", published: dt.date = SATURDAY) -> list[tuple[dt.date, dt.date]]:
    anchor = DateInterval(earliest=published, latest=published, precision=Precision.day)
    return [(i.earliest, i.latest) for _, _, i in parse_dates(text, anchor, language)]


@pytest.mark.parametrize("text, language, first, last", [
    ("Midweek, gunmen killed two herders.", "en", D(2025, 4, 22), D(2025, 4, 24)),
    ("Gunmen killed two herders in mid-week.", "en", D(2025, 4, 22), D(2025, 4, 24)),
    ("In the middle of this week, gunmen killed two herders.", "en", D(2025, 4, 22), D(2025, 4, 24)),
    ("In the middle of last week, gunmen killed two herders.", "en", D(2025, 4, 15), D(2025, 4, 17)),
    ("At the very start of the week, gunmen killed two herders.", "en", D(2025, 4, 21), D(2025, 4, 23)),
    ("En tout début de semaine, des hommes armés ont tué deux bergers.", "fr", D(2025, 4, 21), D(2025, 4, 23)),
    ("En plein milieu de semaine, des hommes armés ont tué deux bergers.", "fr", D(2025, 4, 22), D(2025, 4, 24)),
])
def test_a_part_of_a_week_is_its_three_days(text, language, first, last):
    assert spans(text, language) == [(first, last)]


def test_a_midweek_market_is_no_date():
    assert spans("Gunmen attacked traders at the midweek market of the town.") == []


@pytest.mark.parametrize("text, language", [
    ("A week ago today, gunmen killed two herders.", "en"),
    ("Il y a une semaine aujourd'hui, des hommes armés ont tué deux bergers.", "fr"),
])
def test_an_offset_counted_from_today_is_that_very_day(text, language):
    assert spans(text, language) == [(D(2025, 4, 19), D(2025, 4, 19))]


def test_an_offset_before_todays_report_stays_the_week_around_it():
    assert (D(2025, 4, 16), D(2025, 4, 22)) in spans("A week ago, today's report said, gunmen killed two herders.")
