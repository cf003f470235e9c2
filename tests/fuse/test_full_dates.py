"""Two reports that each write their day out in full name it exactly: a day apart is two incidents.

The day of slack across articles exists for days resolved from a weekday or a publication day
("on Saturday" read by two outlets); ACLED-style notes ("On 16 February 2026, JNIM militants
killed three fishermen in Nantaka") each give their own day, and neighbouring villages on
consecutive days are two events, not one (``sitrep.fuse.match.dates_compatible``)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.fuse.match import full_calendar_day, same_event
from sitrep.model import DateInterval, Precision

from .fuse_factory import mention


def _day(day: str, evidence: str) -> DateInterval:
    d = dt.date.fromisoformat(day)
    return DateInterval(earliest=d, latest=d, precision=Precision.day, evidence=evidence)


@pytest.mark.parametrize("first, second", [
    ("16 February 2026", "17 February 2026"),
    ("Feb 16, 2026", "le mardi 17 février 2026"),
    ("16/02/2026", "17/02/2026"),
])
def test_full_dates_a_day_apart_are_two_incidents(first, second):
    a = mention("a", 0, side1=["fama"], date=_day("2026-02-16", first))
    b = mention("b", 0, side1=["fama"], date=_day("2026-02-17", second), place_id="gn:near-kidal")
    assert full_calendar_day(a) and full_calendar_day(b)
    assert not same_event(a, b) and not same_event(b, a)


def test_a_full_date_and_the_same_day_still_merge():
    a = mention("a", 0, side1=["fama"], date=_day("2026-02-16", "16 February 2026"))
    b = mention("b", 0, side1=["fama"], date=_day("2026-02-16", "Feb 16, 2026"), place_id="gn:near-kidal")
    assert same_event(a, b)


@pytest.mark.parametrize("relative", ["Saturday", "samedi", "yesterday"])
def test_a_weekday_keeps_its_day_of_slack(relative):
    # a weekday resolved against another outlet's day may be one off: still one incident
    a = mention("a", 0, side1=["fama"], date=_day("2026-02-16", "16 February 2026"))
    b = mention("b", 0, side1=["fama"], date=_day("2026-02-17", relative))
    assert not full_calendar_day(b) and same_event(a, b)


def test_within_one_article_the_retelling_slack_stays():
    a = mention("a", 0, side1=["fama"], date=_day("2026-02-16", "16 February 2026"))
    b = mention("a", 200, side1=["fama"], date=_day("2026-02-17", "17 February 2026"))
    assert same_event(a, b)


def test_windows_meet_within_the_slack_and_say_nothing_of_an_undated_report():
    # the one overlap test the date rules share (``match_dates.windows_meet``): each caller decides what an undated
    # report meets
    from sitrep.fuse.match_dates import windows_meet

    a, b = mention("a", 0, date="2026-02-16"), mention("b", 0, date="2026-02-18")
    assert windows_meet(a, b) is False
    assert windows_meet(a, b, dt.timedelta(days=1)) is False
    assert windows_meet(a, b, dt.timedelta(days=2)) is True
    assert windows_meet(a, mention("c", 0, date="2026-02-16")) is True
    assert windows_meet(a, mention("u", 0, date=None)) is None
