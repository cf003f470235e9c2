"""Rough counts set against each other, in both languages: a rough figure told as a floor (« plus d'une trentaine »,
« au moins une vingtaine ») keeps its floor, so it does not reach a rough figure under it (« une vingtaine »: two
accounts); "a score" and "a dozen" are as rough as « une vingtaine » and « une douzaine »."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities
from sitrep.fuse.revisions import apart, toll_range


def _toll(text: str, language: str):
    found = find_fatalities(text, language)[0]
    assert found is not None and found.low is not None, text
    return found


@pytest.mark.parametrize("a, b, language, disputed", [
    ("une vingtaine de personnes ont été tuées", "plus d'une trentaine de personnes ont été tuées", "fr", True),
    ("Nous avons enterré une vingtaine de personnes", "plus d'une trentaine de civils ont été tués", "fr", True),
    ("une dizaine de soldats ont été tués", "au moins une vingtaine de soldats ont été tués", "fr", True),
    ("une vingtaine de personnes ont été tuées", "vingt-trois personnes ont été tuées", "fr", False),
    ("une quinzaine de personnes ont été tuées", "plus d'une dizaine de personnes ont été tuées", "fr", False),
    ("plus d'une trentaine de personnes ont été tuées", "trente-deux personnes ont été tuées", "fr", False),
    ("a score of people were killed", "23 people were killed", "en", False),
    ("a score of people were killed", "more than 30 people were killed", "en", True),
    ("about 20 people were killed", "more than 30 people were killed", "en", True),
])
def test_rough_counts_and_rough_floors(a, b, language, disputed):
    assert apart(_toll(a, language), _toll(b, language)) is disputed


def test_a_rough_floor_is_widened_upwards_only():
    low, high = toll_range(_toll("plus d'une trentaine de civils ont été tués", "fr"))
    assert low == 30 and high == float("inf")
    low, _ = toll_range(_toll("une trentaine de civils ont été tués", "fr"))
    assert low < 30
