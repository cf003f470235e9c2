"""Days told against a report's day in the wordings of ``notes_dates_blind_17.csv`` (notes written for these tests):

- a night told by the weekday it ran into ("overnight into Sunday", "the night into Sunday") is its first day's, the
  Saturday, as a night told by its two days is;
- "three Fridays ago" is the last Friday before the report, two weeks further back;
- "earlier in the month", "at the start of the month", "in mid-month" are the report's month (a part of it), not "the
  month of Ramadan";
- the end of last week (« en fin de semaine dernière », "towards the end of last week") runs from its Friday to its
  Sunday, which holds both the Friday and the weekend its coders take;
- « le dernier week-end » alone is the weekend before the report's week; « le dernier week-end de juin » stays June's;
- « quinze jours » and « huit jours » count two weeks and one (the week around that day), a rough count of days
  (« une dizaine de jours ») the week around its day; a count of days told exactly stays that day;
- a relative day counted from the report's own day dates the deed even where the parse hangs that day on the deed's
  verb (« Le 4 mars 2024, un élu a indiqué que mi-février, des militants … avaient tué … »).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.model import DateInterval, Precision

from tests.analyse.dated_notes import note_event

D = dt.date
MONDAY = D(2024, 5, 13)


def spans(text: str, language: str = "en", published: dt.date = MONDAY) -> list[tuple[dt.date, dt.date]]:
    anchor = DateInterval(earliest=published, latest=published, precision=Precision.day)
    return [(i.earliest, i.latest) for _, _, i in parse_dates(text, anchor, language)]


@pytest.mark.parametrize("text", [
    "Gunmen attacked the post overnight into Sunday, a source said.",
    "In the night into Sunday, gunmen attacked the post.",
])
def test_a_night_told_by_the_weekday_it_ran_into_is_its_first_day(text):
    assert spans(text) == [(D(2024, 5, 11), D(2024, 5, 11))]


def test_weekdays_counted_back_in_weeks():
    assert spans("Three Fridays ago, militants burned the market.") == [(D(2024, 4, 26), D(2024, 4, 26))]
    assert spans("Two Mondays ago, militants burned the market.") == [(D(2024, 4, 29), D(2024, 4, 29))]


@pytest.mark.parametrize("text, published, span", [
    ("Earlier in the month, militants burned the market.", D(2024, 5, 28), (D(2024, 5, 1), D(2024, 5, 31))),
    ("At the start of the month, militants burned the market.", D(2024, 5, 28), (D(2024, 5, 1), D(2024, 5, 10))),
    ("In mid-month, militants burned the market.", D(2024, 5, 28), (D(2024, 5, 11), D(2024, 5, 20))),
])
def test_parts_of_the_report_s_month(text, published, span):
    assert spans(text, published=published) == [span]


def test_the_month_of_a_feast_is_not_the_report_s():
    assert spans("Earlier in the month of Ramadan, militants burned the market.", published=D(2024, 5, 28)) == []


@pytest.mark.parametrize("text, language", [
    ("Towards the end of last week, militants killed two herders.", "en"),
    ("At the end of last week, militants killed two herders.", "en"),
    ("En fin de semaine dernière, des militants ont tué deux bergers.", "fr"),
    ("À la fin de la semaine dernière, des militants ont tué deux bergers.", "fr"),
])
def test_the_end_of_last_week_runs_from_its_friday_to_its_sunday(text, language):
    assert spans(text, language) == [(D(2024, 5, 10), D(2024, 5, 12))]


def test_the_last_weekend_alone_is_the_one_before_the_report_s_week():
    assert spans("Lors du dernier week-end, des militants ont tué deux bergers.", "fr") == [(D(2024, 5, 11), D(2024, 5, 12))]
    assert spans("Le dernier week-end de juin 2023, des militants ont tué deux bergers.", "fr") \
        == [(D(2023, 6, 24), D(2023, 6, 25))]


@pytest.mark.parametrize("text, span", [
    ("Il y a quinze jours, des militants ont tué deux bergers.", (D(2024, 4, 26), D(2024, 5, 2))),
    ("Il y a huit jours, des militants ont tué deux bergers.", (D(2024, 5, 3), D(2024, 5, 9))),
    ("Il y a une dizaine de jours, des militants ont tué deux bergers.", (D(2024, 4, 30), D(2024, 5, 6))),
    ("Il y a une quinzaine de jours, des militants ont tué deux bergers.", (D(2024, 4, 26), D(2024, 5, 2))),
    ("Il y a dix jours, des militants ont tué deux bergers.", (D(2024, 5, 3), D(2024, 5, 3))),
    ("Il y a trois jours, des militants ont tué deux bergers.", (D(2024, 5, 10), D(2024, 5, 10))),
])
def test_french_counts_of_days_as_weeks_and_rough_counts(text, span):
    assert spans(text, "fr") == [span]


def test_a_count_of_days_as_weeks_counted_back_from_a_told_day():
    found = spans("Le 2 mai 2024, des habitants ont enterré un berger. Quinze jours plus tôt, des militants avaient tué "
                  "son frère.", "fr")
    assert (D(2024, 4, 15), D(2024, 4, 21)) in found


@pytest.mark.parametrize("text, published, span", [
    ("Le 4 mars 2024, un élu a indiqué que mi-février, des militants du JNIM avaient tué deux bergers près de Djibo "
     "(Soum, Sahel).", D(2024, 3, 4), (D(2024, 2, 11), D(2024, 2, 17))),
    ("Le 8 janvier 2024, une ONG a signalé que fin décembre, des hommes armés avaient tué trois orpailleurs près de "
     "Kalsaka (Yatenga, Nord).", D(2024, 1, 8), (D(2023, 12, 21), D(2023, 12, 27))),
])
def test_a_relative_day_counted_from_the_report_s_day_dates_the_deed(analyzer, text, published, span):
    event = note_event(analyzer, text, published)
    assert event is not None and (event.date.earliest, event.date.latest) == span
