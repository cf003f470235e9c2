"""A raid's takings and people led off, on sentences written for this test (none from the tuning or dev notes),
each rule with the contrast that must not move:

- goods or animals taken from people who are beaten, shot, tied up, killed or held at gunpoint: an attack;
  taken where nobody is hurt or threatened: looting (a strategic development);
- people led into the bush or forced into a vehicle by armed men: an abduction, without the word;
- grain or money handed over under threat is no transfer of territory; a camp handed over still is;
- armed defenders who set out to stop raiders fight them (an armed clash), even when they lose; an attack
  that kills defenders who tried to protect the place is a battle, one that kills people who fled is not.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from sitrep.analyse.events.takings import takings_with_violence

from .conftest import first_coding


# the most confident event of a text published on 1 August 2024
_first = partial(first_coding, published=dt.date(2024, 8, 1))


@pytest.mark.parametrize("text, expected", [
    ("On 2 July 2024, raiders emptied the grain stores of Wendou and whipped the farmers who tried to hide their sacks.",
     ("Violence against civilians", "Attack")),
    ("On 3 July 2024, armed men looted the pharmacy of Kalo and stabbed its owner.",
     ("Violence against civilians", "Attack")),
    ("On 4 July 2024, gunmen stole the sheep of Wendou at gunpoint before dawn.",
     ("Violence against civilians", "Attack")),
    ("On 5 July 2024, militants looted the abandoned dispensary of Kalo at night. Nobody was there.",
     ("Strategic developments", "Looting/property destruction")),
    ("On 6 July 2024, men on motorbikes dragged a schoolteacher from Wendou into the bush. He has not been heard of.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("On 7 July 2024, a tailor of Kalo was bundled into a pickup by armed men and driven away.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("On 8 July 2024, hunters who rushed to stop gunmen from rustling goats near Wendou were outnumbered; "
     "three hunters died.", ("Battles", "Armed clash")),
])
def test_takings_and_people_led_off(default_analyzer, text, expected):
    assert _first(default_analyzer, text) == expected


def test_goods_handed_over_are_no_territory(default_analyzer):
    text = "On 9 July 2024, gunmen forced the traders of Kalo to hand over their cash and phones, and beat one of them."
    assert _first(default_analyzer, text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text, harmed", [
    ("bandits tied up the watchman and emptied the shop", True),
    ("the assailants threatened the herders of the camp with their rifles and drove off the cattle", True),
    ("raiders killed two shepherds and took their flock", True),
    ("raiders took the flock grazing unattended beyond the river", False),
    ("the militants burned the empty town hall", False),
])
def test_harm_or_threat_in_takings(text, harmed):
    assert takings_with_violence(text) is harmed


@pytest.mark.parametrize("text, expected", [
    ("On 11 July 2024, gunmen attacked Tiba, killing three herders and two hunters who tried to protect the village.",
     ("Battles", "Armed clash")),
    ("On 12 July 2024, gunmen attacked Tiba, killing three herders and two traders who tried to flee.",
     ("Violence against civilians", "Attack")),
])
def test_armed_defenders_make_an_attack_a_fight(default_analyzer, text, expected):
    assert _first(default_analyzer, text) == expected
