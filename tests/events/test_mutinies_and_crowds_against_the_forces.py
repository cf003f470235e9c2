"""Mutinies that fight nobody, crowds against the forces who alone shoot, brawls told by their idiom, a crowd's acts
joined to its violence, in wordings of these tests' own.

ACLED codes soldiers pressing a grievance with their arms and fighting nobody as a violent demonstration (the Burkina
Faso tune notes: "soldiers rioted in the streets to make pay demands", "new instances of mutinying and soldiers leaving
their barracks … demanding better living conditions"), mutineers who trade fire with loyal troops as a battle, and a
prison's mutiny as its inmates' riot; people who fight the forces, or each other at a mining site, riot whoever fired
the shots that killed; two communities whose fight a note tells only by its toll fight a battle."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.codebook_developments import mutiny_fighting_nobody
from sitrep.analyse.events.communal import crowds_fighting, sized_crowd_note
from sitrep.analyse.events.protest_causes import crowd_at_the_state
from sitrep.analyse.fatalities import find_fatalities

from .conftest import CLASH, MOB, first_coding as _first

VIOLENT_DEMO = ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text, language", [
    ("Soldiers in Po mutinied, firing into the air and looting shops, in protest at unpaid housing allowances.", "en"),
    ("The mutiny spread to the garrison of Dedougou, where soldiers seized weapons from the armoury and blocked the roads.", "en"),
    ("Police officers mutinied in Ouagadougou, firing in the air to demand the payment of their bonuses.", "en"),
    ("Soldiers of the camp of Fada N'Gourma fired into the air through the night to demand the payment of their bonuses.", "en"),
    ("Des soldats du camp de Kaya se sont mutinés, tirant en l'air toute la nuit pour réclamer leurs primes.", "fr"),
])
def test_a_mutiny_that_fights_nobody_is_a_violent_demonstration(default_analyzer, text, language):
    assert mutiny_fighting_nobody(text)
    assert _first(default_analyzer, text, language) == VIOLENT_DEMO


@pytest.mark.parametrize("text, around", [
    ("Mutinying soldiers and loyalist troops exchanged fire in the camp.", ""),  # loyal troops fought
    ("Soldiers of the garrison mutinied over their bonuses.", "They exchanged fire with the presidential guard overnight."),
    ("Mutinous soldiers seized power and dissolved the government.", ""),  # a coup
    ("Inmates of the central prison mutinied and attacked the guards with iron bars.", ""),  # a prison riot
    ("Police fired into the air to disperse soldiers' wives demanding the payment of bonuses.", ""),  # crowd control
    ("Mutineers killed their commander at the camp.", ""),  # someone killed: no demonstration's harm
])
def test_mutinies_that_fought_or_are_no_servicemens_stay_what_they_were(text, around):
    assert not mutiny_fighting_nobody(text, around)


def test_a_mutinys_servicemen_and_its_killings_are_the_shared_word_lists():
    # the servicemen are the armed-people table's (``servicemen`` role), the killings ``harm_verbs``' participles: a
    # stabbing ends a mutiny's demonstration as a shooting dead does, while shots fired into the air make it one
    assert mutiny_fighting_nobody("Gendarmes fired into the air in Kaya to demand the payment of their allowances.")
    assert not mutiny_fighting_nobody("Mutineers stabbed their commander at the camp.")
    assert not mutiny_fighting_nobody("Mutineers shot dead their commander at the camp.")
    assert mutiny_fighting_nobody("Soldiers mutinied and shot into the air at the camp.")


def test_mutineers_fighting_loyal_troops_still_fight_a_battle(default_analyzer):
    text = "Mutinying soldiers and loyalist troops exchanged fire in Bobo-Dioulasso. Six mutineers were killed."
    assert _first(default_analyzer, text) == CLASH


@pytest.mark.parametrize("text, language", [
    ("Gendarmes and gold miners clashed at a site near Gaoua after the gendarmes tried to close it; one miner was shot dead.", "en"),
    ("Des gendarmes et des orpailleurs se sont affrontés sur un site près de Dano; un orpailleur a été tué par balle.", "fr"),
])
def test_a_crowd_fighting_the_forces_riots_when_only_the_forces_shot(default_analyzer, text, language):
    assert crowds_fighting(text)
    assert _first(default_analyzer, text, language) == MOB


def test_a_crowd_that_shoots_is_no_crowd():
    assert not crowds_fighting("Residents and gendarmes clashed in the town; residents armed with rifles shot two gendarmes.")


@pytest.mark.parametrize("text, language", [
    ("Burkinabe and Nigerien gold panners came to blows at a gold site near Gotheye; one miner was stabbed to death.", "en"),
    ("Des orpailleurs burkinabè et nigériens en sont venus aux mains sur un site près de Gotheye; un orpailleur a été tué.", "fr"),
])
def test_panners_of_two_countries_who_came_to_blows_brawl(default_analyzer, text, language):
    assert crowds_fighting(text)
    assert _first(default_analyzer, text, language) == MOB


def test_two_peoples_who_came_to_blows_still_fight_as_communities():
    assert not crowds_fighting("Fulani and Mossi herders came to blows near Kaya; two were killed.")


@pytest.mark.parametrize("text, expected", [
    ("Traders of the market angered by a new levy closed their stalls, set up barricades and set fire to the tax office.", VIOLENT_DEMO),
    ("Gold miners attacked gendarmes who had come to arrest a miner, freed the suspect and set fire to their motorbike.", MOB),
    ("Hundreds of youths attacked the police station in Garango after a man died in custody.", VIOLENT_DEMO),
])
def test_a_crowds_acts_joined_to_its_violence_keep_it_a_crowd(default_analyzer, text, expected):
    assert _first(default_analyzer, text) == expected


def test_premises_stormed_over_the_states_own_wrong_are_a_grievance():
    assert crowd_at_the_state("Youths attacked the police station after a man died in custody.")
    assert crowd_at_the_state("Des jeunes ont attaqué le commissariat après la mort d'un homme en garde à vue.")
    # (a crowd that storms the post to take a suspect held there is set on a person, not on the state)
    assert not crowd_at_the_state("Residents stormed the gendarmerie post to lynch a suspected thief held there.")


@pytest.mark.parametrize("text", [
    "Conflict between farmers and herders in Djibasso left one dead.",
    "Herders and farmers clashed over a water point near Dori; two herders were shot dead with hunting rifles.",
])
def test_a_communal_fight_told_by_its_toll_is_a_battle(default_analyzer, text):
    assert _first(default_analyzer, text) == CLASH


def test_a_mobs_victim_told_after_what_was_done_to_him_is_counted():
    killed, _ = find_fatalities("A man suspected of being a kidnapper was doused with petrol and burned alive by a crowd.", "en")
    assert killed is not None and killed.low == 1
    killed, _ = find_fatalities("A group of thieves was caught and lynched.", "en")
    assert killed is None or killed.low != 1


@pytest.mark.parametrize("text", [
    "On 12 May 2019, a number of youths from two villages armed with machetes and clubs clashed over a land dispute near "
    "Kaya (Kaya, Sanmatenga). Two people were killed. [size=no report]",
    "On 3 June 2020, a number of residents armed with clubs attacked and wounded two herders accused of theft in "
    "Bourzanga (Bourzanga, Bam). [size=no report]",
])
def test_a_sized_crowd_armed_with_a_brawls_weapons_is_still_a_crowd(default_analyzer, text):
    # ACLED writes its size tag for demonstration events only: machetes and clubs make no militia of them
    assert sized_crowd_note(text)
    assert _first(default_analyzer, text) == MOB


def test_a_sized_note_naming_firearms_or_armed_men_is_no_crowds():
    assert not sized_crowd_note("A number of villagers armed with rifles clashed with gunmen near Kaya. [size=no report]")
