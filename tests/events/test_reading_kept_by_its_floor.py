"""A sentence's reading is computed once (``events.sentences._reading``) and kept or dropped by a floor afterwards
(``_kept``): the caller's floor, else the reading's own; a rule's reading (an aircraft shot down, a territory
taken, a diplomatic act) carries no floor and is kept whatever the floor.  The probe of a deed recalled beside the
sentence's news is the same reading kept down to no floor."""

from __future__ import annotations

from sitrep.analyse.events.sentences import _kept
from sitrep.analyse.events.decision import Decision


def _reading(confidence: float, own_floor: float | None):
    decision = Decision("ATTACK", "attacked", 0)
    decision.confidence = confidence
    return decision, own_floor


def test_the_reading_is_kept_by_the_callers_floor_else_its_own():
    assert _kept(_reading(0.25, 0.3), None) is None
    assert _kept(_reading(0.35, 0.3), None) is not None
    assert _kept(_reading(0.25, 0.3), 0.2) is not None
    assert _kept(_reading(0.25, 0.1), 0.3) is None
    assert _kept(_reading(0.01, 0.3), 0.0) is not None  # (the probe's floor keeps every reading)


def test_a_rules_reading_is_kept_whatever_the_floor_and_no_reading_stays_none():
    assert _kept(_reading(0.01, None), 0.9) is not None
    assert _kept(None, 0.0) is None
