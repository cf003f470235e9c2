"""A fused event's type when its reports disagree: a change of hands told by one outlet against the fight three
other outlets tell ("overran a checkpoint" read as a post taken) is an outlier and does not recode the event;
told by two outlets of four, or against one or two other tellings, the change of hands still wins (ACLED codes a
battle that ends in a change of hands as the transfer)."""

from __future__ import annotations

from sitrep.fuse.consensus import consensus_subtype

from .fuse_factory import mention

TAKEN = {"sub": "Non-state actor overtakes territory"}


def test_one_outlets_change_of_hands_against_three_outlets_fight_is_the_fight():
    reports = [mention("a", 0, **TAKEN), mention("b", 0), mention("c", 0),
               mention("d", 0, sub="Attack", etype="Violence against civilians")]
    assert consensus_subtype(reports) == "Armed clash"


def test_a_change_of_hands_told_by_two_outlets_or_against_fewer_still_wins():
    assert consensus_subtype([mention("a", 0, **TAKEN), mention("b", 0), mention("c", 0)]) == TAKEN["sub"]
    assert consensus_subtype([mention("a", 0, **TAKEN), mention("e", 0, **TAKEN), mention("b", 0),
                              mention("c", 0), mention("d", 0)]) == TAKEN["sub"]
    # the same outlet's second sentence about the fight is no second outlet
    assert consensus_subtype([mention("a", 0, **TAKEN), mention("a", 50), mention("b", 0), mention("c", 0)]) == TAKEN["sub"]
