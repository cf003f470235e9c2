"""Fights told between crowds, and a militia's "clash" with unarmed people, in wordings of these tests' own.

ACLED's split (the codebook and its Burkina notes): two organised armed sides, a community's militia among them,
fight a battle (armed clash); unorganised people who fight among themselves or against those who keep order (the
police, or the Koglweogo who police a village or a mining site) riot (mob violence), however the fight is told; an
armed, organised side that strikes unarmed people attacks civilians, whatever word the writer uses ("clashed")."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.communal import communities_fighting, community_dead, crowds_fighting, militia_struck_the_unarmed, sized_crowd_note, \
    village_men_struck

from .conftest import ATTACK, CLASH, MOB, first_coding as _first


@pytest.mark.parametrize("text", [
    "Clashes between two groups of gold panners at a mining site near Tougan left two dead.",
    "Fighting between Christians and Muslims in Ouahigouya left five injured.",
    "Clashes between youths and Koglweogo members in Boulsa left one dead.",
    "Des affrontements entre orpailleurs ont fait deux morts sur un site aurifère près de Djibo.",
    "Des affrontements entre des habitants et des Koglweogo ont fait un mort à Boulsa.",
])
def test_fights_between_crowds_are_mob_violence(default_analyzer, text):
    language = "fr" if text.startswith("Des ") else "en"
    assert crowds_fighting(text) and not communities_fighting(text)
    assert _first(default_analyzer, text, language) == MOB


@pytest.mark.parametrize("text", [
    # one side a community (land owners of a region) or both: communal militias at arms (ACLED's Burkina notes)
    "Clashes between gold miners and land owners from the region at a mining site near Gaoua left one dead.",
    "Clashes between Fulani herders and Mossi farmers near Kaya left two dead.",
    "Des affrontements entre éleveurs et agriculteurs ont fait trois morts près de Kaya.",
    # a crowd against armed men fights them: a battle
    "Clashes between villagers and gunmen near Gayeri left two dead.",
])
def test_communities_and_armed_sides_still_fight_battles(default_analyzer, text):
    language = "fr" if text.startswith("Des ") else "en"
    assert not crowds_fighting(text)
    assert _first(default_analyzer, text, language) == CLASH


@pytest.mark.parametrize("text, language", [
    ("Koglweogo clashed with Fulani near Barsalogho, killing three Fulani civilians.", "en"),
    ("Clashes between Dozo and Fulani community members near Orodara left nine dead.", "en"),
    ("Des Koglweogo ont tué trois civils peuls lors d'affrontements avec la communauté peule près de Kaya.", "fr"),
])
def test_a_militia_that_clashed_with_unarmed_people_attacked_them(default_analyzer, text, language):
    assert _first(default_analyzer, text, language) == ATTACK


def test_a_militia_beside_armed_men_is_no_attack_on_the_unarmed():
    # militants or soldiers in the fight make it a battle, whoever else died
    assert not militia_struck_the_unarmed("VDP clashed with JNIM militants near Kaya; two civilians were killed.")
    assert militia_struck_the_unarmed("Koglweogo clashed with Fulani near Kaya, killing three Fulani civilians.")


@pytest.mark.parametrize("text, language", [
    ("On 4 May 2022, armed youths from the village of Gomboro burned granaries amid a quarrel over a lowland with the "
     "village of Toeni; four people were wounded and gendarmes were sent to restore calm.", "en"),
    ("On 4 May 2022, men from the village of Bana armed with machetes attacked residents of Sira over a field, "
     "killing two.", "en"),
    ("Le 4 mai 2022, des jeunes armés de gourdins du village de Bana ont attaqué des habitants de Sira, blessant "
     "quatre personnes.", "fr"),
])
def test_a_villages_armed_men_who_struck_people_attacked_them(default_analyzer, text, language):
    assert village_men_struck(text)
    assert _first(default_analyzer, text, language) == ATTACK


def test_a_villages_armed_men_in_a_told_fight_fought_a_battle():
    # both sides fought: the communal militias' battle, not one side's blows
    assert not village_men_struck("Armed youths from the village of Bana clashed with villagers from Sira; two were killed.")
    assert not village_men_struck("Armed youths from the village of Bana repelled gunmen, killing two.")
    # (a shoot-out, a gun battle, both sides armed: the words of any fight of two sides)
    assert not village_men_struck("Armed men from the Zarma and Fulani communities engaged in a shoot-out near Sira over "
                                  "stolen cattle; both sides used hunting rifles, and 4 men were killed.")
    assert not village_men_struck("Armed men from the village of Bana and from Sira fought a gun battle; two were killed.")


@pytest.mark.parametrize("text, expected", [
    # ACLED sizes demonstration events only: a sized note's fight, no armed side named, is a crowd's riot
    ("On 4 May 2022, a number of people from two hamlets clashed over a well near Gourcy (Gourcy, Zondoma). One "
     "person was killed. [size=no report]", MOB),
    ("On 4 May 2022, a number of butchers fought with knives at the market of Dori (Dori, Seno). Two people were "
     "killed. [size=at least 2]", MOB),
    # an armed side named keeps its deed, whatever tag the note carries
    ("On 4 May 2022, Dozo militiamen attacked Fulani herders near Orodara (Orodara, Kenedougou), killing two. "
     "[size=no report]", ATTACK),
])
def test_a_sized_note_tells_a_crowds_fight(default_analyzer, text, expected):
    assert sized_crowd_note(text) == (expected == MOB)
    assert _first(default_analyzer, text) == expected


def test_a_sized_protest_stays_a_protest(default_analyzer):
    text = "On 4 May 2022, a number of residents demonstrated in Kaya (Kaya, Sanmatenga) against water cuts. [size=no report]"
    assert _first(default_analyzer, text) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "Koglweogo militiamen killed 13 Fulani near Barsalogho after accusing them of complicity with jihadists.",
    "On 4 May 2022, Dozo hunters killed four Peul near Orodara (Orodara, Kenedougou), accusing them of harbouring militants.",
])
def test_dead_named_by_their_people_are_civilians(default_analyzer, text):
    # ACLED codes people named by their community as civilians unless told armed: the militia attacked them
    assert community_dead(text)
    assert _first(default_analyzer, text) == ATTACK


def test_a_militias_own_dead_are_no_civilians():
    assert not community_dead("Gunmen attacked a Dozo camp near Orodara; three Dozo were killed.")


def test_a_fight_whose_sides_are_no_words_is_no_crowds_fight():
    # (a news page's broken sentence, "clashes between and", once raised here and lost the whole document's analysis)
    assert not crowds_fighting("Violent clashes between and")
    assert not crowds_fighting("des heurts entre et")
