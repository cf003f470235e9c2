"""Tolls told as a range after the killing verb ("killing between 10 and 15 civilians") or as someone's victims
("killing its three occupants"): ACLED codes the lowest figure given.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, low", [
    ("A drone struck the weekly fair, killing between 10 and 15 civilians.", 10),
    ("Militants killed between ten and fifteen villagers in the raid.", 10),
    ("Soldiers opened fire on the car, killing its three occupants.", 3),
    ("Gunmen killed 2 to 3 people at the market.", 2),
])
def test_toll_read_with_its_lowest_figure(text, low):
    got = find_fatalities(text)[0]
    assert got is not None and got.low == low, got


def test_a_lone_figure_after_between_is_no_range():
    """"between the two villages" opens no range: the figure after it is read alone."""
    got = find_fatalities("Gunmen killed 4 people on the road between the two villages.")[0]
    assert got is not None and got.low == 4, got

