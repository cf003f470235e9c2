"""The publication date: found where the page states it, or estimated from internal evidence.

A *stated* date comes from a date line in the header or footer ("April 29, 2026", "2026-05-04",
"Published on ..."), a dateline ("BAMAKO, April 29, 2026 (AFP) -") or given/HTML metadata.
When nothing states it, ``estimate`` reasons from the body like an analyst would, and keeps the
reasoning as evidence. Every piece of evidence gives a *lower bound* (a text that reports
something in the past was written after it), a few give an upper bound:

* a dated mention ("in July 2024", "on 3 March 2023") → not before that day/month;
* a bare year written as past ("In 2023, separatists lost ...") → the article is from a later year,
  since a text written during that year says "this year" (the latest such year only);
* a known reference event (``data/references.yaml``) → not before it; with "last year" in the same
  sentence → the article is from the following year (both bounds);
* a month and day without a year ("On November 14, ...") → in the publication year by news style,
  so not before that day of the year reached so far;
* mentions in future context ("until December 31", "will hold elections in 2027") give nothing.

The estimate is the earliest bound plus one month (news reports recent events), clipped to the
range; the range ends at the upper bound or a year after the earliest.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from sitrep.ingest import dateline

log = logging.getLogger(__name__)

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "decembre": 12,
    # the French wires' abbreviations: "NIAMEY, 6 déc 2026 (AFP) -", "KAYA, 16 févr. 2026 (AIB) –"
    "janv": 1, "févr": 2, "fevr": 2, "fév": 2, "avr": 4, "juil": 7, "déc": 12,
}
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+"
FULL_DATES = [
    re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # April 29, 2026
    re.compile(rf"\b{_DAY}\s+{_MON},?\s+{_YEAR}\b", re.I),  # 29 April 2026 / 29 avril 2026
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),  # 2026-05-04
]
MONTH_YEAR = re.compile(rf"\b{_MON}\s+(?:of\s+)?{_YEAR}\b", re.I)
MONTH_DAYS = [
    re.compile(rf"\b{_MON}\s+{_DAY}\b(?!,?\s+(?:19|20)\d\d)", re.I),  # November 14
    re.compile(rf"\b{_DAY}\s+{_MON}(?!\w)(?!,?\s+(?:19|20)\d\d)", re.I),  # 14 November
]
MONTH_ALONE = re.compile(r"\b(?:in|since|on|during|early|late|mid-?|last|this|until|by)\s+(?P<mon>january|february|march|april|june|july|august|september|october|november|december)\b(?!\s+(?:[0-3]?\d\b|(?:of\s+)?(?:19|20)\d\d))", re.I)
# a year used as a time ("in 2023", "since 2012", "in 2020 and 2021"), not as a name ("the 2022 World Cup")
BARE_YEAR = re.compile(
    r"\b(?:in|since|during|from|of|and|early|late|mid-?|summer|spring|autumn|fall|winter|end of|beginning of)"
    r",?\s+(?:the\s+year\s+)?(?P<year>(?:19|20)\d\d)(?![\d/-])(?!\s+[A-Z][a-z])", re.I)
TIME = r"(?:\s*(?:at\s+)?\d{1,2}[:.h]\d\d(?:\s*(?:am|pm|[A-Z]{2,4}|UTC|GMT))?)?"
DATE_LINE_PREFIX = re.compile(r"^(?:(?:published|posted|issued|released|updated|last updated|date|publié le|diffusé le|mis à jour le)\s*(?:on|at)?\s*:?\s*)?", re.I)
DATELINE = dateline.WITH_DAY  # "BAMAKO, April 29, 2026 (AFP) -": the dateline grammar is ``ingest.dateline``
DAY_AFTER_CREDIT = dateline.DAY_AFTER_CREDIT  # "BAMAKO, Mali (AP) — August 23, 2026": the day after the credit
# all-numeral dates: "03/09/2026", "19.05.2026"; which number is the day is decided by the caller
UPDATE_CLAUSE = re.compile(r"\s*[(\[|]?\s*(?:modified|updated|last updated|mis à jour|màj|actualisé|modifié)\b.*$", re.I)
NUMERIC_DATE = re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)(?![\d/.])")
FUTURE_BEFORE = re.compile(r"\b(until|till|by|before|through|deadline(?: of)?|due|from now to)\s+(?:the\s+)?(?:end of\s+)?$", re.I)
FUTURE_SENTENCE = re.compile(r"\b(will|shall|scheduled|planned|plans? to|expected to|is set to|upcoming|next year|due to"
                             r"|prévue?s?|devr(?:a|ait|ont)|l'an prochain|à venir)\b", re.I)
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
# a place and date line of its own, as communiqués and agency copy head them: "Ouagadougou, le 13 octobre
# 2026 (AIB)", "Niamey, 5 November 2026": the place and the credit do not make it less of a date line
PLACE_DATE_LINE = dateline.PLACE_DATE_LINE
# a wire dateline that states the day but not the year: "OUAGADOUGOU, Oct 14 (Reuters) -", "Oct 28
# (Reuters) -", "NIAMEY, 5 nov. (AFP) -": wire style leaves out the current year
YEARLESS_DATELINES = [dateline.yearless(rf"{_MON}\s+{_DAY}"), dateline.yearless(rf"{_DAY}\s+{_MON}")]
# a date the text calls the day of writing: "ont repris ce mardi 27 octobre 2026", "this Tuesday, 27
# October", "aujourd'hui 27 octobre": the article is from that day or the next ones
DEICTIC_BEFORE = re.compile(r"\b(?:ce|cette|this|today|aujourd'hui|aujourd’hui)\s*,?\s+(?:" + _WEEKDAY + r")?$", re.I)
DEICTIC_REACH = dt.timedelta(days=2)


@dataclass(frozen=True)
class Found:
    date: dt.date
    start: int  # offset in the searched string
    end: int


def _mk(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_date(m: re.Match) -> dt.date | None:
    g = m.groupdict()
    month = int(g["month"]) if g.get("month") else MONTHS[g["mon"].lower().rstrip(".")]
    return _mk(int(g["year"]), month, int(g["day"]))


# every full date holds a year (``_YEAR``): a string without one is not searched by the three patterns
YEARISH = re.compile(r"(?:19|20)\d\d")
DIGIT = re.compile(r"\d")


def find_full_dates(s: str) -> list[Found]:
    found: list[Found] = []
    if not YEARISH.search(s):
        return found
    for rx in FULL_DATES:
        for m in rx.finditer(s):
            d = _full_date(m)
            if d and not any(f.start <= m.start() < f.end for f in found):
                found.append(Found(d, m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def is_date_line(line: str) -> bool:
    """True when the whole line is a date (with an optional "Published:" prefix, weekday, time, or a
    place before it: "Ouagadougou, le 13 octobre 2026 (AIB)")."""
    rest = DATE_LINE_PREFIX.sub("", line.strip().strip("*_|").strip())
    placed = PLACE_DATE_LINE.match(rest)
    if placed and find_full_dates(placed.group("rest")) and _is_date_only(placed.group("rest")):
        return True
    credited = DAY_AFTER_CREDIT.match(rest)
    if credited and credited.end() == len(rest) and _is_date_only(credited.group("rest")):
        return True
    return _is_date_only(rest)


def _is_date_only(rest: str) -> bool:
    rest = re.sub(rf"^{_WEEKDAY}", "", rest, flags=re.I)
    # "19/05/2026 - 14:32 Modified: 20/05/2026", "23.08.2026 (mis à jour: …)": the update clause
    # does not make a second date of the line
    rest = UPDATE_CLAUSE.sub("", rest)
    found = find_full_dates(rest) or numeric_dates(rest)
    if len(found) != 1 or found[0].start != 0:
        return False
    tail = rest[found[0].end :].strip(" ,|-—–")
    return tail == "" or re.fullmatch(TIME + r"\s*", " " + tail) is not None or len(tail) <= 12


def numeric_dates(s: str, day_first: bool = True) -> list[Found]:
    """All-numeral dates. A number above 12 says which is the day; otherwise ``day_first`` decides
    (the usage everywhere but the United States)."""
    found = []
    for m in NUMERIC_DATE.finditer(s):
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
        first_is_day = a > 12 or (b <= 12 and day_first)
        d = _mk(year, b, a) if first_is_day else _mk(year, a, b)
        if d:
            found.append(Found(d, m.start(), m.end()))
    return found


def numeric_order(lines: list[str]) -> bool | None:
    """True (day first) or False (month first) when some all-numeral date in ``lines`` can only be
    read one way ("19/05/2026"); None when none can."""
    for line in lines:
        for m in NUMERIC_DATE.finditer(line):
            a, b = int(m.group("a")), int(m.group("b"))
            if a > 12 >= b:
                return True
            if b > 12 >= a:
                return False
    return None


def stated_date_in_line(line: str, day_first: bool = True) -> dt.date | None:
    found = find_full_dates(line) or numeric_dates(line, day_first)
    return found[0].date if found else None


def yearless_dateline(text: str, today: dt.date | None = None) -> Found | None:
    """The day a wire dateline states without its year ("OUAGADOUGOU, Oct 14 (Reuters) -"), in the
    latest year that puts it on or before ``today``: wire copy is read while it is news, and the
    dateline's year is the year of writing (a text that dates things from other years names them)."""
    today = today or dt.date.today()
    for rx in YEARLESS_DATELINES:
        m = rx.match(text)
        if not m:
            continue
        month, day = MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("day"))
        for year in (today.year, today.year - 1):
            d = _mk(year, month, day)
            if d and d <= today:
                return Found(d, m.start(), m.end())
    return None


def dateline_date(text: str, day_first: bool = True) -> Found | None:
    """A dateline at the start of a paragraph: "BAMAKO, April 29, 2026 (AFP) - ...", "Bamako, 03/09/2026 –"."""
    for m in DATELINE.finditer(text[:3000]):
        found = find_full_dates(m.group("rest")) or numeric_dates(m.group("rest"), day_first)
        if found:
            return Found(found[0].date, m.start("rest") + found[0].start, m.start("rest") + found[0].end)
    # the day after the credit ("NIAMEY (AP) — August 23, 2026 — …") is the filing day only when it is
    # all that stands between the dashes: a date inside the story's first sentence is an event's
    for m in (*DAY_AFTER_CREDIT.finditer(text[:3000]), *dateline.DAY_BEFORE_CREDIT.finditer(text[:3000])):
        if _is_date_only(m.group("rest")):
            found = (find_full_dates(m.group("rest")) or numeric_dates(m.group("rest"), day_first))[0]
            return Found(found.date, m.start("rest") + found.start, m.start("rest") + found.end)
    return None


# ---------------------------------------------------------------------------------------------
# estimation


@dataclass(frozen=True)
class Reference:
    id: str
    date: dt.date
    patterns: tuple[re.Pattern, ...]
    exclude: tuple[re.Pattern, ...] = ()

    def reported_in(self, sentence: str) -> bool:
        return all(p.search(sentence) for p in self.patterns) and not any(p.search(sentence) for p in self.exclude)

    def may_be_reported_in(self, body: str) -> bool:
        """False only when no sentence of ``body`` can report the event: a pattern that finds
        nothing in the whole body finds nothing in one of its sentences.  That holds for patterns
        whose matches depend on the matched characters and on ``\\b`` alone (a sentence starts and
        ends at a non-word character of the body or at its ends); a pattern with anchors,
        look-arounds or ``\\B`` leaves the reference to the sentence check."""
        return not all(_substring_safe(p) for p in self.patterns) or all(p.search(body) for p in self.patterns)


# what can make a pattern match in a sentence but not in the text around it
_CONTEXT_SYNTAX = re.compile(r"\\[ABZ]|\^|\$|\(\?<?[=!]")


@lru_cache(maxsize=None)
def _substring_safe(pattern: re.Pattern) -> bool:
    return not (pattern.flags & re.M) and not _CONTEXT_SYNTAX.search(pattern.pattern.replace("[^", "["))


@lru_cache(maxsize=1)
def references() -> tuple[Reference, ...]:
    raw = yaml.safe_load(resources.files("sitrep.ingest").joinpath("data/references.yaml").read_text("utf-8"))
    return tuple(
        Reference(r["id"], r["date"] if isinstance(r["date"], dt.date) else dt.date.fromisoformat(str(r["date"])),
                  tuple(re.compile(p, re.I) for p in r["all"]), tuple(re.compile(p, re.I) for p in r.get("none", [])))
        for r in raw
    )


@dataclass
class Estimate:
    date: dt.date
    earliest: dt.date
    latest: dt.date
    evidence: str


def _is_future(sentence: str, start: int) -> bool:
    # A bounded look-behind window and a cached whole-sentence check keep this linear: on a 1 MB
    # one-"sentence" input, re-scanning the whole prefix and sentence per match was quadratic.
    return bool(FUTURE_BEFORE.search(sentence[max(0, start - 80):start])) or _future_sentence(sentence)


@functools.lru_cache(maxsize=64)
def _future_sentence(sentence: str) -> bool:
    return bool(FUTURE_SENTENCE.search(sentence))


def _where_a_year(rx: re.Pattern, sent: str):
    """``rx.finditer(sent)``, or no match without a year in ``sent`` (MONTH_YEAR and BARE_YEAR need one)."""
    return rx.finditer(sent) if YEARISH.search(sent) else ()


@lru_cache(maxsize=4)
def _references_in(body: str) -> tuple[Reference, ...]:
    """The references some sentence of ``body`` may report (asked once per sentence, found once per body)."""
    return tuple(ref for ref in references() if ref.may_be_reported_in(body))


def _days_called_own(body: str) -> list[tuple[dt.date, str]]:
    """The full dates ``body`` calls the day of writing ("ce mardi 10 octobre 2028", "this Tuesday, 27 October 2026"),
    each with its evidence: the text is of that day or the next ones (a communiqué read with a clock behind its day
    still tells its day)."""
    return [(f.date, f"calls {sent[f.start:f.end]!r} the day of writing")
            for sm in SENTENCE.finditer(body) if (sent := sm.group(0).strip())
            for f in find_full_dates(sent) if DEICTIC_BEFORE.search(sent[max(0, f.start - 30):f.start])]


def estimate(body: str, today: dt.date | None = None) -> Estimate | None:
    """Estimate the publication date of an undated text from its body (see the module docstring)."""
    today = today or dt.date.today()
    lo: tuple[dt.date, str] | None = None
    hi: tuple[dt.date, str] | None = None
    month_days: list[tuple[int, int, str]] = []
    ahead: list[tuple[int, int, str]] = []  # days without a year written as still to come

    def raise_lo(d: dt.date, why: str) -> None:
        nonlocal lo
        if d <= today and (lo is None or d > lo[0]):
            lo = (d, why)

    bare_years: dict[int, str] = {}
    for sm in SENTENCE.finditer(body):
        if not (sent := sm.group(0).strip()):
            continue
        covered: list[tuple[int, int]] = []
        for f in find_full_dates(sent):
            covered.append((f.start, f.end))
            if not _is_future(sent, f.start):
                raise_lo(f.date, f"mentions {sent[f.start:f.end]!r} as past")
        for m in _where_a_year(MONTH_YEAR, sent):
            if any(a <= m.start() < b for a, b in covered):
                continue
            covered.append((m.start(), m.end()))
            d = _mk(int(m.group("year")), MONTHS[m.group("mon").lower().rstrip(".")], 1)
            if d and not _is_future(sent, m.start()):
                raise_lo(d, f"mentions {m.group(0)!r} as past")
        for m in _where_a_year(BARE_YEAR, sent):
            if any(a <= m.start("year") < b for a, b in covered):
                continue
            year = int(m.group("year"))
            if not _is_future(sent, m.start()) and year <= today.year:
                raise_lo(dt.date(year, 1, 1), f"mentions {year} as past")
                bare_years.setdefault(year, sent[:120])
        for m in (m for rx in MONTH_DAYS if DIGIT.search(sent) for m in rx.finditer(sent)):  # a day: a digit
            if any(a <= m.start() < b for a, b in covered):
                continue
            month = MONTHS[m.group("mon").lower().rstrip(".")]
            day = int(m.group("day"))
            if 1 <= day <= 31:
                (ahead if _is_future(sent, m.start()) else month_days).append((month, day, m.group(0)))
        for m in MONTH_ALONE.finditer(sent):
            word = m.group(0).split()[0].lower()
            if word in ("until", "by") or _is_future(sent, m.start()):
                continue
            month_days.append((MONTHS[m.group("mon").lower()], 1, m.group(0)))
        for ref in _references_in(body):
            if ref.reported_in(sent) and not FUTURE_SENTENCE.search(sent):
                if re.search(r"\blast year\b", sent, re.I):
                    year = ref.date.year + 1
                    raise_lo(dt.date(year, 1, 1), f"{ref.id} ({ref.date}) was 'last year'")
                    if hi is None or dt.date(year, 12, 31) < hi[0]:
                        hi = (dt.date(year, 12, 31), f"{ref.id} ({ref.date}) was 'last year'")
                else:
                    raise_lo(ref.date, f"reports {ref.id} ({ref.date})")
    for day, why in _days_called_own(body):  # on that day or the next ones, whatever the reader's clock says
        hi = (day + DEICTIC_REACH, why) if hi is None or day + DEICTIC_REACH < hi[0] else hi
        lo = (day, why) if lo is None or day > lo[0] else lo
    lo, hi = (lo, hi) if lo is not None else (_yearless_bounds(month_days, ahead, today) or (None, hi))
    if lo is None:
        return None
    # a bare past year as the latest year mentioned: written after that year ended
    if bare_years:
        latest_bare = max(bare_years)
        if latest_bare >= lo[0].year and latest_bare < today.year and (hi is None or hi[0].year > latest_bare):
            raise_lo(dt.date(latest_bare + 1, 1, 1), f"writes {latest_bare} as a past year")
    # month-day without a year: in the publication year, so not before it within the year reached
    for month, day, phrase in month_days:
        d = _mk(lo[0].year, month, day)
        if d and d > lo[0] and (hi is None or d <= hi[0]):
            raise_lo(d, f"{phrase!r} without a year (this year)")
    earliest = lo[0]
    latest = hi[0] if hi and hi[0] >= earliest else earliest + dt.timedelta(days=365)
    latest = max(earliest, min(latest, today))
    point = earliest + min(dt.timedelta(days=30), (latest - earliest) / 2)
    evidence = lo[1] + (f"; until {hi[0]}: {hi[1]}" if hi and hi[0] >= earliest else "")
    return Estimate(date=point, earliest=earliest, latest=latest, evidence=evidence)


def _last_before(month: int, day: int, today: dt.date) -> dt.date | None:
    """The latest ``month``/``day`` not after ``today`` (this year's, else last year's)."""
    for year in (today.year, today.year - 1):
        d = _mk(year, month, day)
        if d and d <= today:
            return d
    return None


def _yearless_bounds(past: list[tuple[int, int, str]], ahead: list[tuple[int, int, str]],
                     today: dt.date) -> tuple[tuple[dt.date, str], tuple[dt.date, str] | None] | None:
    """Bounds from days written without a year in a text that gives no year at all ("le 3
    septembre", "la rentrée, prévue le 1er octobre"): news is read soon after it is written, so a
    past day is its latest occurrence up to the day of reading, and a day still to come is after
    the writing (an upper bound).  None when the text gives no past day."""
    days = [(d, phrase) for month, day, phrase in past if (d := _last_before(month, day, today))]
    if not days:
        return None
    lo = max(days)
    lo = (lo[0], f"{lo[1]!r} without a year: its latest occurrence up to the day of reading")
    later = [(d, phrase) for month, day, phrase in ahead
             for d in (_mk(lo[0].year, month, day), _mk(lo[0].year + 1, month, day)) if d and d > lo[0]]
    if not later:
        return lo, None
    first = min(later)
    return lo, (first[0] - dt.timedelta(days=1), f"{first[1]!r} is still to come")
