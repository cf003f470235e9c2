"""A note's toll spread over its sentences and its parties, coded as ACLED codes it: the bystanders a fight's fire
killed and the attackers' dead told after the fight are added; a toll revised later replaces the first; two tellers'
rival counts of the same dead give the lowest; a note that tells one fight in two readings, each with one side's dead,
is one battle with both sides' dead."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.fatalities import find_fatalities
from tests.events.conftest import make_document

D = dt.date


@pytest.mark.parametrize("text, language, dead", [
    ("Four traders were caught in the crossfire and died at the market.", "en", 4),
    ("A herder and his son were hit by stray bullets and killed.", "en", 2),
    ("Deux passants ont été touchés par des balles perdues et sont morts.", "fr", 2),
    ("Cinq villageois ont été pris entre deux feux et tués.", "fr", 5),
])
def test_bystanders_killed_by_a_fights_fire_are_dead(text, language, dead):
    killed = find_fatalities(text, language)[0]
    assert killed is not None and killed.low == dead, killed


@pytest.mark.parametrize("text, language, dead", [
    ("An early count gave 12 dead; officials later put the toll at 9.", "en", 9),
    ("The final toll was 31, hospital staff said.", "en", 31),
    ("Le bilan s'est finalement alourdi à 27 morts.", "fr", 27),
    ("Un premier bilan faisait état de 4 morts ; le bilan définitif est de 7 morts.", "fr", 7),
])
def test_a_revised_toll_is_the_latest_figure(text, language, dead):
    killed = find_fatalities(text, language)[0]
    assert killed is not None and killed.low == dead, killed


@pytest.mark.parametrize("text, language, dead", [
    ("Residents said 15 people were killed, but the army put the toll at 11.", "en", 11),
    ("The ministry reported six soldiers killed, whereas a union source said ten soldiers died.", "en", 6),
    ("Selon la mairie, 8 civils ont été tués, tandis que des habitants font état de 13 civils tués.", "fr", 8),
])
def test_rival_counts_of_the_same_dead_give_the_lowest(text, language, dead):
    killed = find_fatalities(text, language)[0]
    assert killed is not None and killed.low == dead, killed


@pytest.mark.parametrize("text, dead", [
    # two sides' dead, or a clause with no teller: summed or read as before, never the lower one
    ("The army said it lost four soldiers, while residents reported 9 militants killed.", 13),
    ("Gunmen killed three soldiers at the post, while two of the attackers were shot dead.", 5),
])
def test_two_sides_dead_are_no_rival_counts(text, dead):
    killed = find_fatalities(text)[0]
    assert killed is not None and killed.low == dead, killed


def test_civilians_serving_a_force_are_listed_victims():
    killed = find_fatalities("The dead included two gendarmes and their interpreter.")[0]
    assert killed is not None and killed.low == 3, killed


def _tolls(events):
    return [e.fatalities.low for e in events if e.fatalities and e.fatalities.low]


def test_crossfire_dead_told_after_a_fight_are_added(analyzer):
    text = ("On 3 May 2024, JNIM militants clashed with soldiers at Dioungani (Koro, Mopti). Two soldiers and "
            "five militants were killed. A woman and her child were caught in the crossfire and died.")
    a = analyzer.analyse(make_document(text, D(2024, 5, 3)))
    assert _tolls(a.events) == [9]


def test_the_attackers_dead_counted_among_them_later_are_added(analyzer):
    text = ("On 8 June 2023, gunmen attacked the village of Ogossagou (Bankass, Mopti). Four hunters died defending "
            "it. Residents later found three bodies among the attackers.")
    a = analyzer.analyse(make_document(text, D(2023, 6, 8)))
    assert _tolls(a.events) == [7]


def test_a_fight_told_as_losses_and_a_claim_of_enemy_dead_is_one_battle(analyzer):
    text = ("Le 2 avril 2024, des terroristes ont attaqué le poste militaire de Boulkessi (Soum, Sahel). Deux soldats "
            "ont été tués. L'état-major affirme avoir neutralisé 17 assaillants.")
    a = analyzer.analyse(make_document(text, D(2024, 4, 2), language="fr"))
    battles = [e for e in a.events if e.event_type == "Battles"]
    assert len(battles) == 1 and battles[0].fatalities.low == 19
