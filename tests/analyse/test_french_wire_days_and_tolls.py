"""French wire wordings of a day and a toll (the class of ``tests/data/wires_blind_fr``), in sentences of our own:
a day told by its number alone with a part of the day (« dans la soirée du 12 »: the latest 12th on or before the
publication), a weekday heading a full date (« le mardi 3 mars 2026 »: that date, not the last Tuesday), a night
whose two days carry their weekdays (coded on its first day), and tolls summed over clauses and named units."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.analyse.fatalities import find_fatalities
from sitrep.model import DateInterval, Precision


def _anchor(day: str) -> DateInterval:
    d = dt.date.fromisoformat(day)
    return DateInterval(earliest=d, latest=d, precision=Precision.day)


DAYS = [
    # (published, text, first day, last day)
    ("2025-07-16", "Deux bergers ont été tués dans la soirée du 14 près du puits.", "2025-07-14", "2025-07-14"),
    ("2025-08-02", "La patrouille a été prise à partie dans la nuit du 30 par des hommes armés.", "2025-07-30", "2025-07-30"),
    ("2025-05-09", "Le camp a été visé dans la matinée du jeudi 8 par des tirs.", "2025-05-08", "2025-05-08"),
    ("2025-05-09", "Le poste a été attaqué le mercredi 7 par des assaillants.", "2025-05-07", "2025-05-07"),
    ("2025-09-30", "Les faits remontent au lundi 4 août 2025, selon la mairie.", "2025-08-04", "2025-08-04"),
    ("2025-10-21", "Dans la nuit du vendredi 17 au samedi 18 octobre, le village a été incendié.", "2025-10-17", "2025-10-17"),
    ("2025-10-21", "Les combats ont duré du lundi 13 au mercredi 15 octobre.", "2025-10-13", "2025-10-15"),
    ("2025-10-15", "Dans la nuit du 12 au 13, des hommes armés ont pillé le marché.", "2025-10-12", "2025-10-12"),
    ("2025-11-02", "Dans la nuit du jeudi 30 au vendredi 31, le poste a été attaqué.", "2025-10-30", "2025-10-30"),
    ("2025-11-20", "Le 12 courant, des individus armés ont enlevé le maire adjoint.", "2025-11-12", "2025-11-12"),
    ("2025-11-20", "Les faits se sont produits le 14/11/2025 aux environs de 10 heures.", "2025-11-14", "2025-11-14"),
]


@pytest.mark.parametrize("published, text, first, last", DAYS)
def test_french_day_wordings_resolve_against_the_publication(published, text, first, last):
    found = parse_dates(text, _anchor(published), "fr")
    assert found, text
    interval = found[0][2]
    assert (interval.earliest.isoformat(), interval.latest.isoformat()) == (first, last), (text, found)


def test_a_day_number_with_its_month_is_not_read_as_a_bare_day():
    found = parse_dates("Dans la soirée du 12 juin, le marché a été pillé.", _anchor("2025-06-20"), "fr")
    assert [(f[2].earliest.isoformat(), f[2].evidence) for f in found] == [("2025-06-12", "12 juin")]


def test_a_weekday_before_a_count_stays_a_weekday():
    found = parse_dates("Mardi 12 personnes ont fui le village.", _anchor("2025-06-20"), "fr")
    assert found and found[0][2].earliest.isoformat() == "2025-06-17"


TOLLS = [
    ("Lors de l'accrochage, six terroristes ont été neutralisés et deux gendarmes ont été tués.", 8),
    ("Une quinzaine de Volontaires pour la défense de la patrie (VDP) et deux civils ont perdu la vie.", 17),
    ("Trois douaniers sont tombés au combat et un civil a été tué.", 4),
    ("Cinq orpailleurs ont été abattus par des bandits armés sur le site.", 5),
    ("Deux commerçants et un chauffeur sont morts dans l'attaque du convoi.", 3),
]


@pytest.mark.parametrize("text, total", TOLLS)
def test_french_tolls_summed_over_clauses_and_named_units(text, total):
    killed, _ = find_fatalities(text, "fr")
    assert killed is not None and killed.low == total, (text, killed)


def test_soldiers_who_fell_into_an_ambush_are_not_counted_dead():
    killed, _ = find_fatalities("Quatre soldats sont tombés dans une embuscade tendue près du pont.", "fr")
    assert killed is None or killed.low is None
