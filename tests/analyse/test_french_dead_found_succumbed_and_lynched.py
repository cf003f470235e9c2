"""French tolls of wire copy: the dead « retrouvés sans vie » (and « les corps sans vie de … »), one who « a succombé »
(described between commas or not) or « a rendu l'âme », one of any trade « lynché » or « battu à mort » by a crowd,
« la victime … avant de succomber », and a toll given as its new total (« ce qui porte le bilan à huit morts »): the
new total, never the sum of it and the dead told with it; a running total of a week or a month stays no event's.  The
abducted and the wounded are never dead.  Sentences written for this test (invented people, real towns)."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities
from sitrep.analyse.new_totals import tells_new_total


def _deaths(text: str) -> tuple[int | None, int | None] | None:
    killed, _ = find_fatalities(text, "fr")
    return None if killed is None else (killed.low, killed.high)


@pytest.mark.parametrize("text, low, high", [
    ("Au moins six bergers ont été retrouvés sans vie près du puits de Tin-Hama.", 6, None),
    ("Quatre orpailleurs ont été retrouvés sans vie dans une galerie effondrée.", 4, 4),
    ("Les corps sans vie de trois commerçants ont été découverts lundi sur l'axe Boni-Hombori.", 3, 3),
])
def test_the_dead_found_without_life_are_counted(text, low, high):
    assert _deaths(text) == (low, high)


@pytest.mark.parametrize("text", [
    "Un gendarme, grièvement blessé par balle, a succombé à ses blessures lors de son évacuation.",
    "Selon l'armée, un soldat avait succombé à ses blessures pendant la nuit.",
    "Un des otages a succombé faute de soins.",
    "Roué de coups, il a rendu l'âme avant l'arrivée des secours.",
    "Une femme enceinte a trouvé la mort dans l'incendie du marché.",
    "Un boutiquier soupçonné de recel a été lynché vendredi au marché de Sikasso.",
    "Un homme accusé de vol de bétail a été battu à mort par des villageois.",
    "Une foule en colère a battu à mort un présumé voleur de moto.",
    "La victime a été frappée à coups de gourdin par des dizaines de jeunes avant de succomber sur place.",
])
def test_one_dead_told_without_a_figure(text):
    assert _deaths(text) == (1, 1)


@pytest.mark.parametrize("text, total", [
    ("Un blessé a succombé mardi à l'hôpital de Mopti, ce qui porte le bilan à six morts.", 6),
    ("Deux blessés ont succombé, portant le bilan de l'attaque à neuf morts.", 9),
    ("Deux autres personnes ont succombé à leurs blessures, ce qui porte le bilan à onze morts.", 11),
])
def test_a_toll_raised_to_a_new_total_is_that_total(text, total):
    assert _deaths(text) == (total, total)
    assert tells_new_total(text, "fr")


@pytest.mark.parametrize("text", [
    "Deux bergers ont été tués, portant le bilan de la semaine à 30 morts.",
    "Trois civils ont été tués, ce qui porte le bilan depuis janvier à 45 morts.",
])
def test_a_running_total_of_a_period_is_no_new_total_of_the_event(text):
    assert not tells_new_total(text, "fr")
    assert _deaths(text)[0] in (2, 3)


@pytest.mark.parametrize("text", [
    "Une dizaine de personnes ont été enlevées par les assaillants.",
    "Quatre villageois ont été blessés et une dizaine d'autres emmenés par les hommes armés.",
    "Un enfant a été enlevé puis relâché le lendemain.",
    "Un soldat a été blessé et évacué vers Sévaré.",
    "Un convoi a été pris pour cible près de Boni.",
    "Un responsable local a confirmé l'attaque, sans donner de bilan.",
])
def test_the_abducted_and_the_wounded_are_never_dead(text):
    assert _deaths(text) is None
