"""Parts of a calendar week told in words: « en début de semaine » and "early this week" are its Monday to Wednesday
(up to the publication), « en milieu de semaine » Tuesday to Thursday, « en début de semaine dernière » the first
three days of the week before; « le week-end dernier » and "last weekend" in a Saturday's or a Sunday's paper are the
weekend before, not that very weekend; « le 12 du mois courant » is the 12th of the publication's month.  All at
ACLED's week precision (a day told exactly stays a day)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.model import DateInterval, Precision


def _told(text: str, published: str, language: str = "fr") -> tuple[str, str, str]:
    day = dt.date.fromisoformat(published)
    found = parse_dates(text, DateInterval(earliest=day, latest=day, precision=Precision.day), language)
    assert found, text
    interval = found[0][2]
    return interval.earliest.isoformat(), interval.latest.isoformat(), interval.precision.value


@pytest.mark.parametrize("text, published, told", [
    # a Saturday's paper
    ("En début de semaine, l'armée a envoyé des renforts à Léré.", "2027-01-16", ("2027-01-11", "2027-01-13", "week")),
    ("Au début de la semaine, des hommes armés ont attaqué Sokolo.", "2027-01-16", ("2027-01-11", "2027-01-13", "week")),
    ("En milieu de semaine, un convoi a sauté sur une mine.", "2027-01-16", ("2027-01-12", "2027-01-14", "week")),
    # a Tuesday's paper: the week's first days up to the publication
    ("En début de semaine, un poste a été attaqué.", "2027-01-12", ("2027-01-11", "2027-01-12", "week")),
    ("En début de semaine dernière, un poste a été attaqué.", "2027-01-19", ("2027-01-11", "2027-01-13", "week")),
    ("Early this week, gunmen raided a market near Tominian.", "2027-01-15", ("2027-01-11", "2027-01-13", "week")),
])
def test_the_start_or_middle_of_a_week_is_three_of_its_days(text, published, told):
    language = "en" if text.startswith("Early") else "fr"
    assert _told(text, published, language) == told


@pytest.mark.parametrize("text, published, language, told", [
    ("Le week-end dernier, des bandits ont attaqué un village.", "2027-01-16", "fr", ("2027-01-09", "2027-01-10", "week")),
    ("Le week-end dernier, des bandits ont attaqué un village.", "2027-01-17", "fr", ("2027-01-09", "2027-01-10", "week")),
    ("Le week-end dernier, des bandits ont attaqué un village.", "2027-01-18", "fr", ("2027-01-16", "2027-01-17", "week")),
    ("Gunmen attacked a village last weekend.", "2027-01-16", "en", ("2027-01-09", "2027-01-10", "week")),
])
def test_last_weekend_is_the_weekend_before_the_papers_week(text, published, language, told):
    assert _told(text, published, language) == told


def test_the_day_of_the_current_month_told_in_full():
    assert _told("Le 3 du mois courant, un présumé voleur a été lynché.", "2027-01-06") == ("2027-01-03", "2027-01-03", "day")
    assert _told("Le 3 du mois en cours, un présumé voleur a été lynché.", "2027-01-06") == ("2027-01-03", "2027-01-03", "day")
