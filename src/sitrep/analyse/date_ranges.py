"""Dates told as a span of days: "between 3 and 5 June 2024", « du 7 au 9 avril », "on the night of 4 to 5
May", « dans la nuit de samedi à dimanche », "the first week of June".

The day readers of ``dates`` would take the span's last day alone ("5 June 2024"), a day after the event
began.  ACLED codes a multi-day event on its first day with the span as its precision (time_precision 2
within a week, 3 within a month), and a night on the day it began: a range resolves to its first to last
day, a night to its first day.  A span without a year ends on or after its first day, which is the most
recent one on or before the publication (a note published on the day an event began says "between 3 and
5 June" before the 5th).  The patterns come from ``lang.<language>`` (``DAY_RANGES``, ``WEEKDAY_NIGHTS``,
``WEEK_OF``, ``WEEKDAY_OF_MONTH``, ``WEEKEND_OF_MONTH``, ``WEEK_ENDING``, ``DAY_WITHOUT_MONTH``: a day told by its number alone, « dans la soirée du 12 », the latest such day
on or before the publication; ``NUMERIC_DAY_MONTH``: a day and month in figures without a year, "(24/5)", the same);
a language without them has no span rules.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.analyse.calendar_days import last_month_day, last_weekday, month_end, safe_date, year_of_past_month
from sitrep.model import Precision

# a span longer than this is no event's span ("from 3 March to 20 June": a period, told for context)
LONGEST_SPAN_DAYS = 62


def _span(m: re.Match, ref: dt.date | None, months: dict[str, int], night: bool):
    """(first day, last day) of the span, or (first, first) for a night; None when it is no span."""
    g = m.groupdict()  # a pattern may name no first month, or no last one ("from June 3 to 5")
    key = lambda name: months[name.lower().rstrip(".")]  # noqa: E731
    last_month = key(g.get("m") or g["m1"])
    first_month = key(g["m1"]) if g.get("m1") else last_month
    d1, d2, year = int(g["d1"]), int(g["d2"]), g.get("y")
    if year:
        end = safe_date(int(year), last_month, d2)
        start = safe_date(int(year), first_month, d1)
        if start is not None and end is not None and start > end:
            start = safe_date(int(year) - 1, first_month, d1)
    elif ref is not None:
        start = last_month_day(ref, first_month, d1)
        end = safe_date(start.year, last_month, d2) if start else None
        if start is not None and end is not None and end < start:
            end = safe_date(start.year + 1, last_month, d2)
    else:
        return None
    if start is None or end is None or not 0 <= (end - start).days <= LONGEST_SPAN_DAYS:
        return None
    return (start, start) if night else (start, end)


def _numeric_day_month(m: re.Match, ref: dt.date):
    """"(24/5)": the latest 24 May on or before the publication (``last_month_day``)."""
    month = int(m["mo"])
    d = last_month_day(ref, month, int(m["d"])) if 1 <= month <= 12 else None
    return (d, d) if d is not None else None


_SATURDAY = 5


def _weekday_of_month(v, weekend: bool = False):
    """The resolver of the language's ``WEEKDAY_OF_MONTH`` (of its ``WEEKEND_OF_MONTH`` with ``weekend``)."""

    def weekday_of_month(m, ref):
        """"the last Friday of May 2024": the nth (or last) such weekday of the month, of the year told or else of
        the month's latest on or before the publication; "the last weekend of June 2024": the nth (or last) Saturday
        and the Sunday after it (its Sunday may fall in the next month: the weekend is the month's by its Saturday)."""
        month = v.MONTHS[m["m"].lower().rstrip(".")]
        year = int(m["y"]) if m.groupdict().get("y") else year_of_past_month(ref, month)
        weekday = _SATURDAY if weekend else v.WEEKDAYS[m["a"].lower()]
        nth = v.WEEKDAY_ORDINALS[m["n"].lower()]
        if nth < 0:
            d = last_weekday(month_end(year, month), weekday)
        else:
            first = dt.date(year, month, 1)
            d = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * nth)
        if d.month != month:
            return None
        return (d, d + dt.timedelta(days=1)) if weekend else (d, d)

    return weekday_of_month


def _week_of(v):
    """The resolver of the language's ``WEEK_OF``: "the first week of June 2024", its seven days (the last: the
    month's last seven)."""

    def week_of(m, ref):
        month = v.MONTHS[m["m"].lower().rstrip(".")]
        year = int(m["y"]) if m.groupdict().get("y") else year_of_past_month(ref, month)
        nth = v.WEEK_ORDINALS[m["n"].lower()]
        first = dt.date(year, month, 1)
        start = month_end(year, month) - dt.timedelta(days=6) if nth < 0 else first + dt.timedelta(days=7 * nth)
        return start, start + dt.timedelta(days=6)

    return week_of


def _week_ending(v):
    """The resolver of the language's ``WEEK_ENDING``."""

    def week_ending(m, ref):
        """"the week ending 10 May 2024": the seven days up to the day told (of the year told, else the latest such
        day on or before the publication)."""
        month = v.MONTHS[m["m"].lower().rstrip(".")]
        day = int(m["d"])
        end = safe_date(int(m["y"]), month, day) if m.groupdict().get("y") else last_month_day(ref, month, day)
        return (end - dt.timedelta(days=6), end) if end is not None else None

    return week_ending


def span_rules(v, month_alt: str, wd_alt: str) -> list[tuple[re.Pattern, object, Precision, bool]]:
    """(pattern, resolver, precision, needs an anchor) for the language's spans, to be tried before its
    single days.  ``month_alt`` and ``wd_alt`` are the month and weekday alternations ``dates`` built
    (English month names stay capitalised: "may" is a verb)."""
    ordsuf = v.ORDINAL_SUFFIX
    fill = {"{d1}": rf"(?P<d1>\d{{1,2}})(?:{ordsuf})?", "{d2}": rf"(?P<d2>\d{{1,2}})(?:{ordsuf})?",
            "{m1}": rf"(?P<m1>(?-i:{month_alt}))", "{m}": rf"(?P<m>(?-i:{month_alt}))", "{y}": r"(?P<y>(?:19|20)\d{2})",
            "{a}": rf"(?P<a>{wd_alt})", "{b}": rf"(?P<b>{wd_alt})",
            "{dx}": rf"(?P<dx>\d{{1,2}})(?:{ordsuf})?", "{mx}": rf"(?P<mx>(?-i:{month_alt}))",
            "{w}": rf"(?:{wd_alt})", "{d}": rf"(?P<d>\d{{1,2}})(?:{ordsuf})?", "{notmonth}": rf"(?!\s*(?:[/.-]\d|(?-i:{month_alt})\b))",
            # a weekday heading a day of the span ("Sunday 3", « dimanche 7 »), and the year of its first day when the
            # span crosses a new year ("31 December 2023 to 1 January 2024": the last day's year decides)
            "{wd}": rf"(?:(?:{wd_alt}),?\s+)?", "{y1}": r"(?:,?\s+(?:19|20)\d{2})?"}

    def compile_(template: str) -> re.Pattern:
        for k, val in fill.items():
            template = template.replace(k, val)
        return re.compile(template, re.IGNORECASE)

    rules: list[tuple[re.Pattern, object, Precision, bool]] = []

    def around(m, ref):
        """The named day to the span's last, told to the week (the export codes the named day, precision 2); the
        span is the one around the day, whatever year the note gives only once."""
        month = lambda name: v.MONTHS[name.lower().rstrip(".")]  # noqa: E731
        g = m.groupdict()
        day = (safe_date(int(g["y"]), month(g["mx"]), int(g["dx"])) if g.get("y")
               else last_month_day(ref, month(g["mx"]), int(g["dx"])) if ref else None)
        if day is None:
            return None
        start = last_month_day(day, month(g.get("m1") or g["m"]), int(g["d1"]))
        end = safe_date(day.year, month(g["m"]), int(g["d2"]))
        if end is not None and end < day:
            end = safe_date(day.year + 1, end.month, end.day)
        if start is None or end is None or (end - start).days > LONGEST_SPAN_DAYS:
            return day, day
        return day, max(day, end)

    # (before the day ranges, which would read the bracket alone)
    rules += [(compile_(t), around, Precision.week, True) for t in getattr(v, "AROUND_SPANS", ())]
    for template, kind in getattr(v, "DAY_RANGES", ()):
        fn = (lambda night: lambda m, ref: _span(m, ref, v.MONTHS, night))(kind == "night")
        rules.append((compile_(template), fn, Precision.day, True))

    def weekday_night(m, ref):
        """The latest such night that began on or before the publication: an ACLED note, filed on its event's
        day, tells "the night of Saturday to Sunday" on that Saturday, not the one a week before it."""
        a, b = v.WEEKDAYS[m["a"].lower()], v.WEEKDAYS[m["b"].lower()]
        if (b - a) % 7 != 1:
            return None  # « de samedi à dimanche »: one night, its two days in a row
        start = last_weekday(ref, a)
        return start, start

    rules += [(compile_(t), weekday_night, Precision.day, True) for t in getattr(v, "WEEKDAY_NIGHTS", ())]

    rules += [(compile_(t), _week_of(v), Precision.week, True) for t in getattr(v, "WEEK_OF", ())]
    rules += [(compile_(t), _week_ending(v), Precision.week, True) for t in getattr(v, "WEEK_ENDING", ())]
    rules += [(compile_(t), _weekday_of_month(v), Precision.day, True) for t in getattr(v, "WEEKDAY_OF_MONTH", ())]
    rules += [(compile_(t), _weekday_of_month(v, weekend=True), Precision.week, True)
              for t in getattr(v, "WEEKEND_OF_MONTH", ())]

    def day_of_this_month(m, ref):
        """« dans la soirée du 12 »: the latest 12th on or before the publication, this month's or last month's."""
        day = int(m["d"])
        d = safe_date(ref.year, ref.month, day)
        if d is None or d > ref:
            prev = ref.replace(day=1) - dt.timedelta(days=1)
            d = safe_date(prev.year, prev.month, day)
        return (d, d) if d is not None else None

    rules += [(compile_(t), day_of_this_month, Precision.day, True) for t in getattr(v, "DAY_WITHOUT_MONTH", ())]
    rules += [(compile_(t), _numeric_day_month, Precision.day, True) for t in getattr(v, "NUMERIC_DAY_MONTH", ())]
    return rules
