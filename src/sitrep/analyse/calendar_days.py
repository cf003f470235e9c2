"""Calendar arithmetic the date readers share: a day that may not exist, and the latest weekday or day of
a month on or before a reference day (a date told without its year or week is the most recent one)."""

from __future__ import annotations

import calendar
import datetime as dt


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    """The day, or None when the calendar has no such day (30 February)."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def month_end(year: int, month: int) -> dt.date:
    """The last day of ``month`` of ``year``."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def year_of_past_month(ref: dt.date, month: int) -> int:
    """The year of the latest ``month`` begun on or before ``ref``: a month told without its year is past."""
    return ref.year if month <= ref.month else ref.year - 1


def last_weekday(ref: dt.date, weekday: int) -> dt.date:
    """The latest day on or before ``ref`` that falls on ``weekday`` (Monday 0)."""
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def last_month_day(ref: dt.date, month: int, day: int) -> dt.date | None:
    """The latest ``day`` of ``month`` on or before ``ref``: this year's, else last year's."""
    d = safe_date(ref.year, month, day)
    if d is None or d > ref:
        d = safe_date(ref.year - 1, month, day)
    return d


def year_of_weekday(d: dt.date, weekday: int, reach: int = 6) -> dt.date:
    """``d`` moved to the nearest year (within ``reach``, the later on a tie) where its day and month fall on
    ``weekday``: "Tuesday 5 January" in a page whose year is only estimated names the year itself."""
    if d.weekday() == weekday:
        return d
    for step in range(1, reach + 1):
        for year in (d.year + step, d.year - step):
            moved = safe_date(year, d.month, d.day)
            if moved is not None and moved.weekday() == weekday:
                return moved
    return d


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus): the feasts counted from it (Good
    Friday, Easter Monday, Ascension, Pentecost) move through March to June from year to year."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * leap) // 433
    month = (h + leap - 7 * m + 90) // 25
    return dt.date(year, month, (h + leap - 7 * m + 33 * month + 19) % 32)


def months_after(d: dt.date, count: int) -> dt.date:
    """The day ``count`` calendar months after ``d`` (before it when negative), the month's last when it is shorter
    ("a month after 31 January" is 29 February in a leap year)."""
    index = d.year * 12 + d.month - 1 + count
    year, month = divmod(index, 12)
    return min(dt.date(year, month + 1, 1) + dt.timedelta(days=d.day - 1), month_end(year, month + 1))
