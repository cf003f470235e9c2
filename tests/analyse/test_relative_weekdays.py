"""When, counted back from the publication: a bare weekday is the latest such day on or before it,
"last Thursday" / "jeudi dernier" strictly before it (a week back in a Thursday's paper), "hier jeudi"
the named weekday, "On 18 November" the latest 18 November not after the publication."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.model import DateInterval, Precision

THURSDAY = dt.date(2024, 8, 1)
ANCHOR = DateInterval(earliest=THURSDAY, latest=THURSDAY, precision=Precision.day)

CASES = [
    ("en", "On 18 November, gunmen attacked the village.", "2023-11-18"),
    ("en", "Gunmen attacked the village on Tuesday.", "2024-07-30"),
    ("en", "Tuesday's attack killed five people.", "2024-07-30"),
    ("en", "Last Thursday, gunmen attacked the village.", "2024-07-25"),
    ("en", "Gunmen attacked the village last Thursday.", "2024-07-25"),
    ("en", "On Thursday, gunmen attacked the village.", "2024-08-01"),
    ("en", "Yesterday, Wednesday, gunmen attacked the village.", "2024-07-31"),
    ("fr", "Samedi dernier, des hommes armés ont attaqué le village.", "2024-07-27"),
    ("fr", "Jeudi dernier, des hommes armés ont attaqué.", "2024-07-25"),
    ("fr", "Hier jeudi, des hommes armés ont attaqué le village.", "2024-08-01"),
    ("fr", "Hier mercredi, des hommes armés ont attaqué le village.", "2024-07-31"),
    ("fr", "L'attaque de mardi a fait cinq morts.", "2024-07-30"),
    ("fr", "Le 18 novembre, des hommes armés ont attaqué.", "2023-11-18"),
]


@pytest.mark.parametrize("language, text, expected", CASES)
def test_first_date_counts_back_from_publication(language, text, expected):
    found = parse_dates(text, ANCHOR, language)
    assert found, text
    interval = found[0][2]
    assert (interval.earliest.isoformat(), interval.latest.isoformat(), interval.precision) == (
        expected, expected, Precision.day), (text, found)
