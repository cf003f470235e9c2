"""Offsets back from the report's day told as exact: "exactly a week ago", "a month ago to the day", « il y a une
semaine jour pour jour », « il y a exactement deux semaines ».

A bare "a week ago" is a week around the day seven days back (``told_offsets.back_from``): writers round.  A writer
who adds "to the day" or "exactly" counts the days, so the deed is that very day: seven days back for a week, the
same day of the month for a month, of the year for a year.  The language's ``EXACT_BEFORE`` (the word before the
count, "exactly") and ``EXACT_AFTER`` (the words after the offset, "to the day") say it; the rules plug into
``dates``'s table ahead of its plain "ago" rule: (pattern, resolver, precision, needs an anchor).
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.analyse.calendar_days import months_after
from sitrep.analyse.told_offsets import count_of
from sitrep.model import Precision


def _exact_day(v):
    def fn(m, ref: dt.date):
        if not (m["before"] or m["after"]):
            return None  # (a plain offset: ``dates``'s "ago" rule reads it)
        count = count_of(m["n"], v)
        unit = v.UNITS[m["u"].lower()]
        if unit == "day":
            d = ref - dt.timedelta(days=count)
        elif unit == "week":
            d = ref - dt.timedelta(weeks=count)
        else:
            d = months_after(ref, -count * (12 if unit == "year" else 1))
        return d, d
    return fn


def exact_ago_rules(v, num_alt: str, units_alt: str) -> list[tuple[re.Pattern, object, Precision, bool]]:
    """The rules of an offset back told as exact, in the language ``v`` ({num_alt}, {units_alt}: its count words and
    units); none where the language has no such words."""
    before, after = getattr(v, "EXACT_BEFORE", None), getattr(v, "EXACT_AFTER", None)
    if before is None or after is None:
        return []
    count = rf"(?P<n>\d+|{num_alt})\s+(?P<u>{units_alt})"
    told_exact = rf"(?:(?P<before>{before})\s+)?"
    offset = rf"{told_exact}{count}\s+ago" if v.AGO == "ago" else rf"(?:{v.AGO})\s+{told_exact}{count}"
    exact = rf"\b{offset}(?:,?\s+(?P<after>{after}))?\b"
    return [(re.compile(exact, re.IGNORECASE), _exact_day(v), Precision.day, True)]
