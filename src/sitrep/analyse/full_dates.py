"""Date rules of a full day, its year told (``dates``): the numeric forms ("2024-05-07", "2024/05/07", « le
17/03/2026 »), ACLED's export form ("5-Jun-2024"), and a month name with its day and year ("May 5, 2024", "5 May
2024").  A day, a month and a year together are a date in any language, so the day-first form reads the month names
of every language's table: a note in one language copies a date from a source in another ("On 4 mars 2024")."""

from __future__ import annotations

import re

from sitrep.analyse.calendar_days import safe_date
from sitrep.analyse.lang import months_of_every_language
from sitrep.model import Precision


def _one_day(y: int, mo: int, d: int):
    day = safe_date(y, mo, d)
    return (day, day) if day else None


def _century(y: str) -> int:
    """A year, its century added where the writer left it out ("14/03/24", "3-May-24": this century's)."""
    return int(y) + (2000 if len(y) == 2 else 0)


def full_day_rules(v, language: str, month_alt: str, year: str) -> list[tuple[re.Pattern, object, Precision, bool]]:
    """(pattern, resolver, precision, needs an anchor) of the full days of the language ``v`` (``language``), in
    priority order; ``month_alt`` its month names as it writes them (capitalised or not), ``year`` the year's group."""
    months = months_of_every_language(language)
    own_alt = "|".join(re.escape(m) for m in sorted(v.MONTHS, key=len, reverse=True))
    any_alt = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    ordsuf = v.ORDINAL_SUFFIX
    month = lambda m: months[m["m"].lower().rstrip(".")]  # noqa: E731
    iso_day = lambda m, ref: _one_day(int(m["y"]), int(m["mo"]), int(m["d"]))  # noqa: E731
    rules = [
        (r"\b(?P<y>(?:19|20)\d{2})-(?P<mo>\d{2})-(?P<d>\d{2})\b", iso_day, 0),
        # ("On 2024/05/07": the year first with slashes, not inside a web address's path, ".../2026/04/29/story")
        (r"(?<![/\w])(?P<y>(?:19|20)\d{2})/(?P<mo>\d{2})/(?P<d>\d{2})(?![/\w])", iso_day, 0),
    ]
    if getattr(v, "NUMERIC_DAY_FIRST", None):  # « le 17/03/2026 »: where the language writes the day first
        rules.append((v.NUMERIC_DAY_FIRST, lambda m, ref: _one_day(_century(m["y"]), int(m["mo"]), int(m["d"])), 0))
    day = lambda m, ref: _one_day(_century(m["y"]), month(m), int(m["d"]))  # noqa: E731
    rules += [
        # the day, month name and year joined by hyphens as ACLED's exports write them ("On 5-Jun-2024", "3-May-24")
        (rf"(?<![\w/.-])(?P<d>[0-3]?\d)-(?P<m>{own_alt})-(?P<y>(?:19|20)\d{{2}}|\d{{2}})(?![\w/.-])", day, re.IGNORECASE),
        (rf"\b(?P<m>{month_alt})\.?\s+(?P<d>\d{{1,2}})(?:{ordsuf})?,?\s+{year}\b", day, 0),
        (rf"\b(?P<d>\d{{1,2}})(?:{ordsuf})?\s+(?:of\s+)?(?P<m>{any_alt})\.?,?\s+{year}\b", day, re.IGNORECASE),
    ]
    return [(re.compile(pattern, flags), fn, Precision.day, False) for pattern, fn, flags in rules]
