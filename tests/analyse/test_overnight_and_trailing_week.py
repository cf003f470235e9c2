"""A night told with "overnight" and two day numbers ("overnight on 4-5 May", "overnight from May 4 to 5")
is one night, dated on its first day; "the past week" (« ces sept derniers jours ») is the seven days up
to the writing, not the calendar week before it, which "last week" names."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.model import DateInterval, Precision

D = dt.date
THURSDAY = D(2026, 5, 7)


def _on(day: dt.date) -> DateInterval:
    return DateInterval(earliest=day, latest=day, precision=Precision.day)


def only(text: str, published: dt.date, language: str = "en") -> DateInterval:
    found = parse_dates(text, _on(published), language)
    assert len(found) == 1, found
    return found[0][2]


@pytest.mark.parametrize("text", [
    "Gunmen set fire to the granaries of Siby overnight on 4-5 May, a herder said.",
    "Militants raided the camp overnight on May 4-5, the regional governor said.",
    "The convoy was ambushed overnight from 4 to 5 May near the river crossing.",
    "Drones struck the hideout overnight between May 4 and 5, 2026, the army said.",
    "The checkpoint came under fire during the night of 4-5 May.",
])
def test_an_overnight_span_is_its_first_day(text):
    day = only(text, THURSDAY)
    assert (day.earliest, day.latest, day.precision) == (D(2026, 5, 4), D(2026, 5, 4), Precision.day)


def test_a_bare_overnight_is_still_the_night_ending_on_the_publication_day():
    day = only("Gunmen struck a market overnight, killing two traders.", THURSDAY)
    assert (day.earliest, day.latest) == (THURSDAY, THURSDAY)


@pytest.mark.parametrize("text, language", [
    ("The army said it had killed 40 fighters over the past week.", "en"),
    ("Residents reported three abductions in the last seven days.", "en"),
    ("L'armée dit avoir neutralisé 40 terroristes au cours des sept derniers jours.", "fr"),
])
def test_the_past_week_is_the_seven_days_up_to_the_writing(text, language):
    span = only(text, THURSDAY, language)
    assert (span.earliest, span.latest) == (D(2026, 4, 30), THURSDAY)


def test_last_week_is_still_the_calendar_week_before():
    span = only("Clashes broke out near the well last week, a herder said.", THURSDAY)
    assert (span.earliest, span.latest) == (D(2026, 4, 27), D(2026, 5, 3))
