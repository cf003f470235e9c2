"""Rival versions of one toll in looser shapes (sentences written for this test, ``contested_toll``): a total of no
side set against one side's lower figure ("6 soldiers killed, while local sources spoke of about 10 dead") gives the
lower, and one side's figure told again against a toll that sums two sides ("2 soldiers killed and 15 assailants
neutralised, while JNIM claimed 11 soldiers") replaces that side's part when lower; two sides' dead told by two
tellers are still summed, in English as in French."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, language, expected", [
    ("A security source reported 6 soldiers killed, while local sources spoke of about 10 dead.", "en", 6),
    ("The army said 3 gendarmes were killed, whereas residents reported 7 dead.", "en", 3),
    ("Une source sécuritaire a fait état de 6 soldats tués, tandis que des sources locales parlent de 10 morts.", "fr", 6),
])
def test_a_total_of_no_side_against_one_sides_figure_gives_the_lower(text, language, expected):
    killed = find_fatalities(text, language)[0]
    assert killed is not None and killed.low == expected, killed


@pytest.mark.parametrize("text, language, expected", [
    ("The army reported 2 soldiers killed and 15 assailants neutralised, while JNIM claimed to have killed 11 "
     "soldiers.", "en", 17),
    ("The army reported 9 soldiers killed and 15 assailants neutralised, while JNIM claimed to have killed 11 "
     "soldiers.", "en", 24),
])
def test_one_sides_figure_told_again_against_a_sum_of_sides(text, language, expected):
    killed = find_fatalities(text, language)[0]
    assert killed is not None and killed.low == expected, killed


@pytest.mark.parametrize("text, language, expected", [
    ("The army said it killed 20 militants, while residents reported 5 civilians dead.", "en", 25),
    ("The FLA said it had killed 6 soldiers, while the army reported 10 assailants killed.", "en", 16),
])
def test_two_sides_dead_told_by_two_tellers_are_summed(text, language, expected):
    killed = find_fatalities(text, language)[0]
    assert killed is not None and killed.low == expected, killed
