"""Deaths on both sides and a side's own losses, in English and French (sentences written for this
test): "X killed and Y neutralised" counts both sides' dead, as ACLED does; "lost 12 men" /
« a perdu 12 hommes » are deaths; the wounded, the abducted and the arrested never count."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, language, expected", [
    ("Eight soldiers were killed and 15 militants neutralised.", "en", 23),
    ("The army said 10 soldiers were killed and 20 assailants neutralized during the fighting.", "en", 30),
    ("Two VDP were killed and five jihadists neutralised, according to a local source.", "en", 7),
    ("Bilan : 8 soldats tués et 15 terroristes neutralisés.", "fr", 23),
    ("Trois militaires ont été tués et 12 assaillants neutralisés lors de l'attaque.", "fr", 15),
    ("The army lost 12 men in the ambush.", "en", 12),
    ("The militants lost two of their fighters during the clash.", "en", 2),
    ("L'armée a perdu 12 hommes dans l'embuscade.", "fr", 12),
    ("Les assaillants ont perdu cinq combattants.", "fr", 5),
])
def test_deaths_on_both_sides_and_own_losses(text, language, expected):
    killed, _ = find_fatalities(text, language)
    assert killed is not None and (killed.low, killed.high) == (expected, expected)


@pytest.mark.parametrize("text, language", [
    ("Four soldiers were wounded and two abducted.", "en"),
    ("The convoy lost three vehicles and a fuel tanker.", "en"),
    ("Six civilians were arrested and taken to Sevare.", "en"),
    ("Quatre soldats blessés et deux enlevés.", "fr"),
    ("Le convoi a perdu trois camions.", "fr"),
])
def test_wounded_abducted_arrested_and_lost_things_are_no_deaths(text, language):
    killed, _ = find_fatalities(text, language)
    assert killed is None
