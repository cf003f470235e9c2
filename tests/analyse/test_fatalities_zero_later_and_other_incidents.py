"""Tolls as ACLED codes them on wordings the older tests lack: a stated zero, the wounded never killed in either
order, the dead of later days summed, bodies found, each side's dead, vague counts of a larger unit, another
incident told in the same sentence and an earlier incident this one answers.  The wire lines of
``tests/data/wire_lines_tolls_dates.csv`` (written for this test, each with the day it was published) are scored
end to end, their dates with them (a capitals dateline with its day and no credit, « samedi dernier »)."""

from __future__ import annotations

import pytest

from sitrep.analyse.dates import acled_month_part
from sitrep.analyse.fatalities import NONE_REPORTED, find_fatalities, stated_no_deaths
from sitrep.model import DateInterval, Precision

from ..quality.conftest import DATA
from .dated_notes import date_and_toll_checks


@pytest.mark.parametrize("language, text", [
    ("en", "The soldiers repelled the assault. No fatalities were reported."),
    ("en", "Four soldiers were wounded; no deaths were reported."),
    ("en", "There were no reported fatalities."),
    ("en", "Fatality counts unknown."),
    ("fr", "Aucune perte en vie humaine n'a été signalée, selon une source locale."),
    ("fr", "Aucun mort n'a été enregistré, mais trois militaires ont été blessés."),
])
def test_deaths_told_as_none_are_a_stated_zero_and_no_toll(language, text):
    assert find_fatalities(text, language)[0] is None
    zero = stated_no_deaths(text, language)
    assert zero is not None and (zero.low, zero.high, zero.kind) == (0, 0, NONE_REPORTED)


def test_a_stated_zero_never_hides_a_toll_of_its_own_sentence():
    assert stated_no_deaths("Gunmen killed three herders; no other casualties were reported.") is None


@pytest.mark.parametrize("language, text, low", [
    ("en", "Gunmen opened fire at the market, injuring 4 and killing 2.", 2),
    ("en", "Gunmen fired on a bus, killing 2 and injuring 4.", 2),
    ("fr", "Des militants ont blessé six civils et tué quatre autres près de Bandiagara.", 4),
    ("en", "Attackers stormed the village, killing five people, including three children.", 5),
    ("fr", "Des jihadistes ont attaqué un campement, tuant huit civils, dont deux femmes et un enfant.", 8),
    ("en", "Five soldiers were killed in an ambush on Friday, and two more later died of their wounds.", 7),
    ("en", "Gunmen killed 3 civilians and wounded 5 others; two of the wounded later died.", 5),
    ("fr", "Deux blessés ont succombé à leurs blessures le lendemain.", 2),
    ("en", "He died after being beaten.", 1),
    ("en", "The bodies of six men were found near the town.", 6),
    ("fr", "Les corps de neuf bergers ont été découverts près de Djenné.", 9),
    ("en", "Militants attacked the village, killing 19 civilians and 3 armed men.", 22),
    ("fr", "Les combats ont fait 7 morts parmi les soldats et 12 parmi les assaillants.", 19),
    ("en", "Drone strikes hit the camp, killing several dozen militants.", 12),
    ("en", "Militants attacked civilians digging trenches, killing several hundred people.", 100),
    ("fr", "Les combats ont fait plusieurs dizaines de morts, selon des sources locales.", 10),
    ("fr", "Des hommes armés ont attaqué un hameau, faisant une dizaine de morts.", 10),
    ("fr", "Des individus armés ont assassiné le chef de village de Dinangourou.", 1),
    ("en", "Troops clashed with militants near Niono, killing six militants; near Macina, militants killed two "
           "civilians the same day.", 6),
    ("en", "VDP members killed 4 civilians in reprisal for an attack on their post, which had killed 11 VDP.", 4),
])
def test_tolls_by_class(language, text, low):
    killed, _ = find_fatalities(text, language)
    assert killed is not None and killed.low == low, (text, killed)


@pytest.mark.parametrize("text", [
    "Residents demonstrated against insecurity after the attack of 28 August that killed 21 passengers.",
    "The torching came after an attack on their post there, in which five soldiers died.",
])
def test_the_dead_of_the_incident_answered_are_not_this_ones(text):
    assert find_fatalities(text)[0] is None


def test_a_part_of_a_month_is_coded_as_the_week_that_opens_it():
    import datetime as dt

    third = DateInterval(earliest=dt.date(2024, 10, 21), latest=dt.date(2024, 10, 31), precision=Precision.month,
                         evidence="late October 2024")
    coded = acled_month_part(third)
    assert (coded.earliest, coded.latest, coded.precision) == (dt.date(2024, 10, 21), dt.date(2024, 10, 27), Precision.week)
    month = third.model_copy(update={"evidence": "October 2024", "earliest": dt.date(2024, 10, 1)})
    assert acled_month_part(month) == month


WIRES = DATA / "wire_lines_tolls_dates.csv"


def test_the_wire_lines_hold_their_date_and_toll(default_analyzer):
    checks = date_and_toll_checks(default_analyzer, WIRES)
    missed = [note.notes for note, date_ok, toll_ok in checks if not (date_ok and toll_ok)]
    assert len(checks) == 11 and not missed, missed
