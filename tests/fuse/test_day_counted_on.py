"""Within one text, a deed told on a day counted forward from another's ("killed a farmer on 6 August… the abducted
was killed the following day") is another day's deed when the two are of one kind (ACLED codes each apart); a deed of
another kind told so (a theft, then the clash with the thieves' pursuers two days later) may still be one event, whose
day its own kind's report gives."""

from __future__ import annotations

import datetime as dt

from sitrep.analyse.dates import parse_dates
from sitrep.fuse.consensus import consensus_date
from sitrep.fuse.match_dates import dates_compatible
from sitrep.model import DateInterval, Precision

from .fuse_factory import mention

TEXT = "On 6 August 2022, militants killed a farmer near Boni. The following day, they killed his brother."


def _days() -> tuple[DateInterval, DateInterval]:
    anchor = DateInterval(earliest=dt.date(2022, 8, 7), latest=dt.date(2022, 8, 7), precision=Precision.day)
    (_, _, told), (_, _, next_day) = parse_dates(TEXT, anchor, "en")
    return told, next_day


def test_one_kind_on_a_day_counted_on_stays_apart():
    told, next_day = _days()
    assert next_day.earliest == dt.date(2022, 8, 7)
    first = mention("a", 0, sub="Attack", etype="Violence against civilians", date=told)
    second = mention("a", 60, sub="Attack", etype="Violence against civilians", date=next_day)
    assert not dates_compatible(first, second)


def test_another_kind_keeps_the_same_text_slack_and_its_own_day():
    told, next_day = _days()
    theft = mention("a", 0, sub="Looting/property destruction", etype="Strategic developments", date=told)
    clash = mention("a", 60, date=next_day)
    assert dates_compatible(theft, clash)
    assert consensus_date([theft, clash], "Armed clash").earliest == dt.date(2022, 8, 7)
    assert consensus_date([theft, clash]).earliest == dt.date(2022, 8, 6)  # no kind given: the day told first
