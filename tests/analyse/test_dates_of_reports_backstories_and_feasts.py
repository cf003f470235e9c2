"""Dates of notes that tell their event's day through something else: a part of a month or a whole month counted
from the report the note tells ("On 9 October, a councillor said that early last month…", « Le 4 août, un élu a
indiqué que le mois dernier… »), a pluperfect backstory or an opening on what the subject had already suffered
written with ACLED's "(Admin2, Admin1)" bracket inside it, feasts on a fixed day of the calendar, and two French days
told each with its article (« le 21 et le 22 mars »)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.eval.notes import Note, note_document, primary_event
from sitrep.model import DateInterval, Modality, Precision


def _event(analyzer, text: str, published: str):
    note = Note(row=1, notes=text, event_date=dt.date.fromisoformat(published), event_type="", sub_event_type="")
    return primary_event(analyzer.analyse(note_document(note, "test")))


@pytest.mark.parametrize("text, published, first_day, widest_days", [
    # the note is filed on the event's day, weeks before the report it cites
    ("On 9 October 2023, a councillor said that early last month unidentified gunmen had killed two herders near "
     "Goundam (Goundam, Tombouctou).", "2023-09-01", "2023-09-01", 7),
    ("On 14 February 2024, relatives stated that in mid-January armed men had abducted a trader near Tenenkou "
     "(Tenenkou, Mopti).", "2024-01-15", "2024-01-11", 7),
    ("Le 4 août 2024, un élu local a indiqué que le mois dernier, des hommes armés avaient tué trois bergers près "
     "de Tillia (Tillia, Tahoua).", "2024-07-15", "2024-07-01", 31),
    ("Le 3 mars 2024, des habitants ont rapporté qu'au début du mois dernier, des militants avaient incendié des "
     "greniers à Solenzo (Solenzo, Banwa).", "2024-02-01", "2024-02-01", 7),
])
def test_a_period_counted_from_the_report_dates_the_notes_deed(analyzer, text, published, first_day, widest_days):
    event = _event(analyzer, text, published)
    assert event is not None and event.modality != Modality.background, text
    assert event.date.earliest.isoformat() == first_day
    assert (event.date.latest - event.date.earliest).days + 1 <= widest_days


@pytest.mark.parametrize("text, published", [
    ("Suspected JNIM fighters, who had held Dinangourou (Koro, Mopti) for a month in June 2023, came back on "
     "2 April 2024 and shot dead a village councillor.", "2024-04-02"),
    ("Already raided by gunmen on 11 March 2024, a hamlet near Tera (Tera, Tillaberi) was attacked again on "
     "27 March 2024; two civilians were killed.", "2024-03-27"),
    ("Déjà ciblé par des hommes armés le 6 mai 2024, le marché de Seytenga (Seno, Sahel) a de nouveau été attaqué "
     "le 19 mai 2024. Un commerçant a été tué.", "2024-05-19"),
])
def test_a_bracket_does_not_end_the_backstory_before_the_events_day(analyzer, text, published):
    event = _event(analyzer, text, published)
    assert event is not None
    assert event.date.earliest.isoformat() == published == event.date.latest.isoformat(), (text, event.date)


def _told(text: str, published: str, language: str) -> list[tuple[str, str, str]]:
    day = dt.date.fromisoformat(published)
    anchor = DateInterval(earliest=day, latest=day, precision=Precision.day)
    return [(text[s:e], iv.earliest.isoformat(), iv.precision.value) for s, e, iv in parse_dates(text, anchor, language)]


@pytest.mark.parametrize("text, published, language, told", [
    ("On Boxing Day 2022, gunmen burned a church near Dori.", "2022-12-26", "en", ("Boxing Day 2022", "2022-12-26")),
    ("On New Year's Eve, a mine struck a bus near Boni.", "2024-01-02", "en", ("New Year's Eve", "2023-12-31")),
    ("On Christmas Day, militants shelled the camp.", "2024-01-05", "en", ("Christmas Day", "2023-12-25")),
    ("Le soir du réveillon de la Saint-Sylvestre 2023, des hommes armés ont tué un gendarme.", "2024-01-01", "fr",
     ("réveillon de la Saint-Sylvestre 2023", "2023-12-31")),
    ("Le jour de l'An, des militants ont attaqué un poste de douane.", "2024-01-03", "fr",
     ("jour de l'An", "2024-01-01")),
])
def test_a_feast_on_a_fixed_day_is_that_day(text, published, language, told):
    surface, day = told
    found = {s: (d, p) for s, d, p in _told(text, published, language)}
    matched = [s for s in found if surface.lower() in s.lower()]
    assert matched, found
    assert found[matched[0]] == (day, "day")


@pytest.mark.parametrize("text, language", [
    ("Aid convoys are expected to reach Menaka before Christmas.", "en"),
    ("Les combats ont repris peu avant Noël.", "fr"),
])
def test_christmas_alone_names_no_day(text, language):
    assert all(p != "day" for _, _, p in _told(text, "2024-01-10", language))


@pytest.mark.parametrize("text, first, last", [
    ("Le 11 et le 12 octobre 2023, des militants ont assiégé le poste de Boni.", "2023-10-11", "2023-10-12"),
    ("Le vendredi 8 et le samedi 9 décembre 2023, l'armée a ratissé la zone de Dori.", "2023-12-08", "2023-12-09"),
])
def test_two_french_days_each_with_its_article_are_one_span(text, first, last):
    day = dt.date(2024, 1, 10)
    found = parse_dates(text, DateInterval(earliest=day, latest=day, precision=Precision.day), "fr")
    assert [(iv.earliest.isoformat(), iv.latest.isoformat()) for _, _, iv in found] == [(first, last)], found
