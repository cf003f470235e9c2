"""Dates told by a feast: "On Christmas Eve 2023", « le jour de l'An », "on the day of Tabaski", "during Eid al-Fitr
prayers", « le premier jour du ramadan 2023 », and a day counted from one ("the eve of Eid al-Adha", « la veille de la
Tabaski 2024 », "three days after Eid al-Fitr").

A feast on a fixed day of the calendar (``FIXED_HOLIDAYS`` of ``sitrep.analyse.lang``) is that day; a Muslim feast
(``MOVING_FEASTS``) is its day in ``sitrep.knowledge.islamic_feasts``, the lunar calendar moving it every year.  Told
with its year, the feast is that year's; without it, the latest on or before the publication (a note is filed on its
event's day or after).  The month of the fast told as a period ("during Ramadan 2024", « pendant le ramadan ») is the
month itself.  The rules plug into ``sitrep.analyse.dates``'s table: (pattern, resolver, precision, needs an anchor).
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.analyse.calendar_days import easter_sunday, last_month_day, safe_date
from sitrep.analyse.told_offsets import count_of, number_alternation
from sitrep.knowledge.islamic_feasts import feast_day, ramadan_of
from sitrep.model import Precision
from sitrep.regex_codes import longest_first

# the feast key of the month of the fast as a period (``MOVING_FEASTS``' value for "during Ramadan")
RAMADAN_MONTH = "ramadan_month"


def _key(told: str) -> str:
    return re.sub(r"[\s-]+", " ", told.lower().replace("’", "'")).strip()


def _alternation(names) -> str:
    """The names as one alternation, longest first, any run of spaces or hyphens matching any other."""
    return "|".join(re.escape(_key(n)).replace("'", "['’]").replace(r"\ ", r"[\s-]+") for n in longest_first(names))


def _offset_days(told: str | None, v) -> int:
    """The days a prefix of ``FEAST_OFFSETS`` moves the feast by ("the eve of": -1, "three days after": +3)."""
    if not told:
        return 0
    for pattern, step in v.FEAST_OFFSETS:
        m = re.fullmatch(pattern.replace("{num}", number_alternation(v)), told, re.IGNORECASE)
        if m:
            return step * (count_of(m["n"], v) if "n" in m.groupdict() and m["n"] else 1)
    return 0


def feast_rules(v, year: str) -> list[tuple[re.Pattern, object, Precision, bool]]:
    """The feast rules of the language ``v``, those with a year first; none for a language without feasts."""
    fixed = getattr(v, "FIXED_HOLIDAYS", {})
    moving = getattr(v, "MOVING_FEASTS", {})
    easter = getattr(v, "EASTER_FEASTS", {})
    if not fixed and not moving and not easter:
        return []
    names = {_key(n): ("fixed", when) for n, when in fixed.items()}
    names.update({_key(n): ("easter", days) for n, days in easter.items()})
    names.update({_key(n): ("moving", feast) for n, feast in moving.items()})
    offsets = "|".join(f"(?:{p})" for p, _ in getattr(v, "FEAST_OFFSETS", ()))
    offsets = offsets.replace("{num}", number_alternation(v))
    offsets = offsets.replace("(?P<n>", "(?:")  # (one alternation: the count is read again by ``_offset_days``)
    head = rf"\b(?P<off>{offsets})?" if offsets else r"\b(?P<off>(?!))?"

    def day_of(m, ref, told_year):
        kind, what = names[_key(m["h"])]
        if kind == "easter":  # that year's, else the latest on or before the publication
            year = told_year or (ref.year if ref else None)
            d = easter_sunday(year) + dt.timedelta(days=what) if year else None
            if d is not None and not told_year and d > ref:
                d = easter_sunday(year - 1) + dt.timedelta(days=what)
            return (d, d) if d else None
        if kind == "fixed":
            d = safe_date(told_year, *what) if told_year else (last_month_day(ref, *what) if ref else None)
            return (d, d) if d else None
        if what == RAMADAN_MONTH:
            start = feast_day("ramadan_start", told_year, ref)
            return ramadan_of(start) if start and not m["off"] else None
        d = feast_day(what, told_year, ref)
        return (d, d) if d else None

    def resolver(with_year: bool):
        def fn(m, ref):
            told = day_of(m, ref, int(m["y"]) if with_year else None)
            if told is None:
                return None
            shift = dt.timedelta(days=_offset_days(m["off"], v))
            return told[0] + shift, told[1] + shift
        return fn

    rules = []
    days = [n for n, (_, what) in names.items() if what != RAMADAN_MONTH]
    months = [n for n, (_, what) in names.items() if what == RAMADAN_MONTH]
    for told, precision in ((days, Precision.day), (months, Precision.month)):
        if not told:
            continue
        alt = _alternation(told)
        rules.append((re.compile(rf"{head}(?P<h>{alt})\b,?\s+(?:of\s+|de\s+)?{year}\b", re.IGNORECASE),
                      resolver(True), precision, False))
        rules.append((re.compile(rf"{head}(?P<h>{alt})\b", re.IGNORECASE), resolver(False), precision, True))
    return rules
