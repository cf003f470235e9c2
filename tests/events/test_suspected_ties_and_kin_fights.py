"""A crowd's victim's suspected ties, kin who fight at a burial, a mob's killing told by its death, a crowd that fights
the Koglweogo told after the verb, partisans of two camps, and a sized crowd that burns: riots, in wordings of these
tests' own.

ACLED codes a crowd that lynches a man it takes for a militant as mob violence (the armed group is the victim's
description, no side), kin who fight each other as mob violence, and never sizes a development: a sized note's
burning is a crowd's riot."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.communal import crowds_fighting, kin_quarrel, sized_crowd_note
from sitrep.analyse.events.protest_causes import no_demonstration
from sitrep.analyse.events.suspected_ties import without_suspected_ties

from .conftest import CLASH, MOB, first_coding as _first


@pytest.mark.parametrize("text, left", [
    ("Villagers grabbed a man they accused of being an ISGS fighter and stoned him.", "ISGS"),
    ("A crowd lynched two youths suspected of spying for the jihadists, the police said.", "jihadists"),
    ("Residents burned the shop of a trader accused of selling fuel to terrorists; he fled.", "terrorists"),
    ("Des habitants ont lynché un homme soupçonné d'être un terroriste.", "terroriste"),
])
def test_a_victims_suspected_ties_are_blanked(text, left):
    assert left not in without_suspected_ties(text)


@pytest.mark.parametrize("text", [
    "Suspected JNIM militants attacked the market of Kaya.",
    "Presumed jihadists and Koglweogo members clashed near Barsalogho.",
    "Soldiers fought with alleged militants north of Djibo.",
])
def test_a_doers_suspicion_stays(text):
    # a suspicion told of the doers (or of a side met in a fight) names an armed side
    assert without_suspected_ties(text) == text


@pytest.mark.parametrize("text", [
    "On 6 May 2021, residents of Kaya (Kaya, Sanmatenga) caught a man they accused of being a JNIM informant at the market, "
    "beat him and set fire to his motorbike. [size=no report]",
    "On 2 July 2021, villagers of Pissila (Pissila, Sanmatenga) attacked two families they suspected of links with militants "
    "and burned their granaries. One man was killed. [size=no report]",
])
def test_a_sized_lynching_of_a_suspected_militant_is_mob_violence(default_analyzer, text):
    assert sized_crowd_note(text)
    assert _first(default_analyzer, text) == MOB


def test_a_sized_note_whose_doers_are_suspected_militants_names_an_armed_side():
    assert not sized_crowd_note("On 3 May 2021, suspected militants attacked demonstrators in Kaya. [size=no report]")


def test_forces_that_only_kept_order_are_no_side_of_a_sized_crowds_fight(default_analyzer):
    text = ("On 3 May 2024, residents of Kaya clashed with herders over crop damage, leaving two people injured. "
            "Gendarmes intervened to restore calm. [size=no report]")
    assert sized_crowd_note(text)
    assert _first(default_analyzer, text) == MOB
    assert sized_crowd_note("Le 3 mai 2024, des orpailleurs de deux villages se sont affrontés près de Kaya. Les forces "
                            "de l'ordre sont intervenues. [size=no report]")


def test_forces_that_fired_on_a_sized_crowd_remain_a_side():
    assert not sized_crowd_note("On 3 May 2024, residents of Kaya clashed with herders. Gendarmes intervened and "
                                "shot dead one of the herders. [size=no report]")


@pytest.mark.parametrize("text", [
    "On 4 April 2020, a wedding in Yako turned violent when members of two families fought over the bride price.",
    "Relatives of the deceased fought with sticks over the inheritance of his fields near Koudougou; two were wounded.",
])
def test_kin_who_fight_are_no_demonstration(default_analyzer, text):
    assert kin_quarrel(text) and no_demonstration(text)
    assert _first(default_analyzer, text) == MOB


def test_a_mobs_killing_told_by_its_death_is_no_demonstration():
    assert no_demonstration("Rioters set fire to the house of a healer in Reo; the healer and his wife were killed.")
    # a demand told makes it a demonstration, and so do the forces facing the crowd
    assert not no_demonstration("Rioters set fire to the town hall to demand the mayor's resignation; one rioter died.")
    assert not no_demonstration("Youths clashed with police in Kaya; one youth was killed.")


@pytest.mark.parametrize("text", [
    "On 5 April 2019, Koglweogo members clashed with residents of Boulsa who opposed the detention of a herder.",
    "Supporters of two claimants to the throne of the village clashed in the streets of Tenkodogo.",
])
def test_a_crowd_against_its_police_or_two_camps_partisans_fight_as_crowds(default_analyzer, text):
    assert crowds_fighting(text)
    assert _first(default_analyzer, text) == MOB


def test_villagers_of_two_places_or_dozo_against_militants_stay_battles(default_analyzer):
    assert not crowds_fighting("Dozo hunters clashed with JNIM militants near San.")
    assert _first(default_analyzer, "On 9 May 2022, Dozo hunters clashed with JNIM militants near San, killing four militants.") == CLASH


def test_a_sized_crowds_burning_is_a_riot(default_analyzer):
    text = "On 4 June 2022, a crowd in Dosso (Dosso, Dosso) doused a suspected robber with fuel and set him ablaze. He died " \
           "in hospital. [size=no report]"
    assert _first(default_analyzer, text) == MOB
