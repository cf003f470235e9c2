"""A vehicle laden with explosives is a suicide bomb only when the text says it was driven at its target; one that
blew up where it stood was parked and set off, a remote explosive (``weapons.driven_bomb``)."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.weapons import driven_bomb, vehicle_bomb_label

DRIVEN = [
    "A bomber steered a lorry packed with explosives into the perimeter wall of the barracks at dawn.",
    "Assailants attacked the camp using three vehicles loaded with explosives.",
    "A suicide attacker in a car rigged with explosives blew himself up beside the convoy.",
    "The explosives-laden pick-up sped towards the checkpoint before it exploded.",
]
PARKED = [
    "A car packed with explosives blew up outside the ministry during the morning rush hour.",
    "A motorbike loaded with explosives went off beside a row of fruit stalls, wounding eleven.",
    "An explosives-laden van detonated in a side street near the bus station.",
    "Police found a truck filled with explosives behind the stadium and made it safe.",
]


@pytest.mark.parametrize("text", DRIVEN)
def test_driven_at_its_target(text):
    assert driven_bomb(text)
    assert vehicle_bomb_label(text, "", armed_target=False) == "SUIC_BOMB"


@pytest.mark.parametrize("text", PARKED)
def test_parked_or_found_is_no_suicide_bomb(text):
    assert not driven_bomb(text)
    assert vehicle_bomb_label(text, "", armed_target=False) is None


def test_a_driven_bomb_before_an_assault_on_armed_men_is_the_battle():
    text = "Fighters rammed a car loaded with explosives into the outpost, then stormed it on foot."
    assert vehicle_bomb_label(text, "", armed_target=True) == "ARMED_CLASH"
