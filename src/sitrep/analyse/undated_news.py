"""The news of an article with no day of its own, told by its weekday alone.

A relay of others' reports often carries no date line: "JNIM has claimed an attack on ... Djibo ... its fighters
overran the army base on Sunday", « L'organisation État islamique a revendiqué ... l'embuscade tendue mercredi ».
Its years, if any, are recollections ("In May 2024, ...", « depuis 2015 »), so its estimated day says only when
it was written at the earliest, and its weekday cannot be placed.  Its news reports keep the weekday instead
(``EventMention.told_weekday``): fusion lets such a report join another article's report of that weekday
(``sitrep.fuse.match_dates.relay_meets``), which dates it.
"""

from __future__ import annotations

import re

from sitrep.analyse.lang.en import WEEKDAYS as EN_WEEKDAYS
from sitrep.analyse.lang.fr import WEEKDAYS as FR_WEEKDAYS
from sitrep.model import EventMention, Modality, Precision

_WEEKDAYS = EN_WEEKDAYS | FR_WEEKDAYS
# a weekday that tells when the news happened ("on Sunday", "last Tuesday", « mercredi », « dimanche soir »),
# not one that opens a full date ("Sunday, March 14", « dimanche 14 mars »: a day of its own, read elsewhere)
_NEWS_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b(?!,?\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))",
                           re.IGNORECASE)


def tells_news_by_weekday(text: str) -> bool:
    """Whether ``text`` (a sentence) tells what happened by a weekday alone ("killed 30 soldiers on Sunday")."""
    return _NEWS_WEEKDAY.search(text) is not None


def news_weekday(text: str) -> int | None:
    """The weekday the body of ``text`` (past its title line) first tells news by, else None."""
    found = _first_news_weekday(text)
    return _WEEKDAYS[found.group(1).lower()] if found else None


def news_weekday_at(text: str) -> int | None:
    """Where the body of ``text`` (past its title line) first tells news by a weekday, else None."""
    found = _first_news_weekday(text)
    return found.start() if found else None


def _first_news_weekday(text: str):
    body_at = text.find("\n")
    return _NEWS_WEEKDAY.search(text, body_at + 1 if body_at >= 0 else 0)


def mark_undated_news(ctx, events: list[EventMention]) -> list[EventMention]:
    """``events`` with the news reports of an article that has no day of its own (none, or an estimated one)
    holding the weekday it tells its news by; reports its own text dates (a recalled month or year), recalled
    or denied ones keep their dates alone."""
    anchor = ctx.anchor
    if anchor is not None and not anchor.is_estimate:
        return events
    weekday = news_weekday(ctx.document.text)
    for m in events:
        if m.modality in (Modality.background, Modality.denied):
            continue
        if m.date is None or m.date.is_estimate:
            if weekday is not None:
                m.told_weekday = weekday
        elif _day_without_year(m.date):
            # « l'attaque menée mardi 4 mars » in an undated page: the year is the nearest one the weekday fits, a
            # guess; the report keeps its weekday and ``relay_meets`` asks for its day and month as well
            m.told_weekday = m.date.earliest.weekday()
    return events


# a day and month told without a year (« mardi 4 mars », "Tuesday, March 4"): its year comes from the page's
_YEAR_TOLD = re.compile(r"\b(?:19|20)\d\d\b")


def _day_without_year(d) -> bool:
    """Whether interval ``d`` is one day told by its day and month, no year (``_YEAR_TOLD``)."""
    evidence = d.evidence or ""
    return d.precision == Precision.day and d.earliest == d.latest and re.search(r"\d", evidence) is not None \
        and _YEAR_TOLD.search(evidence) is None


# a weekday a sentence tells its deed by ("On Monday, four passengers were killed", "the drama of Monday near Koro",
# « Lundi, un car a sauté »), not the day someone spoke ("the army said on Wednesday", « a indiqué mercredi »)
_DEED_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_SPOKEN_ON = re.compile(r"\b(?:said|says|told|announced|reported|added|stated|confirmed|claimed|dit|indiqu[ée]|"
                        r"annonc[ée]|affirm[ée]|d[ée]clar[ée]|pr[ée]cis[ée]|revendiqu[ée])\b(?:\s+\S+){0,3}\s*$",
                        re.IGNORECASE)


def deed_weekdays(text: str) -> set[int]:
    """The weekdays ``text`` (one sentence) tells a deed by, leaving out the days someone spoke on."""
    return {_WEEKDAYS[m.group(1).lower()] for m in _DEED_WEEKDAY.finditer(text)
            if not _SPOKEN_ON.search(text[max(0, m.start() - 60):m.start()])}


def told_another_day(text: str, days: set[int] | None) -> bool:
    """A sentence whose deed weekdays are all outside ``days`` (the weekdays of the incident told before it;
    None: a week or more, every day fits) tells another day's deed: the bus blown up the day before the story's
    ambush is no part of it, its parties and toll are its own."""
    told = deed_weekdays(text)
    return days is not None and bool(told) and not told & days


def weekdays_of(dates) -> set[int] | None:
    """The weekdays the intervals ``dates`` cover; None when one spans a week or more, or none is known."""
    days: set[int] = set()
    for d in dates:
        if d is None or (d.latest - d.earliest).days >= 6:
            return None
        days |= {(d.earliest.weekday() + k) % 7 for k in range((d.latest - d.earliest).days + 1)}
    return days or None
