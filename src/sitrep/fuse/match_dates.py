"""When two reports' days meet: a report dated only by its article's day stands for the week
before it (``match_window``), with a day of slack across articles and a week within one, none for
two reports that each write their day out in full (``dates_compatible``)."""

from __future__ import annotations

import datetime as dt
import re

from sitrep.analyse.told_offsets import counted_on
from sitrep.model import EventMention, Precision


DATE_SLACK = dt.timedelta(days=1)
SAME_DOC_DATE_SLACK = dt.timedelta(days=7)
# a report dated only by its article's day stands for the week before it (news reports the recent past)
PUBLICATION_LOOKBACK = dt.timedelta(days=7)
# how far the fusion index query reaches around a mention's own interval (a superset: ``same_event``
# then decides with each pair's windows)
QUERY_SLACK = DATE_SLACK + PUBLICATION_LOOKBACK


def match_window(m: EventMention) -> tuple[dt.date, dt.date] | None:
    """The days a mention can stand for: its interval, reaching back ``PUBLICATION_LOOKBACK`` when
    its only date is its article's day (the event happened on or before it)."""
    d = m.date
    if d is None:
        return None
    if m.date_from_publication and d.precision == Precision.day:
        return d.earliest - PUBLICATION_LOOKBACK, d.latest
    return d.earliest, d.latest


def windows_meet(a: EventMention, b: EventMention, slack: dt.timedelta = dt.timedelta(0)) -> bool | None:
    """Whether the two mentions' windows (``match_window``) overlap within ``slack``; None when either is undated
    (each caller says what an undated report meets)."""
    wa, wb = match_window(a), match_window(b)
    if wa is None or wb is None:
        return None
    return wa[0] - slack <= wb[1] and wb[0] - slack <= wa[1]


# a calendar date written out in full: a day, its month and its year ("On 16 February 2026",
# "Nov 13, 2026", « le mardi 10 novembre 2026 », "16/02/2026")
_MONTH_WORD = (r"(?:jan|feb|f[ée]v|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|ao[uû]|sep|oct|nov|dec|d[ée]c)[a-zéû]*\.?")
_FULL_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th|er)?\s+{_MONTH_WORD}\s+(?:19|20)\d\d\b"
                        rf"|\b{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
                        r"|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d\b", re.IGNORECASE)


def full_calendar_day(m: EventMention) -> bool:
    """The mention's own text gives its day as a full calendar date, or its span of days ending on one ("the weekend
    of 13-14 January 2024", "between 12 and 14 May 2024"): no weekday to resolve against a publication day, so no
    slack is owed to it (a weekend told so and a killing on the Monday after are two incidents)."""
    d = m.date
    return (d is not None and not m.date_from_publication and not d.is_estimate
            and d.precision in (Precision.day, Precision.week) and bool(_FULL_DATE.search(d.evidence or "")))


def dates_compatible(a: EventMention, b: EventMention) -> bool:
    """Overlapping windows, with a day of slack across articles and a week within one: an article
    that retells its event ("confirmed Tuesday that ... was forced to retreat") often dates the
    retelling rather than the event.  The slack across articles is for days resolved from a
    weekday or a publication day ("on Saturday" read against two outlets' days); two reports that
    each write their day out in full ("On 16 February 2026", "On 17 February 2026") name their
    days exactly, and different days are two incidents."""
    if a.span.doc_id != b.span.doc_id and (relay_meets(a, b) or relay_meets(b, a)):
        return True  # an undated relay's weekday news meets the report that dates it; else as any two reports
    meet = windows_meet(a, b, date_slack(a, b))
    return a.span.doc_id == b.span.doc_id if meet is None else meet  # undated: only within one article


def date_slack(a: EventMention, b: EventMention) -> dt.timedelta:
    """The slack ``dates_compatible`` allows between two windows (see there).  Within one text, a deed of the same
    kind told on a day counted forward from the other's ("killed a farmer on 6 August… The abducted was killed the
    following day") is another day's deed, which ACLED codes apart: no slack."""
    if a.span.doc_id == b.span.doc_id:
        if a.sub_event_type == b.sub_event_type and (counted_on(a.date) or counted_on(b.date)):
            return dt.timedelta(0)
        return SAME_DOC_DATE_SLACK
    return dt.timedelta(0) if full_calendar_day(a) and full_calendar_day(b) else DATE_SLACK


def relay_meets(relay: EventMention, dated: EventMention) -> bool:
    """An undated article's news told by its weekday ("its fighters overran the base on Sunday", « l'embuscade
    tendue mercredi ») and another article's report whose own text gives one day: that day is the relay's
    weekday, on or after the earliest day the relay's estimate allows.  Two undated relays never meet across
    articles (neither says when), and a report dated only by its article's day stands for a week: any weekday."""
    d = dated.date
    if relay.told_weekday is None or dated.told_weekday is not None or d is None:
        return False
    if d.is_estimate or dated.date_from_publication or d.earliest != d.latest:
        return False
    own = relay.date
    if own is not None and not own.is_estimate and own.precision == Precision.day \
            and (own.earliest.month, own.earliest.day) != (d.earliest.month, d.earliest.day):
        return False  # « mardi 4 mars » in an undated page: that weekday on that day and month, in any year it fits
    floor = relay.fusion_interval()[0]
    return d.earliest.weekday() == relay.told_weekday and d.earliest >= floor
