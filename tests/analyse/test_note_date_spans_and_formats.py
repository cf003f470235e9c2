"""Dates of ACLED notes in wordings the readers missed or misread, each read against a note filed on its event's day:
a night told by its weekdays alone ("overnight between Saturday and Sunday", « dans la nuit de samedi à dimanche »),
the night begun on the publication's day, not the one a week before; a night or a span whose days carry their weekdays
("the night of Sunday 3 to Monday 4 March", « la nuit de dimanche 7 à lundi 8 juillet ») or whose first day carries its
year across a new year; a weekend told by its days ("the weekend of 6-7 July", "the weekend of July 6-7", « le week-end
des 6 et 7 juillet »): those days, not the weekend counted from the publication; a day told by its ordinal ("the 3rd of
March"); a day in figures, the day first ("05/03/2024", "12.04.2024"); and parts of a month in other words
("end-March", "early in March", "the closing days of March", « les derniers jours de mars »)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.model import DateInterval, Precision

D = dt.date


def _on(day: dt.date) -> DateInterval:
    return DateInterval(earliest=day, latest=day, precision=Precision.day)


@pytest.mark.parametrize("text, published, language, first, last, precision", [
    # 6 July 2024 is a Saturday, 4 June 2024 a Tuesday
    ("Overnight between Saturday and Sunday, gunmen raided a hamlet", D(2024, 7, 6), "en", D(2024, 7, 6), D(2024, 7, 6), "day"),
    ("Overnight from Tuesday into Wednesday, militants attacked", D(2024, 6, 4), "en", D(2024, 6, 4), D(2024, 6, 4), "day"),
    ("On the night of Saturday to Sunday, militants attacked", D(2024, 7, 8), "en", D(2024, 7, 6), D(2024, 7, 6), "day"),
    ("Dans la nuit de samedi à dimanche, des hommes armés", D(2024, 7, 6), "fr", D(2024, 7, 6), D(2024, 7, 6), "day"),
    ("In the night of Sunday 3 to Monday 4 March 2024, gunmen", D(2024, 3, 3), "en", D(2024, 3, 3), D(2024, 3, 3), "day"),
    ("In the night between Saturday 6 and Sunday 7 July 2024, gunmen", D(2024, 7, 6), "en", D(2024, 7, 6), D(2024, 7, 6),
     "day"),
    ("Dans la nuit de dimanche 7 à lundi 8 juillet, des hommes armés", D(2024, 7, 7), "fr", D(2024, 7, 7), D(2024, 7, 7),
     "day"),
    ("On the night of 31 December 2023 to 1 January 2024, militants", D(2023, 12, 31), "en", D(2023, 12, 31),
     D(2023, 12, 31), "day"),
    ("Between 30 December 2023 and 2 January 2024, soldiers fought", D(2023, 12, 30), "en", D(2023, 12, 30), D(2024, 1, 2),
     "week"),
    ("From Friday 5 to Sunday 7 July 2024, soldiers fought", D(2024, 7, 5), "en", D(2024, 7, 5), D(2024, 7, 7), "week"),
    ("During the weekend of 6-7 July 2024, militants burnt a school", D(2024, 7, 6), "en", D(2024, 7, 6), D(2024, 7, 7),
     "week"),
    ("On the weekend of July 6-7, 2024, militants burnt a school", D(2024, 7, 6), "en", D(2024, 7, 6), D(2024, 7, 7), "week"),
    ("Le week-end des 6 et 7 juillet 2024, l'armée a affronté", D(2024, 7, 6), "fr", D(2024, 7, 6), D(2024, 7, 7), "week"),
    ("Le week-end du 6 au 7 juillet 2024, l'armée a affronté", D(2024, 7, 6), "fr", D(2024, 7, 6), D(2024, 7, 7), "week"),
    ("On the 3rd of March, soldiers clashed", D(2024, 3, 3), "en", D(2024, 3, 3), D(2024, 3, 3), "day"),
    ("On 05/03/2024, militants abducted", D(2024, 3, 5), "en", D(2024, 3, 5), D(2024, 3, 5), "day"),
    ("On 12.04.2024, militants abducted", D(2024, 4, 12), "en", D(2024, 4, 12), D(2024, 4, 12), "day"),
    ("At end-March 2024, gunmen killed", D(2024, 3, 21), "en", D(2024, 3, 21), D(2024, 3, 31), "month"),
    ("Early in March 2024, gunmen killed", D(2024, 3, 1), "en", D(2024, 3, 1), D(2024, 3, 10), "month"),
    ("In the closing days of March 2024, gunmen killed", D(2024, 3, 25), "en", D(2024, 3, 21), D(2024, 3, 31), "month"),
    ("Dans les derniers jours de mars 2024, des hommes armés", D(2024, 3, 25), "fr", D(2024, 3, 21), D(2024, 3, 31),
     "month"),
])
def test_note_dates_read_as_acled_codes_them(text, published, language, first, last, precision):
    found = parse_dates(text, _on(published), language)
    assert len(found) == 1, found
    iv = found[0][2]
    assert (iv.earliest, iv.latest, iv.precision.value) == (first, last, precision)


def test_a_month_alone_is_acled_precision_three():
    # ACLED's time_precision: 1 the day, 2 a span within a week, 3 only the month
    codes = [Precision(p).acled_code for p in ("day", "week", "month")]
    assert codes == [1, 2, 3]
