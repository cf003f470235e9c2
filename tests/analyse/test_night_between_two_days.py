"""A night told by the two days it lies between ("the night between 9 and 10 October", « la nuit entre le 9 et
le 10 octobre », "the night between Saturday and Sunday") is one night, dated on its first day like "the night
of 9 to 10 October"; a plain "between 9 and 10 October" stays a span of both days."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.model import DateInterval, Precision

D = dt.date
THURSDAY = D(2026, 10, 15)


def only(text: str, language: str = "en") -> DateInterval:
    found = parse_dates(text, DateInterval(earliest=THURSDAY, latest=THURSDAY, precision=Precision.day), language)
    assert len(found) == 1, found
    return found[0][2]


@pytest.mark.parametrize("text, language", [
    ("On the night between 9 and 10 October 2026, gunmen killed a herder near the well.", "en"),
    ("Gunmen killed a herder during the night between October 9 and 10.", "en"),
    ("Dans la nuit entre le 9 et le 10 octobre 2026, des hommes armés ont tué un berger.", "fr"),
])
def test_a_night_between_two_days_is_its_first_day(text, language):
    day = only(text, language)
    assert (day.earliest, day.latest, day.precision) == (D(2026, 10, 9), D(2026, 10, 9), Precision.day)


@pytest.mark.parametrize("text, language", [
    ("On the night between Friday and Saturday, gunmen killed a herder near the well.", "en"),
    ("Dans la nuit entre vendredi et samedi, des hommes armés ont tué un berger.", "fr"),
])
def test_a_night_between_two_weekdays_is_the_first(text, language):
    day = only(text, language)
    assert (day.earliest, day.latest) == (D(2026, 10, 9), D(2026, 10, 9))


def test_a_plain_span_between_two_days_keeps_both():
    span = only("Between 9 and 10 October 2026, gunmen killed a herder near the well.")
    assert (span.earliest, span.latest) == (D(2026, 10, 9), D(2026, 10, 10))
