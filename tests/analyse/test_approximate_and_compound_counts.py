"""Tolls written as approximate-number words (« une soixantaine », « un millier ») or as compound
numbers ("twenty-three", « soixante-douze »): the whole number is the figure, never its last word
nor the article « une » read as one."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize(("language", "text", "low", "high"), [
    ("fr", "Une soixantaine de bergers ont été tués près du puits.", 60, 60),
    ("fr", "L'embuscade a fait une soixantaine de morts dans la localité.", 60, 60),
    ("fr", "Une huitaine de commerçants ont été tués sur la route.", 8, 8),
    ("fr", "Un millier de personnes ont péri pendant le siège.", 1000, 1000),
    ("fr", "Plus d'une soixantaine de civils ont été tués lors du raid.", 60, None),  # "more than N" is N (ACLED)
    ("fr", "Trente-quatre villageois ont été tués à l'aube.", 34, 34),
    ("fr", "Vingt et un gendarmes ont été tués dans l'assaut.", 21, 21),
    ("fr", "Soixante-treize personnes ont été tuées au marché.", 73, 73),
    ("fr", "Quatre-vingt-deux personnes ont été tuées au marché.", 82, 82),
    ("en", "Forty-six herders were killed near the well.", 46, 46),
    ("en", "Gunmen killed twenty-one traders at the market.", 21, 21),
])
def test_the_whole_number_is_the_toll(language, text, low, high):
    killed, _ = find_fatalities(text, language)
    assert killed is not None
    assert (killed.low, killed.high) == (low, high)


def test_the_injured_keep_their_own_approximate_count():
    killed, injured = find_fatalities("On compte une soixantaine de blessés et trente-deux morts.", "fr")
    assert killed is not None and killed.low == 32
    assert injured is not None and injured.low == 60
