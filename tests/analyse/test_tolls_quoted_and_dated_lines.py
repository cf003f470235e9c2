"""Tolls in wire shapes: the army's own word in quotation marks ("about 20 assailants were "neutralized"", « ont été
« neutralisés » »), a factbox's dated line ("Aug. 2029 - Fifteen soldiers are killed": the year is no count), and men
"rounded up at the market on Nov. 4 and shot" (the killing, not the round-up)."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.fates import taken_then_killed
from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, language, low", [
    ('Nine soldiers were killed and 11 wounded, the army said, adding that about 20 assailants were "neutralized".',
     "en", 29),
    ("Nine soldiers were killed and about 20 assailants were “eliminated”, the army said.", "en", 29),
    ("Neuf soldats ont été tués et une vingtaine d'assaillants ont été « neutralisés », selon l'armée.", "fr", 29),
    ("* Aug. 2029 - Fifteen soldiers are killed when militants overrun an army post at Inekar.", "en", 15),
    ("March 2028 - 9 soldiers are killed in a car bomb at the gates of the camp.", "en", 9),
])
def test_the_toll_counts_what_it_says(text, language, low):
    killed = find_fatalities(text, language)[0]
    assert killed is not None and killed.low == low, killed


@pytest.mark.parametrize("text", [
    "The rights group said the men were rounded up at the weekly market in Dioura on Nov. 4 and shot.",
    "The villagers were arrested by soldiers and summarily executed.",
    "Les hommes ont été arrêtés au marché puis exécutés.",
])
def test_the_taken_then_killed_in_the_passive(text):
    assert taken_then_killed(text)


@pytest.mark.parametrize("text", [
    "Five men were arrested and the soldiers shot two suspects.",
    "Two men were arrested on Monday.",
])
def test_an_arrest_alone_or_another_lots_killing_is_not(text):
    assert not taken_then_killed(text)
