"""A toll told only as a ceiling ("up to 40 people may have been killed") is the figure ACLED codes: the one number
given.  Beside a stated figure, the ceiling stays an upper bound."""

from __future__ import annotations

from sitrep.fuse.consensus import consensus_fatalities
from sitrep.model import Fatalities


def test_a_ceiling_alone_is_the_toll():
    assert consensus_fatalities([Fatalities(low=None, high=40, kind="killed")]) == (40, 40, 40)


def test_a_ceiling_beside_a_figure_stays_a_bound():
    low, best, high = consensus_fatalities([Fatalities(low=12, high=12, kind="killed"),
                                            Fatalities(low=None, high=40, kind="killed")])
    assert (low, best, high) == (12, 12, 40)
