"""One victim told by a verb that only kills people, whatever his trade ("a cattle dealer was shot and killed", "an
imam was gunned down"), by a life lost ("a shopkeeper lost his life when militants raided the market"), or by a
wound he died of ("was hit by a stray bullet and died", « a été blessé par balles … et a succombé »): a toll of one,
not of none; a plan "executed" and a wounded soldier beside two dead keep their own reading."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, language", [
    ("On 3 May 2025, a tea seller was shot and killed outside the bus park of Bla (Bla, Segou).", "en"),
    ("On 3 May 2025, a schoolteacher was gunned down on his way home in Macina (Macina, Segou).", "en"),
    ("On 3 May 2025, a grain merchant lost his life when gunmen stormed the fair of Sofara.", "en"),
    ("On 3 May 2025, a young herder was struck by a bullet during the raid on the camp and later died.", "en"),
    ("On 3 May 2025, a village elder was hit by gunfire in front of the mosque in Bankass (Bankass, Mopti) and "
     "succumbed to his wounds the next morning.", "en"),
    ("Le 3 mai 2025, une commerçante a perdu la vie lors de l'attaque du marché de Sofara.", "fr"),
    ("Le 3 mai 2025, un pêcheur a été touché par balles près de Macina (Macina, Ségou) et est décédé peu après.", "fr"),
])
def test_one_victim_is_a_toll_of_one(text, language):
    killed, _ = find_fatalities(text, language)
    assert killed is not None and (killed.low, killed.high) == (1, 1)


@pytest.mark.parametrize("text, expected", [
    ("The plan was executed by the army in a single night.", None),
    ("A soldier was wounded and two civilians died.", 2),
    ("A civilian lost his life when militants raided the village.", 1),
])
def test_other_readings_hold(text, expected):
    killed, _ = find_fatalities(text, "en")
    assert (killed.low if killed is not None else None) == expected


@pytest.mark.parametrize("text, expected", [
    # one victim named by role and full name: "the" counts one
    ("On 8 June 2025, gunmen killed the trader Boubacar Sangare at the cattle market of Douentza.", 1),
    ("On 8 June 2025, militants shot dead the village chief Hamadoun Cisse near Bandiagara.", 1),
    ("On 8 June 2025, unknown men killed the businessman Oumar Maiga and two of his sons in Gao.", 3),
    # no name, or a plural: no count is told
    ("Soldiers killed the militants near Boni.", None),
    ("Gunmen killed the traders Ali and Musa near Boni.", None),
])
def test_a_victim_named_by_role_and_name_is_one(text, expected):
    killed, _ = find_fatalities(text, "en")
    assert (killed.low if killed is not None else None) == expected
