"""Date expressions resolved against the publication date (stated or estimated)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import anchor_interval, parse_dates
from sitrep.model import DateInterval, Document, Precision, Published

D = dt.date
WED = DateInterval(earliest=D(2026, 4, 29), latest=D(2026, 4, 29), precision=Precision.day)  # Wednesday 29 April 2026
NOV23 = DateInterval(earliest=D(2023, 11, 20), latest=D(2023, 11, 20), precision=Precision.day)


def one(text, anchor=WED):
    found = parse_dates(text, anchor)
    assert len(found) == 1, found
    s, e, interval = found[0]
    return text[s:e], interval


@pytest.mark.parametrize("text,earliest,latest,precision", [
    ("told AFP on Wednesday", D(2026, 4, 29), D(2026, 4, 29), "day"),
    ("confirmed on Tuesday that", D(2026, 4, 28), D(2026, 4, 28), "day"),
    ("launched an offensive over the weekend", D(2026, 4, 25), D(2026, 4, 26), "week"),
    ("it happened last month", D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("it happened last year", D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("three days ago", D(2026, 4, 26), D(2026, 4, 26), "day"),
    ("a pullback between Friday and Saturday", D(2026, 4, 24), D(2026, 4, 25), "week"),
    ("following a May 30th attack", D(2025, 5, 30), D(2025, 5, 30), "day"),
    ("In July 2024, near the town", D(2024, 7, 1), D(2024, 7, 31), "month"),
    ("tensions rose in August", D(2025, 8, 1), D(2025, 8, 31), "month"),
    ("In 2023, separatist groups", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("in a civil war since 2012", D(2012, 1, 1), D(2012, 12, 31), "year"),
    ("April 29, 2026", D(2026, 4, 29), D(2026, 4, 29), "day"),
    ("on 25 April 2026", D(2026, 4, 25), D(2026, 4, 25), "day"),
    ("2026-05-04", D(2026, 5, 4), D(2026, 5, 4), "day"),
])
def test_expressions(text, earliest, latest, precision):
    _, interval = one(text)
    assert (interval.earliest, interval.latest, interval.precision.value) == (earliest, latest, precision)
    assert not interval.is_estimate


def test_month_day_without_year_is_the_most_recent_past():
    surface, interval = one("On November 14, the army entered the town", NOV23)
    assert surface == "November 14" and interval.earliest == D(2023, 11, 14)
    _, interval = one("On December 14, the army entered the town", NOV23)
    assert interval.earliest == D(2022, 12, 14)


def test_deadlines_point_forward():
    _, interval = one("gave the mission until December 31 to withdraw", NOV23)
    assert interval.earliest == D(2023, 12, 31)


def test_numbers_are_not_years():
    assert parse_dates("its 15,000 peacekeepers and 2000 troops", WED) == []
    assert parse_dates("https://example.com/2026/04/29/story", WED) == []


def test_relative_dates_need_an_anchor():
    assert parse_dates("on Tuesday, last month", None) == []
    assert [i.earliest for _, _, i in parse_dates("In July 2024", None)] == [D(2024, 7, 1)]


def test_estimated_anchor_widens_and_flags():
    anchor = DateInterval(earliest=D(2023, 11, 14), latest=D(2023, 12, 31), precision=Precision.month, is_estimate=True)
    _, interval = one("Last month, the UN said", anchor)
    assert interval.is_estimate
    assert interval.earliest == D(2023, 10, 1) and interval.latest == D(2023, 11, 30)
    _, interval = one("France withdrew last year", anchor)
    assert (interval.earliest, interval.latest, interval.is_estimate) == (D(2022, 1, 1), D(2022, 12, 31), True)


def test_anchor_interval():
    doc = Document(doc_id="a", source="-", text="x", published=Published(date=D(2026, 4, 29)))
    a = anchor_interval(doc)
    assert (a.earliest, a.latest, a.precision, a.is_estimate) == (D(2026, 4, 29), D(2026, 4, 29), Precision.day, False)
    doc = Document(doc_id="b", source="-", text="x",
                   published=Published(is_estimate=True, earliest=D(2024, 1, 1), latest=D(2024, 12, 31)))
    a = anchor_interval(doc)
    assert a.is_estimate and a.precision == Precision.year and a.latest == D(2024, 12, 31)
    assert anchor_interval(Document(doc_id="c", source="-", text="x")) is None


from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = st.sampled_from(["on", "Tuesday", "between", "Friday", "and", "last", "month", "year", "May", "30th", "31",
                           "February", "29", "2024", "1999", "-", ",", "ago", "99999", "three", "days", "over the weekend",
                           "until", "December", "in", "August", "0", "2026-02-30", "\n", "é"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=12), st.booleans())
def test_parse_dates_never_raises_and_spans_fit(pieces, estimated):
    text = " ".join(pieces)
    anchor = DateInterval(earliest=D(2024, 2, 29), latest=D(2024, 3, 31) if estimated else D(2024, 2, 29),
                          precision=Precision.month if estimated else Precision.day, is_estimate=estimated)
    for s, e, interval in parse_dates(text, anchor):
        assert 0 <= s < e <= len(text)
        assert interval.earliest <= interval.latest
