"""Lists of victims told by nationality (``fatality_victims``): a nationality after the noun (« soldats maliens »,
« civils burkinabè ») or the nationality alone ("three Russians", « trois Russes », "two Chinese nationals") joins
the sum; the wounded, the arrested and a group's size never do."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, language, dead", [
    ("Au moins neuf soldats maliens et trois Russes ont été tués dans l'embuscade.", "fr", 12),
    ("At least nine Malian soldiers and three Russians were killed in the ambush.", "en", 12),
    ("Gunmen killed five civilians and two Chinese nationals near the mine.", "en", 7),
    ("Neuf soldats et trois civils burkinabè ont été tués près de la frontière.", "fr", 12),
    ("Des hommes armés ont tué quatre orpailleurs et deux ressortissants chinois.", "fr", 6),
    ("Nine Malians were killed when their truck hit a mine.", "en", 9),
])
def test_victims_by_nationality_are_summed(text, language, dead):
    killed, _ = find_fatalities(text, language)
    assert killed is not None and killed.low == dead, (text, killed)


@pytest.mark.parametrize("text, language, dead", [
    ("Nine soldiers were killed and three Russians wounded in the ambush.", "en", 9),
    ("Neuf soldats maliens ont été tués et trois Russes blessés dans l'embuscade.", "fr", 9),
    ("The militants killed nine soldiers and arrested three Russians.", "en", 9),
    ("A group of 40 Russians came under fire on 12 May, and nine soldiers were killed.", "en", 9),
    ("Trois Russes ont été blessés et neuf soldats maliens tués.", "fr", 9),
])
def test_others_beside_the_dead_are_not_summed(text, language, dead):
    killed, _ = find_fatalities(text, language)
    assert killed is not None and killed.low == dead, (text, killed)
