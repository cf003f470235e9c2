"""Tolls that count kin, couples and the wounded who died later (``fatalities``, ``fatality_victims``), the bodies
found that make an attack (``codebook_deeds``) and the Sahel's robbers who kill (``sahel_banditry``)."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.found_dead import bodies_found
from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, dead", [
    ("Gunmen killed a couple and their child on their farm near the well.", 3),
    ("Two couples were shot dead on the road.", 4),
    ("Militants killed a fisherman together with his wife and two of their daughters at the camp.", 4),
    ("Armed men shot dead a herder along with his nephew near the pond.", 2),
    ("Militants killed the village head of a hamlet east of the town and three of his sons.", 4),
    ("Gunmen executed the imam of the mosque and his brother.", 2),
    ("Attackers fired on a minibus, killing one passenger and injuring five others, two of whom later died.", 3),
    ("Gunmen shot at traders, killing three and wounding four others, one of whom died later in hospital.", 4),
    ("Five herders were wounded; two of them succumbed the next day.", 2),
    ("Thieves armed with rifles broke into the shop and shot the shopkeeper dead.", 1),
    ("Herders found the corpse of a young boy with gunshot wounds near the pond.", 1),
])
def test_the_dead_are_counted(text, dead):
    killed, _ = find_fatalities(text)
    assert killed is not None and killed.low == dead, (text, killed)


@pytest.mark.parametrize("text", [
    "One truck driver was wounded.",
    "Gunmen fired at a lorry. Two passengers were injured.",
    "A couple of soldiers were wounded in the ambush.",
])
def test_the_wounded_are_no_dead(text):
    killed, _ = find_fatalities(text)
    assert killed is None or killed.low == 0, killed


def test_kin_with_a_clause_of_their_own_are_not_added():
    killed, _ = find_fatalities("Gunmen killed the village chief and his son was abducted.")
    assert killed is not None and killed.low == 1, killed


@pytest.mark.parametrize("text, found", [
    ("Villagers discovered the bodies of three traders near the river.", True),
    ("The lifeless body of a shepherd was recovered from a well.", True),
    ("Les corps de quatre hommes ont été retrouvés près du fleuve.", True),
    ("Soldiers found a cache of weapons in the forest.", False),
])
def test_bodies_found(text, found):
    assert bodies_found(text) is found


@pytest.mark.parametrize("text", [
    "Unidentified gunmen killed Oumar Cisse, the second deputy mayor of Dialloube, near the mosque.",
    "The deputy mayor of Dioungani was shot dead by armed men.",
    "Gunmen shot dead Hamidou Sow, a municipal councillor of Mopti.",
    "The body of the village chief of Ogossagou was recovered the next morning.",
    "Militants executed the son of the imam of Dinangourou.",
])
def test_one_official_or_kin_killed_is_one_dead(text):
    killed, _ = find_fatalities(text)
    assert killed is not None and killed.low == 1, killed
