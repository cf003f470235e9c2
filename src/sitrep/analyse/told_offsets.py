"""Days told as an offset from a day the text already told: back ("three days earlier", "the previous night",
« la veille ») or forward ("two days later", "the next day", « le lendemain », « deux jours plus tard »).

ACLED's coders write one day in full and the others relative to it ("On 28 November 2023, militants stole cattle
near Torodi. Two days later, soldiers pursuing them clashed with the militants"), and so do wire reporters.  An
offset counts from the last day-precise date written before it; an offset back may also count from the publication
(the day a report is filed), an offset forward never does (the day after a publication is no day of its news).
An offset from a thing named again without a day ("Elections were held on 30 June. On the eve of the vote, …", group
``thing``) counts from the day told before it alone, and is left to ``thing_offsets`` when a day follows in its clause.
The patterns are the language's ``BEFORE_TOLD`` and ``AFTER_TOLD`` (``sitrep.analyse.lang``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from sitrep.analyse.lang import vocab
from sitrep.model import DateInterval, Precision

# the evidence mark of a day counted forward from a told one (``counted_on``)
_COUNTED_ON = ", counted on from "

# number words that give no count ("a few days later", "several weeks earlier"): a span, not one day
_VAGUE_COUNTS = frozenset({"a few", "several", "quelques", "plusieurs"})


def number_alternation(v) -> str:
    """The language's number words (and its rough counts, « une dizaine de ») as one alternation, longest first."""
    return "|".join(re.escape(n) for n in sorted([*v.NUMBERS, *getattr(v, "ROUGH_COUNTS", {})], key=len, reverse=True))


def count_of(word: str, v) -> int:
    """A count written in digits or as one of the language's number words or rough counts (one when unknown)."""
    word = word.lower()
    return int(word) if word.isdigit() else v.NUMBERS.get(word) or getattr(v, "ROUGH_COUNTS", {}).get(word, 1)


def counted_unit(word: str, unit_word: str, count: int, unit: str, v) -> tuple[int, str]:
    """(count, unit) of a number word told with its unit: the days the language counts as weeks (« quinze jours »: two
    weeks, whose day is known to the week), and a rough count of days (« une dizaine de jours »: "about_days", the
    week around its day); any other count as told."""
    told = f"{word} {unit_word}".lower()
    if told in getattr(v, "DAYS_AS_WEEKS", {}):
        return v.DAYS_AS_WEEKS[told], "week"
    if unit == "day" and word.lower() in getattr(v, "ROUGH_COUNTS", {}):
        return count, "about_days"
    return count, unit


def back_from(ref: dt.date, count: int, unit: str) -> tuple[dt.date, dt.date]:
    """The day ``count`` days before ``ref``, or the week around the day ``count`` weeks (or about ``count`` days,
    "about_days") before it."""
    return _forward_from(ref, -count, unit)


def _forward_from(ref: dt.date, count: int, unit: str) -> tuple[dt.date, dt.date]:
    """The day ``count`` days after ``ref``, or the week around the day ``count`` weeks (or about ``count`` days) after it."""
    d = ref + (dt.timedelta(weeks=count) if unit == "week" else dt.timedelta(days=count))
    if unit in ("week", "about_days"):
        return d - dt.timedelta(days=3), d + dt.timedelta(days=3)
    return d, d


@lru_cache(maxsize=8)
def _rules(language: str) -> tuple[tuple[re.Pattern, int], ...]:
    """(pattern, direction) of the language's offsets: -1 back from the told day, +1 forward from it."""
    v = vocab(language)
    num_alt = number_alternation(v)
    wd_alt = "|".join(re.escape(w) for w in sorted(v.WEEKDAYS, key=len, reverse=True))
    return tuple((re.compile(p.replace("{num}", num_alt).replace("{wd}", wd_alt), re.IGNORECASE), direction)
                 for key, direction in (("BEFORE_TOLD", -1), ("AFTER_TOLD", 1)) for p in getattr(v, key, ()))


def weekdays_counted_on(text: str, language: str) -> list[tuple[int, int]]:
    """The spans of the weekdays and weekends counted forward from a told day ("the following Tuesday", « le week-end
    suivant »): ``dates`` leaves them to ``told_offsets``, not to its weekday and weekend rules, which count back
    from the publication."""
    return [m.span() for pattern, direction in _rules(language) if direction > 0 and "fw" in pattern.groupindex
            for m in pattern.finditer(text)]


def _next_weekday(ref: dt.date, word: str, v) -> tuple[dt.date, dt.date, Precision]:
    """The first ``word`` (a weekday, or the weekend: its Saturday and Sunday) strictly after ``ref``."""
    weekday = v.WEEKDAYS.get(word.lower())
    d = ref + dt.timedelta(days=((5 if weekday is None else weekday) - ref.weekday() - 1) % 7 + 1)
    if weekday is None:
        return d, d + dt.timedelta(days=1), Precision.week
    return d, d, Precision.day


def counted_back(surface: str, language: str = "en") -> bool:
    """Whether a date's words are an offset back from a told day ("three days earlier", « la veille »):
    they date the deed itself, not the day someone said it."""
    return any(direction < 0 and p.fullmatch(surface.strip()) for p, direction in _rules(language))


# the evidence mark of a day counted back from a told one by an offset that opens a clause (``counted_back_to_clause``)
_CLAUSE_BACK = ", the day of the clause it opens"


def counted_back_to_clause(interval: DateInterval | None) -> bool:
    """Whether a day was counted back from the day told before it by an offset opening a clause ("found on Saturday,
    two days after gunmen seized and killed them"): the day of that clause's deed."""
    return interval is not None and _CLAUSE_BACK in (interval.evidence or "")


def counted_on(interval: DateInterval | None) -> bool:
    """Whether a day was counted forward from a day told before it ("On 6 May… The following day…"): another day
    than that one, which fusion keeps apart from it within one text."""
    return interval is not None and _COUNTED_ON in (interval.evidence or "")


def _count_and_unit(g: dict, v) -> tuple[int, str]:
    """(count, unit) an offset's words tell (``g``: its groups): "the previous night", "the next day": one day; a
    same-day phrase, "earlier in the day", names no count (the told day itself); « le surlendemain »: two; "a fortnight
    earlier": two weeks, "48 hours earlier": two days; « quinze jours plus tôt »: two weeks (``counted_unit``)."""
    unit = v.UNITS[g["u"].lower()] if g.get("u") else "day"
    word = (g.get("n") or "1").lower()
    count = 0 if g.get("z") else 2 if g.get("second") else count_of(word, v)
    count = round(count * getattr(v, "UNIT_MULTIPLES", {}).get((g.get("u") or "").lower(), 1))
    return counted_unit(word, g.get("u") or "", count, unit, v)


def _offset_interval(m: re.Match, ref: dt.date, direction: int, language: str) -> tuple[dt.date, dt.date, Precision]:
    v = vocab(language)
    g = m.groupdict()
    if g.get("fw"):
        return _next_weekday(ref, g["fw"], v)
    if direction > 0 and (g.get("n") or "1").lower() in _VAGUE_COUNTS:
        # "a few days later": some day of the week after the told one, no more precise
        return ref + dt.timedelta(days=1), ref + dt.timedelta(days=7), Precision.week
    count, unit = _count_and_unit(g, v)
    earliest, latest = (back_from if direction < 0 else _forward_from)(ref, count, unit)
    return earliest, latest, Precision.week if unit in ("week", "about_days") else Precision.day


# how far after an offset back the day of the report it counts from may be told
_REPORT_REACH = 60


@lru_cache(maxsize=8)
def report_cue(language: str) -> re.Pattern | None:
    """The language's words of a report between its day and what it tells (``REPORT_CUE``), None without them."""
    cue = getattr(vocab(language), "REPORT_CUE", None)
    return re.compile(cue, re.IGNORECASE) if cue else None


def _report_told_after(text: str, end: int, found: list[tuple[int, int, DateInterval]], language: str) -> DateInterval | None:
    """The day of a report told right after an offset back, which it counts from ("took place two days before it was
    reported on 10 May 2024"), or None."""
    cue = report_cue(language)
    after = next(((s, iv) for s, e, iv in found if s >= end), None)
    if cue is None or after is None or after[0] - end > _REPORT_REACH or re.search(r"[.;:!?]", text[end:after[0]]):
        return None
    s, iv = after
    return iv if iv.precision == Precision.day and iv.earliest == iv.latest and cue.search(text, end, s) else None


# a weekday set beside an offset, in apposition: it says which day the offset lands on
_WEEKDAY_APPOSED = re.compile(r",?\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|"
                              r"jeudi|vendredi|samedi|dimanche)\b(?!\s+(?:\d|dernier|prochain|suivant|last|next))", re.IGNORECASE)
# what ends a clause (an offset's phrase runs to it)
CLAUSE_END = re.compile(r"[,;:.!?]")


def _dated_in_clause(text: str, end: int, found: list[tuple[int, int, DateInterval]]) -> bool:
    """Whether a date of ``found`` is written after ``end`` before its clause ends (a thing named with its own day)."""
    stop = CLAUSE_END.search(text, end)
    limit = stop.start() if stop else len(text)
    return any(end <= s < limit for s, _, _ in found)


def told_offsets(text: str, anchor: DateInterval | None, language: str, found: list[tuple[int, int, DateInterval]],
                 taken: list[tuple[int, int]], counted_on: list[tuple[int, int]],
                 told_before: DateInterval | None = None) -> list[tuple[int, int, DateInterval]]:
    """The offsets in ``text`` from a told day, counted from the last day-precise date of ``found`` written before
    them ("On 12 May, residents reported that three days earlier…": 9 May), else, for an offset back, from the
    anchor; ``taken`` (the spans other dates hold) grows with theirs, except the spans of ``counted_on``
    (``weekdays_counted_on``), which ``dates`` keeps for this module; ``told_before``: the last day told in an
    earlier paragraph, which an offset forward counts from when ``text`` tells no day before it."""
    out = []
    reserved = set(counted_on)
    for pattern, direction in _rules(language):
        for m in pattern.finditer(text):
            if any(m.start() < te and ts < m.end() for ts, te in taken if (ts, te) not in reserved):
                continue
            if m.groupdict().get("thing") and _dated_in_clause(text, m.end(), found):
                continue  # "the eve of the vote held on 30 June": that day's offset (``thing_offsets``)
            if _WEEKDAY_APPOSED.match(text, m.end()):
                continue  # « Le lendemain, vendredi, … », "The next day, Friday, …": the weekday names the day itself
            told = [iv for s, e, iv in found if e <= m.start() and iv.precision == Precision.day and iv.earliest == iv.latest]
            if not told and direction > 0 and told_before is not None:
                told = [told_before]  # « ¶ Le lendemain, … »: the day after the one the paragraph before told
            reported = _report_told_after(text, m.end(), found, language) if direction < 0 else None
            if reported is not None:  # "two days before it was reported on 10 May 2024": back from that report
                ref, estimated = reported.latest, reported.is_estimate
            elif told:
                ref, estimated = told[-1].latest, told[-1].is_estimate
            elif direction < 0 and anchor is not None and not m.groupdict().get("clause") and not m.groupdict().get("thing"):
                ref, estimated = anchor.latest, anchor.is_estimate
            else:
                continue
            earliest, latest, precision = _offset_interval(m, ref, direction, language)
            evidence = f"{m.group(0)}{_COUNTED_ON}{ref.isoformat()}" if direction > 0 \
                else f"{m.group(0)}{_CLAUSE_BACK}" if m.groupdict().get("clause") else m.group(0)
            out.append((m.start(), m.end(), DateInterval(earliest=earliest, latest=latest, precision=precision,
                                                         is_estimate=estimated, evidence=evidence)))
            taken.append((m.start(), m.end()))
    return out


def told_days_back(text: str, language: str = "en") -> int:
    """The most days ``text`` counts back from a day told before it ("a week earlier": 7, "the night before": 1,
    « deux semaines plus tôt »: 14; an offset from a thing or opening a clause, or the told day itself, counts 0)."""
    v, most = vocab(language), 0
    for pattern, direction in _rules(language):
        if direction > 0:
            continue
        for m in pattern.finditer(text):
            g = m.groupdict()
            if g.get("z") or g.get("clause") or g.get("thing"):
                continue
            count, unit = _count_and_unit(g, v)
            most = max(most, count * 7 if unit == "week" else count)
    return most
