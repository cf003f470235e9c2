"""Animals counted dead or killed are no toll (ACLED's fatalities are people), in English and French, and the
people counted beside them keep their own figure.  Sentences written here."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, language", [
    ("Inspectors found the virus in three dead wild ducks at a lake near the border.", "en"),
    ("Two dead swans were found on the river bank on Monday.", "en"),
    ("Raiders killed 60 head of cattle at a watering point.", "en"),
    ("Une trentaine de moutons ont été tués par la foudre.", "fr"),
])
def test_animals_make_no_toll(text, language):
    assert find_fatalities(text, language)[0] is None


@pytest.mark.parametrize("text, language, dead", [
    ("Gunmen killed 25 camels and 2 herders near the well.", "en", 2),
    ("The attackers took 200 head of cattle and killed four villagers.", "en", 4),
    ("Les assaillants ont tué 40 bœufs et deux bergers.", "fr", 2),
    ("Des hommes armés ont abattu 40 têtes de bétail et tué deux bergers.", "fr", 2),
    ("Gunmen killed 3 soldiers and their horses.", "en", 3),
    ("A crowd beat two cattle thieves to death.", "en", 2),
    ("Bandits killed three camel herders near the well.", "en", 3),
])
def test_people_beside_animals_keep_their_count(text, language, dead):
    killed = find_fatalities(text, language)[0]
    assert killed is not None and killed.low == dead, killed
