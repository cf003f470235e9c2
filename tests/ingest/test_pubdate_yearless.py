"""An undated text whose only days carry no year is still estimated: a past day is its latest
occurrence up to the day of reading, a day written as still to come bounds it from above."""

import datetime as dt

from sitrep.ingest.pubdate import estimate

TODAY = dt.date(2026, 12, 3)


def test_past_day_without_year_takes_latest_occurrence():
    body = ("Les habitants de Tessit racontent l'attaque du camp survenue le 14 octobre. "
            "Depuis, les commerces restent fermés.")
    est = estimate(body, TODAY)
    assert est is not None
    assert est.earliest == dt.date(2026, 10, 14)
    assert est.earliest <= est.date <= est.latest <= TODAY


def test_day_still_to_come_bounds_the_estimate():
    body = ("Since the convoy was burned on 2 November, bread prices have doubled in Menaka. "
            "Traders say the next escorted convoy, scheduled for 20 November, may bring relief.")
    est = estimate(body, TODAY)
    assert est.earliest == dt.date(2026, 11, 2)
    assert est.latest == dt.date(2026, 11, 19)
    assert dt.date(2026, 11, 2) <= est.date <= dt.date(2026, 11, 19)


def test_a_day_after_today_is_last_year():
    est = estimate("Le marché a été incendié le 20 décembre. Les commerçants attendent toujours.", TODAY)
    assert est.earliest == dt.date(2025, 12, 20)


def test_french_future_word_marks_upper_bound():
    est = estimate("Les écoles ont fermé le 5 mars. La réouverture, prévue le 2 avril, reste incertaine.",
                   dt.date(2026, 6, 1))
    assert est.earliest == dt.date(2026, 3, 5) and est.latest == dt.date(2026, 4, 1)
