"""Fatalities as ACLED codes them, in English and French: the killed only (not the wounded, arrested
or abducted), every side's dead summed over a list of victims, "at least N" is N, vague counts by
ACLED's floors ("several" 3, "dozens" 12, "une dizaine" 10)."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities

KILLED = [
    ("en", "On 9 December 2020, a policeman shot and killed a farmer at a checkpoint near the town.", 1),
    ("en", "Presumed militants killed a male civilian herding his animals near the village.", 1),
    ("en", "Suspected militants killed an off-duty customs officer near the town.", 1),
    ("en", "Suspected militants killed a quranic teacher and a farmer on the road between two villages.", 2),
    ("en", "Armed men attacked and killed two police officers and a farmer.", 3),
    ("en", "Presumed militants killed four farmers and a volunteer fighter (VDP) (assumed off-duty) in a hamlet.", 5),
    ("en", "A local council member and a farmer were killed by unidentified aggressors.", 2),
    ("en", "Villagers killed two policemen who shot dead a woman while intervening in a land dispute.", 3),
    ("en", "Two soldiers and five attackers were killed in the clash.", 7),
    ("en", "The army said four soldiers and eleven assailants killed during the raid.", 15),
    ("en", "Two gendarmes wounded and three attackers killed in the assault on the post.", 3),
    ("en", "At least 55 people were killed in a suicide car attack at a military camp.", 55),
    ("en", "Militiamen attacked the village and killed three herders.", 3),
    ("en", "Gunmen killed 12 people, including 5 soldiers, and wounded 8.", 12),
    ("en", "Soldiers killed several militants.", 3),
    ("en", "Militants killed dozens of villagers.", 12),
    ("en", "Gunmen shot dead a herder and wounded two others.", 1),
    ("en", "Gunmen fired on a bus near the town, leaving three passengers dead.", 3),
    ("fr", "Au moins sept civils ont été tués samedi dernier.", 7),
    ("fr", "L'attaque a fait une dizaine de morts.", 10),
    ("fr", "On dénombre au moins neuf morts parmi les soldats.", 9),
    ("fr", "Des hommes armés ont tué trois bergers et blessé deux autres.", 3),
    ("fr", "Plusieurs civils ont été tués.", 3),
    ("fr", "Les assaillants ont abattu un commerçant.", 1),
    ("fr", "Cinq soldats et une dizaine d'assaillants ont été tués.", 15),
    # a distance, a duration or an age before the casualty word is no count of people
    ("en", "JNIM militants attacked a FAMa post 30 km north of Bourem, killing 5 soldiers.", 5),
    ("en", "Gunmen ambushed a convoy about 15 kilometres from Gossi and killed two gendarmes.", 2),
    ("en", "48 hours after the attack, three more civilians were killed in Tessit.", 3),
    ("fr", "Des hommes armés ont attaqué un poste à 40 km de Djibo, tuant 3 civils.", 3),
]

NOT_KILLED = [
    ("en", "Militants fired on a checkpoint 30 km from Douentza; soldiers repelled the assault, killing none."),
    ("fr", "Un poste situé à 25 km de Boni a été attaqué dans la nuit, sans faire de victimes."),
    ("en", "Dogon militiamen abducted two herders and wounded three others."),
    ("en", "Four gendarmes were arrested and two civilians abducted."),
    ("en", "Two soldiers were severely wounded and an army pickup damaged."),
    ("fr", "Quatre personnes ont été enlevées."),
    ("fr", "Trois soldats ont été blessés."),
    # "leaving" counts the dead only when they are told dead ("leaving two people dead"), not the wounded it left
    ("en", "Residents clashed with herders over crop damage, leaving two people injured."),
    ("en", "Gunmen fired on a bus near the town, leaving three passengers wounded."),
]


@pytest.mark.parametrize("language, text, expected", KILLED)
def test_killed_count(language, text, expected):
    killed, _ = find_fatalities(text, language)
    assert killed is not None and killed.low == expected, (text, killed)


@pytest.mark.parametrize("language, text", NOT_KILLED)
def test_wounded_arrested_abducted_are_not_dead(language, text):
    killed, _ = find_fatalities(text, language)
    assert killed is None or (killed.low is None and killed.high is None), (text, killed)


def test_at_least_is_a_floor():
    killed, _ = find_fatalities("At least 17 soldiers were killed and dozens wounded.", "en")
    assert (killed.low, killed.high) == (17, None)


def test_a_coders_stated_figure_is_the_toll():
    # ACLED's notes say which figure they record when the sources give none
    killed, _ = find_fatalities("A landmine struck soldiers near Gao, causing an unknown number of dead and "
                                "wounded; unknown fatalities coded at low estimate of 3.", "en")
    assert (killed.low, killed.high) == (3, 3)
    killed, _ = find_fatalities("Clashes left dozens dead, fatalities coded as ten.", "en")
    assert (killed.low, killed.high) == (10, 10)


def test_a_repeated_sentence_gets_equal_tolls_of_its_own():
    """Stages ask for one sentence's toll several times (a memo answers the repeats): each caller gets
    records equal to a fresh reading and of its own, so that changing one changes no later answer."""
    from sitrep.analyse.fatalities import find_fatalities

    text = "Gunmen killed 7 civilians and wounded 3 others in Koro on 3 May 2024."
    killed, injured = find_fatalities(text)
    assert (killed.low, injured.low) == (7, 3)
    killed.low, injured.low = 99, 99
    again, again_injured = find_fatalities(text)
    assert (again.low, again_injured.low) == (7, 3) and again is not killed
