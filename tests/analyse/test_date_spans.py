"""Spans of days told in news and ACLED notes ("between 3 and 5 June", « du 7 au 9 avril », "the night of 4 to
5 May", « dans la nuit de samedi à dimanche », "the first week of June"): the span from its first day, a
night on the day it began, never the span's last day alone."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.model import DateInterval, Precision

D = dt.date


def _on(day: dt.date) -> DateInterval:
    return DateInterval(earliest=day, latest=day, precision=Precision.day)


def only(text: str, published: dt.date, language: str = "en") -> DateInterval:
    found = parse_dates(text, _on(published), language)
    assert len(found) == 1, found
    return found[0][2]


@pytest.mark.parametrize("text, published, language, first, last, precision", [
    ("Between 3 and 5 June 2024, soldiers fought", D(2024, 6, 6), "en", D(2024, 6, 3), D(2024, 6, 5), "week"),
    ("from the 3rd to the 5th of June, fighters", D(2024, 6, 9), "en", D(2024, 6, 3), D(2024, 6, 5), "week"),
    ("clashes between June 3 and 5, 2024 near", D(2024, 7, 1), "en", D(2024, 6, 3), D(2024, 6, 5), "week"),
    ("raids on 3-5 June 2024 around", D(2024, 6, 3), "en", D(2024, 6, 3), D(2024, 6, 5), "week"),
    # told on the first day of the span (an ACLED note is published on its event date): the span is ahead
    ("Between 7 and 9 April, militants raided", D(2025, 4, 7), "en", D(2025, 4, 7), D(2025, 4, 9), "week"),
    # across New Year, without a year
    ("between 30 December and 2 January, gunmen", D(2025, 1, 3), "en", D(2024, 12, 30), D(2025, 1, 2), "week"),
    ("Du 7 au 9 avril 2025, des hommes armés", D(2025, 4, 10), "fr", D(2025, 4, 7), D(2025, 4, 9), "week"),
    ("Entre le 28 février et le 3 mars, les FAMa", D(2024, 3, 5), "fr", D(2024, 2, 28), D(2024, 3, 3), "week"),
    ("operations from 1 to 20 May 2024 in", D(2024, 5, 21), "en", D(2024, 5, 1), D(2024, 5, 20), "month"),
    ("On 3 and 4 June 2024, troops clashed", D(2024, 6, 3), "en", D(2024, 6, 3), D(2024, 6, 4), "week"),
    ("Les 3 et 4 juin, des hommes armés", D(2024, 6, 5), "fr", D(2024, 6, 3), D(2024, 6, 4), "week"),
    ("On the night of 4 to 5 May 2025, hunters", D(2025, 5, 6), "en", D(2025, 5, 4), D(2025, 5, 4), "day"),
    ("during the night of 31 January to 1 February, a", D(2025, 2, 1), "en", D(2025, 1, 31), D(2025, 1, 31), "day"),
    ("Dans la nuit du 4 au 5 mai, le camp", D(2025, 5, 5), "fr", D(2025, 5, 4), D(2025, 5, 4), "day"),
    ("dans la nuit de samedi à dimanche, des", D(2024, 9, 23), "fr", D(2024, 9, 21), D(2024, 9, 21), "day"),
    ("on the night of Friday to Saturday, gunmen", D(2024, 9, 23), "en", D(2024, 9, 20), D(2024, 9, 20), "day"),
    ("During the first week of June 2024, militants", D(2024, 6, 20), "en", D(2024, 6, 1), D(2024, 6, 7), "week"),
    ("la dernière semaine de mai, des enlèvements", D(2024, 6, 6), "fr", D(2024, 5, 25), D(2024, 5, 31), "week"),
])
def test_a_span_from_its_first_day(text, published, language, first, last, precision):
    interval = only(text, published, language)
    assert (interval.earliest, interval.latest, interval.precision.value) == (first, last, precision)


def test_no_span():
    assert parse_dates("children aged 3-5 may attend", _on(D(2024, 6, 30))) == []  # "may" the verb
    # a period longer than any event's span is left to the day readers (its two ends)
    found = parse_dates("from 1 March to 20 June 2024, the mission", _on(D(2024, 6, 30)))
    assert [(i.earliest, i.latest) for _, _, i in found] == [(D(2024, 3, 1),) * 2, (D(2024, 6, 20),) * 2]


def test_the_previous_day_opening_a_clause_counts_back_from_the_told_day():
    text = "On 13 November 2024, the army said that the previous day its troops had repelled an attack."
    found = parse_dates(text, _on(D(2024, 11, 14)))
    assert [(text[s:e], i.earliest) for s, e, i in found] == [
        ("13 November 2024", D(2024, 11, 13)), ("the previous day", D(2024, 11, 12))]


def test_overnight_is_the_publication_day_unless_a_day_is_told():
    assert only("Gunmen stormed the village overnight, residents said.", D(2024, 11, 12)).earliest == D(2024, 11, 12)
    found = parse_dates("Gunmen attacked overnight on 4 May 2025.", _on(D(2025, 5, 6)))
    assert [i.earliest for _, _, i in found] == [D(2025, 5, 4)]


@pytest.mark.parametrize("text, language", [
    # published on the Saturday the night began: the weekdays alone would name the week before's
    ("Dans la nuit de samedi à dimanche (11 au 12 janvier 2025), des militants ont attaqué le poste.", "fr"),
    ("dans la nuit du samedi au dimanche, 11 au 12 janvier, des hommes armés ont tué", "fr"),
    ("On the night of Saturday to Sunday (11 to 12 January 2025), gunmen attacked the post.", "en"),
])
def test_a_weekday_night_is_dated_by_the_days_in_its_bracket(text, language):
    night = only(text, D(2025, 1, 11), language)
    assert (night.earliest, night.latest) == (D(2025, 1, 11), D(2025, 1, 11))
