"""Tolls read in one sentence: feminine participles of killing (« vingt personnes ont été assassinées »), a total of
people broken down after « dont … : » / "including …:" (the parts are in it, not added), and the two sides' dead told
in two clauses joined by « , ainsi que » / ", as well as" (summed), in French and English."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, low", [
    ("Vingt-deux personnes ont été assassinées.", 22),
    ("Onze femmes ont été massacrées par les assaillants.", 11),
    ("Trois otages ont été exécutées.", 3),
    ("Deux passagères abattues.", 2),
])
def test_feminine_participles_of_killing(text, low):
    killed, _ = find_fatalities(text, "fr")
    assert killed is not None and killed.low == low, killed


@pytest.mark.parametrize("text, lang", [
    ("Dix-huit personnes ont perdu la vie, dont trois soldats : une quinzaine d'assaillants ont été neutralisés.", "fr"),
    ("Eighteen people died, including three soldiers: about fifteen assailants were neutralised.", "en"),
])
def test_a_total_of_people_broken_down_is_not_added_to_its_parts(text, lang):
    killed, _ = find_fatalities(text, lang)
    assert killed is not None and killed.low == 18, killed


def test_parts_larger_than_the_total_are_other_dead():
    killed, _ = find_fatalities("Eighteen people died, including three soldiers, and 40 assailants were neutralised.", "en")
    assert killed is not None and killed.low == 58, killed


@pytest.mark.parametrize("text, lang", [
    ("L'armée fait état de trois morts et sept blessés dans ses rangs, ainsi que d'une quinzaine de terroristes "
     "neutralisés.", "fr"),
    ("The army reported three dead and seven wounded in its ranks, as well as about fifteen terrorists neutralised.", "en"),
])
def test_each_sides_dead_across_as_well_as(text, lang):
    killed, injured = find_fatalities(text, lang)
    assert killed is not None and killed.low == 18, killed
    assert injured is not None and injured.low == 7, injured
