"""A full date copied into a note from a source in another language ("On 4 mars 2024" in an English note) is that
day, as a month of the note's own language would be; Labour Day (« la fête du Travail ») is 1 May; and "overnight"
(« cette nuit ») told in a report of a given day is the night that ended on that day, dated as ACLED dates a night,
on the day it began, while a bare "overnight" in a note stays on the note's own day."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.model import DateInterval, Precision

D = dt.date


def _on(day: dt.date) -> DateInterval:
    return DateInterval(earliest=day, latest=day, precision=Precision.day)


def days(text: str, published: dt.date, language: str = "en") -> list[tuple[dt.date, dt.date]]:
    return [(i.earliest, i.latest) for _, _, i in parse_dates(text, _on(published), language)]


@pytest.mark.parametrize("text, day", [
    ("On 4 mars 2024, JNIM militants attacked the gendarmerie post of Sebba.", D(2024, 3, 4)),
    ("A local radio reported that le samedi 13 avril 2024, gunmen shot dead a trader.", D(2024, 4, 13)),
    ("Militants attacked a FAMa position on 12 avril 2024; ten militants were killed.", D(2024, 4, 12)),
    ("On 9 février 2024, gunmen killed two herders near the well.", D(2024, 2, 9)),
    ("On 15 août 2024, gunmen killed two herders near the well.", D(2024, 8, 15)),
])
def test_a_full_date_with_a_french_month_in_an_english_note_is_that_day(text, day):
    assert days(text, D(2024, 12, 31)) == [(day, day)]


def test_an_english_month_in_a_french_full_date_is_that_day():
    assert days("Le 4 March 2024, des hommes armés ont tué deux bergers.", D(2024, 12, 31), "fr") == \
        [(D(2024, 3, 4), D(2024, 3, 4))]


def test_a_french_month_word_without_day_and_year_is_no_date_in_english():
    assert days("The rebels of the Mars brigade attacked the post.", D(2024, 5, 1)) == []


@pytest.mark.parametrize("text, language", [
    ("On Labour Day 2024, gunmen killed two workers near Tamou.", "en"),
    ("On International Workers' Day, gunmen killed two workers.", "en"),
    ("Le jour de la fête du Travail 2024, des hommes armés ont tué deux ouvriers.", "fr"),
])
def test_labour_day_is_the_first_of_may(text, language):
    assert days(text, D(2024, 5, 20), language) == [(D(2024, 5, 1), D(2024, 5, 1))]


def test_overnight_told_in_a_dated_report_is_the_night_begun_the_day_before():
    found = days("Local sources said on Sunday 12 May 2024 that overnight, JNIM militants had attacked the post.",
                 D(2024, 5, 11))
    assert (D(2024, 5, 11), D(2024, 5, 11)) in found
    assert (D(2024, 5, 12), D(2024, 5, 12)) in found  # (the report's own day, told as such)


def test_cette_nuit_told_in_a_dated_report_is_the_night_begun_the_day_before():
    found = days("Le dimanche 12 mai 2024, des habitants ont indiqué que cette nuit, des hommes armés ont tué deux "
                 "villageois.", D(2024, 5, 11), "fr")
    assert (D(2024, 5, 11), D(2024, 5, 11)) in found


def test_a_bare_overnight_in_a_note_stays_on_the_notes_day():
    assert days("Overnight, JNIM militants attacked the VDP post of Tougouri.", D(2024, 5, 11)) == \
        [(D(2024, 5, 11), D(2024, 5, 11))]


def test_another_languages_abbreviated_month_is_no_full_date():
    # (« BAMAKO, 20 oct 2027 (AFP) »: a dispatch's dateline, read by the letterhead, not a day of the story's deed)
    found = parse_dates("BAMAKO, 20 oct 2027 (AFP) - Les rebelles ont affirmé mardi avoir tué des soldats.",
                        _on(D(2027, 10, 20)), "fr")
    assert not any("oct" in interval.evidence for _, _, interval in found), found
