"""A single death told by its wound ("died of his wounds", "succumbed to gunshot injuries") is a
toll of one; a death of another cause is none, and the wounded who died later are counted once.  Sentences written
here."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text", [
    "A trader died of his wounds in Boni after gunmen fired on his shop.",
    "A herder died from gunshot wounds near Dioura.",
    "A shepherd succumbed to his injuries after being shot by unidentified men.",
])
def test_one_death_told_by_its_wound(text):
    killed, _ = find_fatalities(text, "en")
    assert killed is not None and (killed.low, killed.high) == (1, 1), killed


def test_a_death_of_another_cause_is_no_toll():
    assert find_fatalities("A trader died of cholera in Boni.", "en")[0] is None


def test_the_wounded_who_died_later_are_counted_once():
    killed, _ = find_fatalities("Four civilians were wounded; one of them succumbed to his injuries the next day.", "en")
    assert killed is not None and killed.low == 1
