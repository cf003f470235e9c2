"""Dates told by a Muslim feast that moves through the solar year (its day from ``knowledge.islamic_feasts``), by a
day counted from a feast, by an ordinal weekday of a month, by "a fortnight" back, by two deeds' days named together
and by the middle of the month before the report."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.knowledge.islamic_feasts import FEASTS, feast_day, ramadan_of
from sitrep.model import DateInterval, Precision


def _told(text: str, published: str, language: str = "en") -> list[tuple[str, str, str]]:
    day = dt.date.fromisoformat(published)
    anchor = DateInterval(earliest=day, latest=day, precision=Precision.day)
    return [(iv.earliest.isoformat(), iv.latest.isoformat(), iv.precision.value)
            for _, _, iv in parse_dates(text, anchor, language)]


@pytest.mark.parametrize("text, published, language, first, last", [
    # told without the year: the latest feast on or before the publication
    ("Gunmen attacked worshippers on the day of Tabaski.", "2024-06-20", "en", "2024-06-16", "2024-06-16"),
    ("They fired during Eid al-Fitr prayers.", "2024-04-12", "en", "2024-04-10", "2024-04-10"),
    ("Le jour de la fête de Ramadan, des éléments armés…", "2023-04-25", "fr", "2023-04-21", "2023-04-21"),
    ("lors de l'Aïd el-Kébir", "2022-07-20", "fr", "2022-07-09", "2022-07-09"),
    # told with the year, whatever the publication
    ("On the first day of Ramadan 2023, soldiers…", "2024-01-10", "en", "2023-03-23", "2023-03-23"),
    ("Le premier jour du ramadan 2023, des militants…", "2023-03-23", "fr", "2023-03-23", "2023-03-23"),
    ("on the Mawlid of 2019", "2020-01-01", "en", "2019-11-09", "2019-11-09"),
    # a day counted from the feast
    ("On the eve of Eid al-Adha 2024, bandits looted…", "2024-06-15", "en", "2024-06-15", "2024-06-15"),
    ("Three days after Eid al-Fitr 2024, a bomb…", "2024-04-13", "en", "2024-04-13", "2024-04-13"),
    ("La veille de la Tabaski 2024, des hommes armés…", "2024-06-15", "fr", "2024-06-15", "2024-06-15"),
    ("le lendemain de la Tabaski", "2024-06-30", "fr", "2024-06-17", "2024-06-17"),
    ("the day after Christmas Day 2023", "2024-01-05", "en", "2023-12-26", "2023-12-26"),
    # the month of the fast as a period
    ("during Ramadan 2024, militants…", "2024-05-01", "en", "2024-03-11", "2024-04-09"),
    ("pendant le mois de ramadan", "2024-05-01", "fr", "2024-03-11", "2024-04-09"),
])
def test_a_feast_dates_its_day(text, published, language, first, last):
    told = _told(text, published, language)
    assert told and (told[0][0], told[0][1]) == (first, last), told


@pytest.mark.parametrize("text, published, language", [
    ("Prices rose ahead of Ramadan.", "2024-03-01", "en"),  # a season, no day
    ("The Eid holiday was calm.", "2024-04-12", "en"),  # which Eid: no day
    ("la veille du scrutin", "2024-04-12", "fr"),
])
def test_no_feast_day_without_the_feasts_name_or_a_period_word(text, published, language):
    assert _told(text, published, language) == []


def test_the_feast_table_is_sorted_and_each_feast_falls_about_eleven_days_earlier_each_year():
    for feast, days in FEASTS.items():
        assert list(days) == sorted(days), feast
        for a, b in zip(days, days[1:]):
            assert 350 <= (b - a).days <= 356, (feast, a, b)
    assert feast_day("eid_al_adha", None, dt.date(2009, 12, 1)) is None  # before the table
    assert feast_day("mawlid", 2015, dt.date(2015, 6, 1)) == dt.date(2015, 1, 3)  # twice in 2015: the one before
    assert ramadan_of(dt.date(2023, 3, 23)) == (dt.date(2023, 3, 23), dt.date(2023, 4, 20))


@pytest.mark.parametrize("text, published, language, expected", [
    ("On the last Friday of May 2024, militants…", "2024-06-10", "en", ("2024-05-31", "2024-05-31", "day")),
    ("on the first Monday in April", "2024-04-30", "en", ("2024-04-01", "2024-04-01", "day")),
    ("le deuxième samedi de mars 2024", "2024-04-30", "fr", ("2024-03-09", "2024-03-09", "day")),
    ("the attacks of 2 and 9 March 2024", "2024-03-02", "en", ("2024-03-02", "2024-03-09", "month")),
    ("lors des attaques du 2 et du 9 mars 2024", "2024-03-02", "fr", ("2024-03-02", "2024-03-09", "month")),
])
def test_an_ordinal_weekday_or_two_deeds_days(text, published, language, expected):
    assert _told(text, published, language)[0] == expected


def test_a_fortnight_is_two_weeks_back_from_the_report():
    told = _told("Residents said on 1 July 2024 that a fortnight earlier, militants had executed three men.",
                 "2024-06-17")
    assert told[1] == ("2024-06-14", "2024-06-20", "week")
    assert _told("a fortnight ago", "2024-06-17")[0][2] == "week"


def test_the_middle_of_the_month_before_the_report():
    told = _told("Le 2 octobre 2024, un notable a rapporté qu'au milieu du mois dernier, des jihadistes avaient tué…",
                 "2024-09-15", "fr")
    assert told[1][:2] == ("2024-09-11", "2024-09-20")


@pytest.mark.parametrize("text, published, killed_on", [
    ("On 3 May 2024, herders found the bodies of two traders near Bourem (Bourem, Gao). Gunmen had shot them "
     "two days earlier.", "2024-05-01", "2024-05-01"),
    ("Residents recovered the remains of a teacher outside Kaya (Kaya, Sanmatenga) on 9 August 2024. He had been "
     "abducted and killed by armed men the day before.", "2024-08-08", "2024-08-08"),
])
def test_a_killing_told_after_the_finding_of_its_dead_is_dated_its_own_day(analyzer, text, published, killed_on):
    from sitrep.eval.notes import Note, note_document, primary_event

    note = Note(row=1, notes=text, event_date=dt.date.fromisoformat(published), event_type="", sub_event_type="")
    event = primary_event(analyzer.analyse(note_document(note, "test")))
    assert event is not None and (event.date.earliest.isoformat(), event.date.latest.isoformat()) == (killed_on,) * 2, \
        event.date if event else None
