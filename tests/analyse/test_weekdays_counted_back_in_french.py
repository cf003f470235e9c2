"""« il y a deux samedis »: a weekday counted back in weeks, as "two Saturdays ago" is in English — the last such
weekday before the report, so many weeks back.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

from .small_world import one_paragraph


def test_two_saturdays_ago_in_french(default_analyzer):
    # reported on Wednesday 5 November 2025: the last Saturday is 1 November, two Saturdays ago 25 October
    text = "Des hommes armés ont tué trois civils à Boni il y a deux samedis, selon des sources locales."
    doc = one_paragraph(text, dt.date(2025, 11, 5), doc_id="weekdays-ago").model_copy(update={"language": "fr"})
    events = default_analyzer.analyse(doc).events
    assert events and events[0].date.earliest == events[0].date.latest == dt.date(2025, 10, 25), \
        [e.date for e in events]
