"""Days told against the report's day without naming its month: "on the Sunday before last", "two Saturdays ago",
"overnight into Monday", "over the past three days", "at dawn on the 3rd", « le 12 courant », "on the night of the 14th
to the 15th", « dans la nuit du 14 au 15 ».

A note tells them in a sentence that gives the report's day ("Sources reached on 6 March 2024 said that at dawn on the
3rd…"), which ``sitrep.analyse.dates`` resolves them against, else against the publication.  A day of the month told
alone is the latest such day on or before it (this month's, else the month before's); a night told by its two days
alone is its first day's, and so is a night told by the weekday it ran into ("overnight into Monday").  The patterns
are the language's ``WEEKDAY_BEFORE_LAST``, ``NIGHT_INTO``, ``WEEKDAYS_AGO`` ("two Saturdays ago"), ``TRAILING_DAYS``,
``DAY_ALONE`` and ``NIGHT_ALONE`` (``sitrep.analyse.lang``); the rules plug into ``dates``'s table: (pattern, resolver,
precision, needs an anchor).
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.analyse.calendar_days import last_weekday, safe_date
from sitrep.analyse.told_offsets import count_of
from sitrep.model import Precision


def latest_day_of_month(ref: dt.date, day: int) -> dt.date | None:
    """The latest ``day`` of a month on or before ``ref`` (this month's, else the month before's), None if neither has it."""
    if day <= ref.day:
        return ref.replace(day=day)
    last_month_end = ref.replace(day=1) - dt.timedelta(days=1)
    return safe_date(last_month_end.year, last_month_end.month, day)


def _one_day(d: dt.date | None):
    return (d, d) if d else None


def relative_day_rules(v, month_alt: str, wd_alt: str, num_alt: str) -> list[tuple[re.Pattern, object, Precision, bool]]:
    """The rules of the language ``v`` (those it has patterns for), in the order they are tried."""
    rules = []
    if getattr(v, "WEEKDAY_BEFORE_LAST", None):  # (before "last Sunday" claims the words: "the Sunday before last")
        rules.append((re.compile(v.WEEKDAY_BEFORE_LAST.format(wd=wd_alt), re.IGNORECASE),
                      lambda m, ref: _one_day(last_weekday(ref - dt.timedelta(days=1), v.WEEKDAYS[m["w"].lower()])
                                              - dt.timedelta(weeks=1)), Precision.day, True))
    if getattr(v, "NIGHT_INTO", None):  # "overnight into Monday": the night's first day, as ACLED codes a night
        rules.append((re.compile(v.NIGHT_INTO.format(wd=wd_alt), re.IGNORECASE),
                      lambda m, ref: _one_day(last_weekday(ref, v.WEEKDAYS[m["w"].lower()]) - dt.timedelta(days=1)),
                      Precision.day, True))
    if getattr(v, "WEEKDAYS_AGO", None):  # "two Saturdays ago": the last Saturday before the report, a week back
        rules.append((re.compile(v.WEEKDAYS_AGO.replace("{num}", num_alt).replace("{wd}", wd_alt), re.IGNORECASE),
                      lambda m, ref: _one_day(last_weekday(ref - dt.timedelta(days=1), v.WEEKDAYS[m["w"].lower()])
                                              - dt.timedelta(weeks=count_of(m["n"], v) - 1)), Precision.day, True))
    if getattr(v, "TRAILING_DAYS", None):  # "over the past three days": those days up to the writing
        rules.append((re.compile(v.TRAILING_DAYS.replace("{num}", num_alt), re.IGNORECASE),
                      lambda m, ref: (ref - dt.timedelta(days=count_of(m["n"], v)), ref), Precision.week, True))
    if getattr(v, "NIGHT_ALONE", None):  # (before the day alone, which would take its first day's words)
        def night(m, ref):
            first = latest_day_of_month(ref, int(m["d"]))
            nxt = first + dt.timedelta(days=1) if first else None
            return _one_day(first) if nxt is not None and nxt.day == int(m["d2"]) else None
        rules.append((re.compile(v.NIGHT_ALONE.replace("{month}", month_alt), re.IGNORECASE), night, Precision.day, True))
    if getattr(v, "DAY_ALONE", None):
        rules.append((re.compile(v.DAY_ALONE.replace("{month}", month_alt), re.IGNORECASE),
                      lambda m, ref: _one_day(latest_day_of_month(ref, int(m["d"]))), Precision.day, True))
    return rules
