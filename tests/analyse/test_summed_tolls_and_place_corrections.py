"""A toll summed over several incidents, and a sentence that moves its incident away from the place first reported
(``sitrep.analyse.summed_tolls``, ``sitrep.analyse.events.place_correction``), in English and French."""

from __future__ import annotations

from sitrep.analyse.events.place_correction import corrected_away
from sitrep.analyse.summed_tolls import summed_over_incidents


def test_a_toll_over_several_attacks_is_a_sum():
    assert summed_over_incidents("Fifteen people were killed in two separate attacks on Friday in Niger's Tillaberi region")
    assert summed_over_incidents("At least 40 were killed in a series of attacks on villages")
    assert summed_over_incidents("Twelve soldiers died in both attacks, the army said")
    assert summed_over_incidents("Quinze personnes ont été tuées dans deux attaques distinctes vendredi", "fr")
    assert summed_over_incidents("une vingtaine de morts lors de plusieurs attaques jihadistes", "fr")


def test_a_toll_of_one_attack_is_not_a_sum():
    assert not summed_over_incidents("Fifteen people were killed in an attack on Friday")
    assert not summed_over_incidents("Two soldiers were killed in the attack, which came two days after a raid")
    assert not summed_over_incidents("Quinze personnes ont été tuées dans l'attaque de vendredi", "fr")


def test_the_place_a_follow_up_corrects_away():
    text = ("The governor said the attack took place in the village of Takabougou, about 12 km east of Markoye, "
            "and not in Markoye itself as first reported.")
    assert corrected_away(text) == "Markoye"
    assert corrected_away("L'attaque a eu lieu à Takabougou, et non à Markoye comme annoncé initialement.") == "Markoye"
    assert corrected_away("The attack took place in Markoye, not far from the border.") is None
