"""The codebook's patterns on who fought whom (``analyse/events/codebook.py``): sentences written
for this test, each pattern shown matching what it is for and not what it must leave alone."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.codebook import CONTINUATION, FIGHT_BACK, KIN, MILITARY_TARGET, MILITARY_VICTIMS, UNARMED


@pytest.mark.parametrize("text, expected", [
    ("Militants attacked a gendarmerie post near the border", True),
    ("Gunmen ambushed an army convoy on the national road", True),
    ("Assailants raided the VDP positions at dawn", True),
    ("Gunmen attacked a wedding party in the village", False),
    ("The army attacked the hideouts of the group", False),
])
def test_an_attack_on_armed_people(text, expected):
    assert bool(MILITARY_TARGET.search(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("The assailants fled after killing three soldiers", True),
    ("Two gendarmes were seriously wounded", True),
    ("The army said it had neutralised 12 terrorists", True),
    ("Three herders were killed by soldiers", False),  # the soldiers are the perpetrators
    ("Soldiers killed four civilians at a checkpoint", False),
])
def test_armed_people_among_the_victims(text, expected):
    assert bool(MILITARY_VICTIMS.search(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("The volunteers repelled the attack", True),
    ("Soldiers returned fire and the attackers withdrew", True),
    ("At least two assailants were killed", True),
    ("The gunmen killed two traders and left", False),
])
def test_the_target_fought_back(text, expected):
    assert bool(FIGHT_BACK.search(text)) is expected


def test_continuation_and_kin_and_unarmed():
    assert CONTINUATION.match("They burned the granaries.") and not CONTINUATION.match("Elsewhere, gunmen abducted a chief.")
    assert KIN.search("two families clashed over a field") and not KIN.search("youths from two villages clashed")
    assert UNARMED.search("killed a policeman (off-duty) at the market") and not UNARMED.search("killed a policeman on patrol")
