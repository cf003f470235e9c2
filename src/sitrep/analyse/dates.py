"""Stage: date expressions resolved against the publication date.

News dates are mostly relative ("on Tuesday", "over the weekend", "last month", "On November 14"):
general-purpose parsers resolve them against *today*, or towards the future, which is wrong for an
article read months later.  Each expression here is resolved against the document's anchor (its
publication date): weekdays and month-days to the most recent one on or before it, "last month" to the
calendar month before it, and so on.  When the anchor is itself an estimate (a range), the expression is
resolved against both ends and the interval covers both results, flagged ``is_estimate``.

The words come from ``sitrep.analyse.lang.<language>`` so a French table plugs in without code changes.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from functools import lru_cache

from sitrep.analyse.context import Context
from sitrep.analyse.calendar_days import (
    last_month_day, last_weekday, month_end, safe_date, year_of_past_month, year_of_weekday,
)
from sitrep.analyse.date_ranges import span_rules
from sitrep.analyse.exact_offsets import exact_ago_rules
from sitrep.analyse.feast_days import feast_rules
from sitrep.analyse.full_dates import full_day_rules
from sitrep.analyse.relative_days import relative_day_rules
from sitrep.analyse.thing_offsets import thing_offsets
from sitrep.analyse.told_offsets import (
    back_from, count_of, counted_unit, number_alternation, report_cue, told_offsets, weekdays_counted_on,
)
from sitrep.analyse.lang import vocab
from sitrep.analyse.regex_gate import fold_for_gate, may_match, stored_needles
from sitrep.model import DateInterval, DateMention, Document, Precision
from sitrep.regex_codes import longest_first

log = logging.getLogger(__name__)

_ORDER = [Precision.day, Precision.week, Precision.month, Precision.year]


def anchor_interval(document: Document) -> DateInterval | None:
    """The publication date as an interval (flagged is_estimate when it was estimated)."""
    p = document.published
    if p.date is not None and not p.is_estimate:
        return DateInterval(earliest=p.date, latest=p.date, precision=Precision.day, evidence=p.evidence or "published")
    earliest = p.earliest or p.date
    latest = p.latest or p.date
    if earliest is None or latest is None:
        return None
    if latest < earliest:
        earliest, latest = latest, earliest
    return DateInterval(earliest=earliest, latest=latest, precision=_span_precision(earliest, latest),
                        is_estimate=True, evidence=p.evidence or "estimated")


def _span_precision(a: dt.date, b: dt.date) -> Precision:
    days = (b - a).days + 1
    if days <= 1:
        return Precision.day
    if days <= 7:
        return Precision.week
    if days <= 62:  # a month, or two adjacent ones from an estimated anchor
        return Precision.month
    return Precision.year


def _coarser(a: Precision, b: Precision) -> Precision:
    return a if _ORDER.index(a) >= _ORDER.index(b) else b


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    while month < 1:
        month, year = month + 12, year - 1
    while month > 12:
        month, year = month - 12, year + 1
    return dt.date(year, month, 1), month_end(year, month)


# -----------------------------------------------------------------------------------------------
# resolvers: each takes the match and a reference day, returns (earliest, latest) or None


Resolver = Callable[[re.Match, dt.date | None], "tuple[dt.date, dt.date] | None"]


def _month_part_rules(v, month_alt: str, year: str) -> list[tuple[re.Pattern, Resolver, Precision, bool]]:
    """"early June 2026", "in mid-May", « début mai », « fin juin 2026 »: a third of the month (days 1-10,
    11-20, 21-end), not the whole month, which would let fusion join any report of it.  First of the
    rules, before "June 2026" claims the month; none for a language without ``MONTH_PARTS``."""
    parts = getattr(v, "MONTH_PARTS", {})
    if not parts:
        return []
    parts_alt = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))

    def month_part(m, ref):
        mo = v.MONTHS[m["m"].lower().rstrip(".")]
        y = int(m["y"]) if m["y"] else year_of_past_month(ref, mo)
        first, last = _month_range(y, mo)
        third = parts[re.sub(r"[\s-]+", " ", m["part"].lower()).strip()]
        start = first + dt.timedelta(days=10 * third)
        return start, last if third == 2 else start + dt.timedelta(days=9)

    pattern = rf"\b(?P<part>{parts_alt})[\s-]*(?P<m>{month_alt})\b\.?(?:,?\s+{year}\b|(?!\s*\d))"
    rules = [(re.compile(pattern, re.IGNORECASE), month_part, Precision.month, True)]
    for rel, offset in getattr(v, "MONTH_PART_RELATIVE", {}).items():
        # "at the end of last month", « au début du mois »: the part of the month counted from the publication
        def relative_part(m, ref, offset=offset):
            first, last = _month_range(ref.year, ref.month + offset)
            third = parts[re.sub(r"[\s-]+", " ", m["part"].lower()).strip()]
            start = first + dt.timedelta(days=10 * third)
            end = last if third == 2 else start + dt.timedelta(days=9)
            return (start, min(end, ref)) if start <= ref else None
        rules.append((re.compile(rf"\b(?P<part>{parts_alt})[\s-]*(?:the\s+|le\s+)?(?:{rel})\b", re.IGNORECASE),
                      relative_part, Precision.month, True))
    return rules


def _relative(unit: str, offset: int) -> Resolver:
    """The resolver of a relative phrase of ``lang.*.RELATIVE``: its unit counted ``offset`` back from the anchor."""
    def fn(m, ref):
        if unit in ("day", "night_ended"):
            d = ref + dt.timedelta(days=offset)
            return d, d
        if unit == "weekend" and offset < 0:  # the weekend that closed the calendar week before the anchor's
            sat = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=offset, days=5)
            return sat, sat + dt.timedelta(days=1)
        if unit == "weekend":
            sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
            return sat, min(sat + dt.timedelta(days=1), ref) if sat < ref else sat
        if unit in ("week_late", "week_end"):  # a calendar week's last four (three) days: Thursday (Friday) to Sunday
            sunday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=offset, days=6)
            first = sunday - dt.timedelta(days=3 if unit == "week_late" else 2)
            return (first, min(sunday, ref)) if first <= ref else None
        if unit in ("week_start", "week_middle"):  # three days of a calendar week: Monday or Tuesday on
            first = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=offset, days=unit == "week_middle")
            return min(first, ref), min(first + dt.timedelta(days=2), ref)
        if unit == "week":
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=offset)
            return monday, min(monday + dt.timedelta(days=6), ref) if offset == 0 else monday + dt.timedelta(days=6)
        if unit == "month":
            return _month_range(ref.year, ref.month + offset)
        if unit == "trailing_days":  # "the past week": the ``offset`` days up to the publication, whatever weekday
            return ref - dt.timedelta(days=offset), ref
        return dt.date(ref.year + offset, 1, 1), dt.date(ref.year + offset, 12, 31)
    fn.counts_night_before_report = unit == "night_ended"
    return fn


@lru_cache(maxsize=8)
def _rules(language: str) -> list[tuple[re.Pattern, Resolver, Precision, bool]]:
    """(pattern, resolver, inherent precision, needs an anchor) in priority order."""
    v = vocab(language)
    months = sorted(v.MONTHS, key=len, reverse=True)
    capitalised = getattr(v, "CAPITALISED_NAMES", True)  # English writes "May", French "mai"
    month_alt = ("|".join(re.escape(m.capitalize()) for m in months) if capitalised
                 else "(?i:" + "|".join(re.escape(m) for m in months) + ")")
    month_alt_any = "|".join(re.escape(m) for m in months)
    wd_alt = "|".join(re.escape(w) for w in sorted(v.WEEKDAYS, key=len, reverse=True))
    units_alt = "|".join(re.escape(u) for u in sorted(v.UNITS, key=len, reverse=True))
    num_alt = number_alternation(v)
    ordsuf = v.ORDINAL_SUFFIX
    year = r"(?P<y>(?:19|20)\d{2})"
    M = lambda m: v.MONTHS[m.lower().rstrip(".")]  # noqa: E731
    W = lambda w: v.WEEKDAYS[w.lower()]  # noqa: E731
    rules: list[tuple[re.Pattern, Resolver, Precision, bool]] = []

    def add(pattern: str, fn: Resolver, precision: Precision, needs_anchor: bool, flags=0):
        rules.append((re.compile(pattern, flags), fn, precision, needs_anchor))

    rules.extend(full_day_rules(v, language, month_alt, year))

    rules.extend(feast_rules(v, year))

    def between(m, ref):
        a, b = W(m["a"]), W(m["b"])
        end = last_weekday(ref, b)
        start = end - dt.timedelta(days=(b - a) % 7)
        return start, end

    add(rf"\b{v.BETWEEN[0]}\s+(?P<a>{wd_alt})\s+{v.BETWEEN[1]}\s+(?P<b>{wd_alt})\b", between, Precision.day, True,
        re.IGNORECASE)

    def ago(m, ref):
        count = round(count_of(m["n"], v) * getattr(v, "UNIT_MULTIPLES", {}).get(m["u"].lower(), 1))
        count, unit = counted_unit(m["n"], m["u"], count, v.UNITS[m["u"].lower()], v)  # (« il y a quinze jours »)
        if unit in ("day", "week", "about_days"):
            return back_from(ref, count, unit)
        if unit == "month":
            return _month_range(ref.year, ref.month - count)
        return dt.date(ref.year - count, 1, 1), dt.date(ref.year - count, 12, 31)

    rules.extend(exact_ago_rules(v, num_alt, units_alt))  # ("a week ago to the day": that day, not the week around it)
    count = rf"(?P<n>\d+|{num_alt})\s+(?P<u>{units_alt})"
    add(rf"\b{count}\s+ago\b" if v.AGO == "ago" else rf"\b{v.AGO}\s+{count}\b", ago, Precision.day, True, re.IGNORECASE)

    def past_weekday(m, ref):
        # strictly before the publication: "last Thursday" in a Thursday's paper is a week back
        d = last_weekday(ref - dt.timedelta(days=1), W(m["w"]))
        return d, d

    def named_weekday(m, ref):
        # "hier jeudi": the weekday wins over "yesterday" when the two disagree (an article dated
        # the day it was written, published the next morning)
        d = last_weekday(ref, W(m["w"] or m.groupdict().get("w2")))
        return d, d

    wd_any = f"(?i:{wd_alt})"
    if getattr(v, "YESTERDAY_WEEKDAY", None):
        add(v.YESTERDAY_WEEKDAY.format(wd=wd_any), named_weekday, Precision.day, True, re.IGNORECASE)
    rules.extend(relative_day_rules(v, month_alt_any, wd_any, num_alt))
    if getattr(v, "LAST_WEEKDAY", None):
        add(v.LAST_WEEKDAY.format(wd=wd_any), past_weekday, Precision.day, True, re.IGNORECASE)

    unit_precision = {"day": Precision.day, "weekend": Precision.week, "week": Precision.week, "week_start": Precision.week,
                      "week_middle": Precision.week, "week_late": Precision.week, "night_ended": Precision.day,
                      "trailing_days": Precision.week, "week_end": Precision.week,
                      "month": Precision.month, "year": Precision.year}
    for pattern, (unit, offset) in v.RELATIVE.items():
        add(rf"\b(?:{pattern})\b", _relative(unit, offset), unit_precision[unit], True, re.IGNORECASE)

    def future(m) -> bool:
        """A deadline ("until December 31", "by Friday") points forward from the anchor."""
        before = m.string[max(0, m.start() - 12):m.start()].lower().split()
        return bool(before) and before[-1] in v.FUTURE_CUES

    def weekday(m, ref):
        d = last_weekday(ref, W(m["w"]))
        if future(m) and d < ref:
            d += dt.timedelta(days=7)
        return d, d

    wd_names = "|".join(w.capitalize() for w in v.WEEKDAYS) if capitalised else "(?i:" + "|".join(v.WEEKDAYS) + ")"
    # a weekday that heads a full date (« le mardi 3 mars 2026 », "Tuesday, March 3", "late on Sunday (9 June)") is
    # that date's, not the last such weekday before the publication: the date that follows it dates the sentence
    # alone, and wins when the two disagree
    heads_date = rf"(?!,?\s*\(?\s*(?:\d{{1,2}}(?:{ordsuf})?\s+(?:{month_alt})\b|(?:{month_alt})\.?\s+\d))"
    add(rf"\b(?P<w>{wd_names})\b{heads_date}", weekday, Precision.day, True)

    def month_day(m, ref):
        d = last_month_day(ref, M(m["m"]), int(m["d"]))
        if d is not None and future(m) and d < ref:
            d = safe_date(d.year + 1, d.month, d.day)
        return (d, d) if d else None

    add(rf"\b(?P<m>{month_alt})\.?\s+(?P<d>\d{{1,2}})(?:{ordsuf})?\b(?![,.]?\s*\d)", month_day, Precision.day, True)
    # ("the 3rd of March": the day told by its ordinal, as the rule with a year above reads it)
    add(rf"\b(?P<d>\d{{1,2}})(?:{ordsuf})?\s+(?:of\s+)?(?P<m>{month_alt})\b(?!\s*\d)", month_day, Precision.day, True)
    add(rf"\b(?P<m>{month_alt})\.?,?\s+(?:of\s+)?{year}\b", lambda m, ref: _month_range(int(m["y"]), M(m["m"])),
        Precision.month, False)

    def month_only(m, ref):
        mo = M(m["m"])
        y = ref.year if mo <= ref.month else ref.year - 1
        return _month_range(y, mo)

    preps = "|".join(re.escape(p) for p in longest_first(v.DATE_PREPOSITIONS))
    add(rf"\b(?i:{preps})\s+(?P<x>(?P<m>{month_alt}))\b(?!\s+\d)", month_only, Precision.month, True)
    # (a year after a determiner qualifies a noun, "the 2018 finance law": no date of the deed, unless that noun is a
    # deed, "the 2022 massacre in Moura")
    qualified = "".join(rf"(?<!\b(?i:{re.escape(w)})\s)" for w in v.YEAR_QUALIFIER_BEFORE)
    deed = rf"(?=\d{{4}}\s+(?:[\w-]+\s+){{0,2}}?(?i:{v.YEAR_DEED_NOUNS})\b)"
    # (the year's first digit looked ahead first: the lookbehinds after it are tried only where a year may begin, not
    # at every character of the paragraph; the same matches, in a fifteenth of the time)
    add(rf"(?=[12])(?<![\d,.$€£/])(?:{qualified}|{deed})\b(?P<y>19[5-9]\d|20\d{{2}})\b(?![\d/]|[,.]\d|\s*(?:%|percent|km|people|troops|soldiers))",
        lambda m, ref: (dt.date(int(m["y"]), 1, 1), dt.date(int(m["y"]), 12, 31)), Precision.year, False)
    return span_rules(v, month_alt, wd_alt) + _month_part_rules(v, month_alt, year) + rules


def acled_month_part(interval: DateInterval, language: str = "en") -> DateInterval:
    """An event dated by a part of a month ("early May", « mi-mai », "late June 2024") as ACLED codes it: one day with
    time precision 2, a week, so the week that opens the part (1-7, 11-17, 21-27), which holds the day its coders
    take (the part's first day, or the 15th for the middle of the month).  Any other interval is returned as is."""
    parts = getattr(vocab(language), "MONTH_PARTS", {})
    told = (interval.evidence or "").strip().lower()
    surface = re.sub(r"^(?:in|en|à|a)\s+", "", told)  # (a part may open with the preposition: « à la fin du mois »)
    if interval.precision != Precision.month or not any(surface.startswith(p) or told.startswith(p) for p in parts):
        return interval
    latest = min(interval.latest, interval.earliest + dt.timedelta(days=6))
    return interval.model_copy(update={"latest": latest, "precision": Precision.week})


@lru_cache(maxsize=8)
def _gates(language: str) -> tuple[frozenset[str] | None, ...]:
    """For each rule of ``_rules``, strings one of which any of its matches contains (``regex_gate``)."""
    return stored_needles(f"date-rule-needles-{language}", [pattern for pattern, *_ in _rules(language)])


def _resolve(fn: Resolver, m: re.Match, anchor: DateInterval | None, needs_anchor: bool):
    """Resolve against the anchor's ends; an estimated anchor widens the interval to cover both."""
    if not needs_anchor:
        return fn(m, None), False
    if anchor is None:
        return None, False
    refs = [anchor.latest] if anchor.earliest == anchor.latest else [anchor.earliest, anchor.latest]
    results = [r for r in (fn(m, ref) for ref in refs) if r and r[0] and r[1]]
    if not results:
        return None, False
    return (min(r[0] for r in results), max(r[1] for r in results)), anchor.is_estimate


def _told_report_days(text: str, language: str) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of every full day with its year in ``text`` ("On 11 March 2024", « le 11 mars 2024 »): the days
    a note may tell its report on, before the event's day told relative to it."""
    days = []
    for pattern, fn, precision, needs_anchor in _rules(language):
        if needs_anchor or precision != Precision.day:
            continue
        for m in pattern.finditer(text):
            try:
                resolved = fn(m, None)
            except (ValueError, KeyError, OverflowError):
                continue
            if resolved and resolved[0] == resolved[1]:
                days.append((m.start(), m.end(), resolved[0]))
    return sorted(days)


def _report_day_before(text: str, start: int, days: list[tuple[int, int, dt.date]], cue: re.Pattern | None) -> dt.date | None:
    """The day of the report a relative date is told in ("On 11 March 2024, residents said that two days ago…", « Le 11
    mars 2024, un élu a indiqué que jeudi dernier… »): a full day earlier in its sentence with a saying between them.
    The saying may come before the day too ("the army said on 12 March 2024 that on Sunday…").  The relative date
    counts from that day, not from the publication: a coder's note is filed on the event's day or later, and a
    story may quote a report days old."""
    if cue is None:
        return None
    for told_start, end, day in reversed(days):
        if end > start:
            continue
        between = text[end:start]
        if re.search(r"[.!?]\s+[A-ZÀ-Þ«\"]|\n", between) or len(between) > 160:
            return None  # another sentence: its own frame
        said = cue.search(between) or cue.search(text[max(0, told_start - 40):told_start])
        return day if said else None
    return None


def _report_day_after(text: str, end: int, days: list[tuple[int, int, dt.date]], cue: re.Pattern | None) -> dt.date | None:
    """The day of the report a relative date is told in, given after it ("Gunmen killed four men yesterday, a local
    official said on 14 May 2024", « … avant-hier, a déclaré le jeudi 12 septembre 2024 un élu »): the first full day
    later in its sentence, with a saying right before that day.  Like a report told first, it is the day the
    relative date counts from: a note is filed on the event's day, not on the report's."""
    if cue is None:
        return None
    for day_start, _, day in days:
        if day_start < end:
            continue
        between = text[end:day_start]
        if re.search(r"[.!?]\s+[A-ZÀ-Þ«\"]|\n", between) or len(between) > 160:
            return None
        return day if cue.search(text[max(end, day_start - _SAYING_REACH):day_start]) else None
    return None


# how far before its day a saying may stand ("according to a statement issued by the governor on 20 January 2024")
_SAYING_REACH = 60


# how long after a told day a note may give the day it was reported on ("On 5 March 2024 (reported 7 March)")
_SAYING_LAG_DAYS = 31


def _day_interval(day: dt.date) -> DateInterval:
    return DateInterval(earliest=day, latest=day, precision=Precision.day, evidence="the report's day")


def _wraps_back_a_year(day: dt.date, reported: dt.date) -> bool:
    return (reported - day).days > 365 - _SAYING_LAG_DAYS


def _is_saying_day(text: str, start: int, cue: re.Pattern | None) -> bool:
    """Whether the date at ``start`` follows its saying word at once ("reported 7 March", "said on 7 March", « a
    rapporté le 7 mars »): the day of the saying, not of the deed."""
    if cue is None:
        return False
    before = text[max(0, start - 40):start]
    return any(re.fullmatch(r"\s*(?:on|le|du|this|ce)?\s*", before[m.end():], re.IGNORECASE) for m in cue.finditer(before))


# the evidence mark of a date counted from the day of the report it is told in (``counted_from_report``)
_FROM_REPORT = ", counted from the report of"


def counted_from_report(interval: DateInterval) -> bool:
    """Whether a relative date was counted from the day of the report told before it ("On 11 March 2024, residents
    said that two days ago…"): like an offset back from a told day, it dates the deed, not the saying."""
    return _FROM_REPORT in (interval.evidence or "")


@lru_cache(maxsize=4)
def _weekday_before(language: str) -> re.Pattern:
    v = vocab(language)
    names = "|".join(re.escape(w) for w in sorted(v.WEEKDAYS, key=len, reverse=True))
    return re.compile(rf"\b(?P<w>{names})\b,?\s+(?:the\s+)?$", re.IGNORECASE)


def _heading_weekday(text: str, start: int, language: str) -> int | None:
    """The weekday written right before a day and month ("Tuesday, January 5", « mardi 5 janvier »), or None."""
    m = _weekday_before(language).search(text[max(0, start - 24):start])
    return vocab(language).WEEKDAYS[m["w"].lower()] if m else None


def parse_dates(text: str, anchor: DateInterval | None, language: str = "en",
                told_before: DateInterval | None = None) -> list[tuple[int, int, DateInterval]]:
    """(start, end, interval) for every date expression in ``text``, earlier rules winning overlaps;
    ``told_before``: the last day an earlier paragraph told, which an offset forward with no day before it in
    ``text`` counts from (« … mardi 11 janvier … ¶ Le lendemain, ils ont exécuté deux bergers »)."""
    counted_on = weekdays_counted_on(text, language)  # (left to ``told_offsets``, which counts them forward)
    taken: list[tuple[int, int]] = list(counted_on)
    out: list[tuple[int, int, DateInterval]] = []
    folded = None
    cue = report_cue(language)
    report_days = _told_report_days(text, language) if cue is not None and cue.search(text) else []
    for (pattern, fn, precision, needs_anchor), gate in zip(_rules(language), _gates(language)):
        if gate is not None:
            # most paragraphs name no month, weekday or "last week": a substring test skips the scan
            if folded is None:
                folded = fold_for_gate(text)
            if not may_match(gate, folded):
                continue
        for m in pattern.finditer(text):
            s, e = m.span("x") if "x" in pattern.groupindex else m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            reported = (_report_day_before(text, s, report_days, cue) or _report_day_after(text, e, report_days, cue)) \
                if needs_anchor and report_days else None
            ref = anchor if reported is None else _day_interval(reported)
            if reported is not None and getattr(fn, "counts_night_before_report", False):
                # ("Residents said on Sunday that overnight…": the night that ended on the report's day, coded, as
                # ACLED codes a night, on the day it began; a note's own day is already the night's as coded)
                ref = _day_interval(reported - dt.timedelta(days=1))
            try:
                resolved, estimated = _resolve(fn, m, ref, needs_anchor)
                if reported is not None and resolved and _wraps_back_a_year(resolved[0], reported) \
                        and _is_saying_day(text, s, cue):
                    # "On 5 March 2024 (reported 7 March)": the day of the saying itself, on or after the told
                    # day, not a day counted back from it into the year before
                    resolved, estimated = _resolve(
                        fn, m, _day_interval(reported + dt.timedelta(days=_SAYING_LAG_DAYS)), needs_anchor)
                    reported = None  # (a saying's day dates no deed: not marked ``counted_from_report``)
            except (ValueError, KeyError, OverflowError):
                continue
            if resolved is None:
                continue
            earliest, latest = resolved
            if latest < earliest:
                earliest, latest = latest, earliest
            if estimated and earliest == latest and (told := _heading_weekday(text, s, language)) is not None:
                earliest = latest = year_of_weekday(earliest, told)  # « mardi 5 janvier » in an undated page
                estimated = earliest.weekday() != told
            prec = _coarser(precision, _span_precision(earliest, latest)) if estimated or precision == Precision.day else precision
            taken.append((s, e))
            evidence = text[s:e] if reported is None else f"{text[s:e]}{_FROM_REPORT} {reported.isoformat()}"
            out.append((s, e, DateInterval(earliest=earliest, latest=latest, precision=prec,
                                           is_estimate=estimated, evidence=evidence)))
    out.sort(key=lambda t: t[0])
    out.extend(told_offsets(text, anchor, language, out, taken, counted_on, told_before))
    out.sort(key=lambda t: t[0])
    return thing_offsets(text, language, out)


def find_dates(ctx: Context) -> list[DateMention]:
    out = []
    told: DateInterval | None = None
    for para in ctx.paragraphs:
        for s, e, interval in parse_dates(para.text, ctx.anchor, ctx.language, told):
            span = para.span(ctx.doc_id, s, e)
            out.append(DateMention(span=span, surface=para.text[s:e], interval=interval))
            if interval.precision == Precision.day and interval.earliest == interval.latest and not interval.is_estimate:
                told = interval
    return out
