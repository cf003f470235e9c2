"""Tolls and dates in wordings the readers missed: a killing told by its manner around its victims ("beat two
suspected thieves to death"), a pronoun's dead counted back ("took out three passengers and burned them alive"),
"N of them", "a score of", a range of figures ("two to three": the lowest), a span's first day never a count ("the
night of 4 to 5 May, gunmen killed 2"); ACLED's "Around 10 June (between 9 - 11 June)" (the named day, to the week),
"on 3 or 4 March", and a part of last month ("at the end of last month")."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.analyse.fatalities import find_fatalities
from sitrep.model import DateInterval, Precision

D = dt.date


@pytest.mark.parametrize("text, language, low, high", [
    ("a crowd beat two suspected cattle thieves to death near the market", "en", 2, 2),
    ("gunmen stopped a lorry, took out four drivers and burned them alive", "en", 4, 4),
    ("youths caught the suspect and burned him alive", "en", 1, 1),
    ("militants hanged three traders from a tree", "en", 3, 3),
    ("the jihadists slit the throats of six herders", "en", 6, 6),
    ("the soldiers pushed back the raid, neutralising 12 of them", "en", 12, 12),
    ("the army put out of action 30 terrorists", "en", 30, 30),
    ("A score of militiamen were killed", "en", 20, 20),
    ("nearly two dozen soldiers were killed", "en", 24, 24),
    ("killing half a dozen herders", "en", 6, 6),
    ("a handful of gendarmes were killed", "en", 3, None),
    ("Three to four villagers were killed", "en", 3, 4),
    ("deux à trois civils ont été tués", "fr", 2, 3),
    ("In the night of 7 to 8 March, gunmen killed 2 farmers", "en", 2, 2),
    ("On 30 October 2021, five bodies were found in a well", "en", 5, 5),
])
def test_the_dead_are_counted(text, language, low, high):
    killed, _ = find_fatalities(text, language)
    # (ACLED codes the lowest figure given: the low end is the toll, whatever upper bound is kept)
    assert killed is not None and killed.low == low and killed.high in (high, low, None), killed


def test_a_side_own_dead_are_no_pronoun_toll():
    killed, _ = find_fatalities("the militants took five hostages and lost them in the fighting")
    assert killed is None


def _on(day: dt.date) -> DateInterval:
    return DateInterval(earliest=day, latest=day, precision=Precision.day)


@pytest.mark.parametrize("text, published, language, first, last, precision", [
    ("Around 10 June 2022 (between 9 - 11 June), militants", D(2022, 6, 10), "en", D(2022, 6, 10), D(2022, 6, 11), "week"),
    ("Around 30 December 2021 (between 29 December - 1 January), gunmen", D(2021, 12, 30), "en",
     D(2021, 12, 30), D(2022, 1, 1), "week"),
    ("Vers le 10 juin 2022 (entre le 9 et le 11 juin), des hommes armés", D(2022, 6, 10), "fr", D(2022, 6, 10),
     D(2022, 6, 11), "week"),
    ("On 3 or 4 March 2022, gunmen", D(2022, 3, 3), "en", D(2022, 3, 3), D(2022, 3, 4), "week"),
    ("At the end of last month, gunmen", D(2022, 6, 8), "en", D(2022, 5, 21), D(2022, 5, 31), "month"),
    ("Early this month, militants", D(2022, 6, 8), "en", D(2022, 6, 1), D(2022, 6, 8), "month"),
    ("À la fin du mois dernier, des hommes armés", D(2022, 6, 8), "fr", D(2022, 5, 21), D(2022, 5, 31), "month"),
])
def test_spans_as_acled_codes_them(text, published, language, first, last, precision):
    found = parse_dates(text, _on(published), language)
    assert len(found) == 1, found
    iv = found[0][2]
    assert (iv.earliest, iv.latest, iv.precision.value) == (first, last, precision)
