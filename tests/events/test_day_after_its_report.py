"""A deed told on a day after its own report's has its year or month slipped ("On 12 April 2021" in a note of 12
March 2021, "On 12 March 2022" in one of 12 March 2021, "On 29 December 2024" in one of 2 January 2024): the year
meant is the one before when that day lies within a month of the report, a later month on the report's own day of
the month is the report's day; any other later day stays as told.  Notes written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.dating import not_after_report
from sitrep.model import DateInterval, Precision

D = dt.date


def _day(day: dt.date, estimate: bool = False) -> DateInterval:
    return DateInterval(earliest=day, latest=day, precision=Precision.day, is_estimate=estimate)


@pytest.mark.parametrize("told, report, meant", [
    (D(2022, 3, 12), D(2021, 3, 12), D(2021, 3, 12)),  # the year ahead
    (D(2024, 12, 29), D(2024, 1, 2), D(2023, 12, 29)),  # the new year written too early
    (D(2021, 4, 12), D(2021, 3, 12), D(2021, 3, 12)),  # the month ahead, on the report's day of the month
    (D(2021, 3, 21), D(2021, 3, 12), D(2021, 3, 21)),  # another day: as told
    (D(2021, 3, 10), D(2021, 3, 12), D(2021, 3, 10)),  # before the report: as told
])
def test_a_day_after_the_report_is_mended_only_when_its_year_or_month_slipped(told, report, meant):
    got = not_after_report(_day(told), _day(report))
    assert (got.earliest, got.latest) == (meant, meant)


def test_a_span_begun_by_the_report_and_an_estimated_report_stay_as_told():
    span = DateInterval(earliest=D(2021, 3, 10), latest=D(2021, 3, 14), precision=Precision.week)
    assert not_after_report(span, _day(D(2021, 3, 12))) == span
    assert not_after_report(_day(D(2022, 3, 12)), _day(D(2021, 3, 12), estimate=True)).earliest == D(2022, 3, 12)


@pytest.mark.parametrize("text, language", [
    ("On 12 April 2021, unidentified gunmen killed two civilians in Djibo (Djibo, Soum).", "en"),
    ("On 12 March 2022, unidentified gunmen killed two civilians in Djibo (Djibo, Soum).", "en"),
    ("Le 12 avril 2021, des hommes armés non identifiés ont tué deux civils à Djibo (Djibo, Soum).", "fr"),
])
def test_a_note_dated_after_its_report_is_coded_on_the_report_day(default_analyzer, make_doc, text, language):
    events = default_analyzer.analyse(make_doc(text, published=D(2021, 3, 12), language=language)).events
    assert events and (events[0].date.earliest, events[0].date.latest) == (D(2021, 3, 12), D(2021, 3, 12))
