"""Tolls in the words of ACLED's Mali notes: a figure that is another verb's object before "and" a killing is no
count of the dead ("set fire to several granaries and shot dead two farmers" is 2); corpses and remains counted
like bodies; people named by their trade or tie ("a marabout and his apprentice" is 2); a ceiling beside a count
("at least 6 civilians (local sources speak of up to 10 dead)") only bounds it, ACLED codes 6; the wounded's share
who died afterwards ("6 wounded, two of whom died") adds to the dead; one body found ("His body was found") and the
holder of an office ("killed the village chief of Sari") are one dead; a recalled incident's dead are blanked."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, low, high", [
    ("armed men set fire to several granaries and shot dead two farmers near Bankass", 2, 2),
    ("villagers discovered the corpses of two brothers near Dinangourou", 2, 2),
    ("the remains of three men were recovered in a dry well near Sevare", 3, 3),
    ("unidentified gunmen killed a marabout and his apprentice near Djenne", 2, 2),
    ("gunmen killed a fisherman and his cousin on the river", 2, 2),
    ("killing at least 6 civilians (local sources speak of up to 10 dead)", 6, None),
    ("up to 30 people were killed", None, 30),
    ("4 soldiers were killed and 6 wounded, two of whom died the following day", 6, 6),
    ("10 soldiers were killed, three of them officers", 10, 10),
    ("His body was found two days later near the river.", 1, 1),
    # a share of the dead told before it is no more dead: 8 + 25
    ("The army reported 8 soldiers killed, including 2 officers, and 25 assailants neutralised.", 33, 33),
    ("killing 5 civilians, including 2 children and 3 women", 5, 5),
    ("suspected JNIM militants killed the village chief of Sari (Koro, Mopti)", 1, 1),
])
def test_coders_tolls(text, low, high):
    killed, _ = find_fatalities(text)
    assert killed is not None and (killed.low, killed.high) == (low, high)


@pytest.mark.parametrize("text", [
    "The operation followed an ambush on 19 April in which three soldiers had died.",
    "The raid avenged an attack on the village in which five herders were killed.",
])
def test_the_dead_of_a_recalled_incident_are_no_toll(text):
    assert find_fatalities(text)[0] is None


@pytest.mark.parametrize("text", [
    "militants killed the soldiers guarding the post",  # a plural after "the" is no one victim
    "gunmen killed the chiefs of two villages",
])
def test_the_plural_after_the_is_not_one_victim(text):
    killed = find_fatalities(text)[0]
    assert killed is None or killed.low != 1
