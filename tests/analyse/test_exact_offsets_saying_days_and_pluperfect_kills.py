"""Offsets back told as exact, a day beside the day of a report's saying, and killings told in the French pluperfect
or by a verb that only kills (notes written for these tests, in the wordings of ``notes_dates_blind_16.csv``):

- "a week ago to the day", "exactly a month ago", « il y a une semaine jour pour jour », « il y a exactement deux
  semaines » are that very day; a bare "a week ago" stays the week around the day seven days back;
- « Dans un rapport daté du 15/05/2024, une ONG signale que le 05/04/2024, … ont tué » dates the killing to 5 April
  (day first), not to the report's day, even where the parse hangs the day on a participle;
- « avaient abattu quatre civils », « avait exécuté un commerçant » count their dead as « ont abattu » does, and "shot
  dead two water carriers" counts two whatever noun follows (animals stay no toll).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.analyse.fatalities import find_fatalities
from sitrep.model import DateInterval, Precision

from tests.analyse.dated_notes import note_event

D = dt.date
MONDAY = D(2024, 5, 13)


def spans(text: str, language: str = "en", published: dt.date = MONDAY) -> list[tuple[dt.date, dt.date]]:
    anchor = DateInterval(earliest=published, latest=published, precision=Precision.day)
    return [(i.earliest, i.latest) for _, _, i in parse_dates(text, anchor, language)]


@pytest.mark.parametrize("text, language, day", [
    ("A week ago to the day, militants killed two herders.", "en", D(2024, 5, 6)),
    ("Exactly two weeks ago, militants killed two herders.", "en", D(2024, 4, 29)),
    ("Exactly a month ago, militants killed two herders.", "en", D(2024, 4, 13)),
    ("A year ago to the day, militants killed two herders.", "en", D(2023, 5, 13)),
    ("Il y a une semaine jour pour jour, des militants ont tué deux bergers.", "fr", D(2024, 5, 6)),
    ("Il y a exactement deux semaines, des militants ont tué deux bergers.", "fr", D(2024, 4, 29)),
    ("Il y a un mois jour pour jour, des militants ont tué deux bergers.", "fr", D(2024, 4, 13)),
])
def test_an_offset_told_as_exact_is_that_very_day(text, language, day):
    assert spans(text, language) == [(day, day)]


@pytest.mark.parametrize("text, language", [
    ("A week ago, militants killed two herders.", "en"),
    ("Il y a une semaine, des militants ont tué deux bergers.", "fr"),
])
def test_a_bare_week_ago_stays_the_week_around_it(text, language):
    assert spans(text, language) == [(D(2024, 5, 3), D(2024, 5, 9))]


def test_an_exact_offset_counts_from_the_report_day_told_before_it():
    found = spans("Le lundi 13 mai 2024, des sources locales ont rapporté qu'il y a une semaine jour pour jour, des "
                  "militants avaient exécuté quatre civils.", "fr", published=D(2024, 6, 30))
    assert (D(2024, 5, 6), D(2024, 5, 6)) in found


@pytest.mark.parametrize("text, day", [
    ("Dans un rapport daté du 15/05/2024, une ONG signale que le 05/04/2024, des militants de l'EI Sahel ont tué deux "
     "bergers près de Tessit (Ansongo, Gao).", D(2024, 4, 5)),
    ("Dans un communiqué daté du 20/05/2024, l'armée indique que le 12/05/2024, des terroristes ont tué trois civils "
     "près de Tessit (Ansongo, Gao).", D(2024, 5, 12)),
])
def test_a_day_beside_the_day_of_a_dated_report_dates_the_deed(analyzer, text, day):
    event = note_event(analyzer, text, D(2024, 5, 31))
    assert event is not None and (event.date.earliest, event.date.latest) == (day, day)


@pytest.mark.parametrize("text, language, dead", [
    ("Des hommes armés avaient abattu quatre civils à Anderamboukane.", "fr", 4),
    ("Des militants de l'EI Sahel avaient exécuté quatre civils.", "fr", 4),
    ("Un homme armé avait abattu un commerçant devant sa boutique.", "fr", 1),
    ("Des hommes armés avaient égorgé deux bergers.", "fr", 2),
    ("Unidentified gunmen had shot dead two water carriers near Abala.", "en", 2),
    ("Gunmen gunned down three water sellers near the well.", "en", 3),
])
def test_killings_in_the_pluperfect_or_by_a_verb_that_only_kills_count_their_dead(text, language, dead):
    killed, _ = find_fatalities(text, language)
    assert killed is not None and killed.low == dead


@pytest.mark.parametrize("text, language", [
    ("Gunmen shot dead two goats near Abala.", "en"),
    ("Des hommes armés avaient abattu trente têtes de bétail.", "fr"),
])
def test_animals_shot_are_no_toll(text, language):
    killed, _ = find_fatalities(text, language)
    assert killed is None or not killed.low
