"""Days told as an offset from a dated thing: "Five days after the 28 February 2024 ambush near Tagou, militants…",
"24 hours after an IED struck a convoy on 2 February 2024, …", "On the eve of the 18 June 2023 referendum, …",
« Au lendemain de l'embuscade du 14 août 2023, … », « Une semaine après l'attaque du 3 juin 2024, … », "A month after the
4 March 2024 attack on its market, …" (calendar months: the same day of the month, as coders count them).

The day written is the thing's (the ambush's, the vote's), and the deed the sentence goes on to tell is that many days
from it: its own day is the written one moved by the offset.  The offset opens a phrase that runs, without a comma,
colon or full stop (ACLED's "(Admin2, Admin1)" brackets read past), to the day it counts from.  The patterns are the
language's ``THING_OFFSETS`` (``sitrep.analyse.lang``): a count and unit with ``after``/``before`` in group ``dir``, or
one word of a fixed shift (``eve``: the day before, ``next``: the day after; two days with group ``second``).  A feast's own offsets ("the eve of Eid
al-Adha") are the feast rules'; a day already counted from another (an offset inside the span of a date) is left as is.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from sitrep.analyse.calendar_days import months_after
from sitrep.analyse.lang import vocab
from sitrep.analyse.told_offsets import CLAUSE_END, count_of, number_alternation
from sitrep.model import DateInterval, Precision

# how far the thing's day may stand from the offset that counts from it ("24 hours after an IED struck a FAMa convoy
# near Boni (Douentza, Mopti) on 2 February 2024")
_REACH = 100


@lru_cache(maxsize=8)
def _patterns(language: str) -> tuple[re.Pattern, ...]:
    v = vocab(language)
    num = number_alternation(v)
    return tuple(re.compile(p.replace("{num}", num), re.IGNORECASE) for p in getattr(v, "THING_OFFSETS", ()))


# counts that give no number of days ("several days after the 3 May attack"): no one day to move to
_VAGUE_COUNTS = frozenset({"a few", "several", "quelques", "plusieurs"})


def _shifted(day: dt.date, m: re.Match, language: str) -> dt.date | None:
    """``day`` moved by the offset ``m`` (None when its count is vague)."""
    v = vocab(language)
    g = m.groupdict()
    if (g.get("n") or "").lower() in _VAGUE_COUNTS:
        return None
    fixed = 2 if g.get("second") else 1  # (« l'avant-veille », « le surlendemain »: two days)
    if g.get("eve"):
        return day - dt.timedelta(days=fixed)
    if g.get("next"):
        return day + dt.timedelta(days=fixed)
    unit = (g.get("u") or "day").lower()
    count = count_of(g.get("n") or "1", v)
    sign = 1 if g["dir"].lower() in getattr(v, "AFTER_WORDS", ("after",)) else -1
    if v.UNITS.get(unit) == "month":
        return months_after(day, sign * count)
    days = count * (7 if v.UNITS.get(unit) == "week" else 1)
    return day + dt.timedelta(days=sign * round(days * getattr(v, "UNIT_MULTIPLES", {}).get(unit, 1)))


def _blank_brackets(text: str) -> str:
    return re.sub(r"\([^()]*\)", lambda b: " " * len(b.group()), text)


def thing_offsets(text: str, language: str, found: list[tuple[int, int, DateInterval]]) -> list[tuple[int, int, DateInterval]]:
    """``found`` with each day that a thing-offset counts from moved by it (the same spans, in the same order)."""
    patterns = _patterns(language)
    if not patterns or not found:
        return found
    blank = _blank_brackets(text)
    out = list(found)
    for pattern in patterns:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in out):
                continue  # inside a date's own words ("the eve of Eid al-Adha 2024")
            for i, (s, e, iv) in enumerate(out):
                if s < m.end() or s - m.end() > _REACH:
                    continue
                if CLAUSE_END.search(blank, m.end(), s) or iv.precision != Precision.day or iv.earliest != iv.latest:
                    break
                day = _shifted(iv.earliest, m, language)
                if day is None:
                    break
                out[i] = (s, e, iv.model_copy(update={
                    "earliest": day, "latest": day,
                    "evidence": f"{m.group(0)} {iv.evidence or text[s:e]}"}))
                break
    return out
