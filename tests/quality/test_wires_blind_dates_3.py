"""The third dated blind multi-outlet wire set: ``tests/data/wires_blind_dates_3/`` and its gold ``tests/data/gold/wires_blind_dates_3.yaml``
(5 English outlets on Niger: a weekly round-up whose items are dated 'earlier this week', 'on Thursday' or only by the day the ministry spoke, an army statement dated 'in recent days', an AFP story that recalls another attack in one background sentence), written with its gold before any run.

Its floors are what main measured when they were set (events 1.000/1.000; event_details 1.000/1.000; claims 1.000/1.000; contradictions 0.333/1.000), less the shared tolerance; the before and after
figures of the work it measured are in BENCHMARKS.md."""

from __future__ import annotations

import pytest

from .conftest import own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "actors": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 1.000, "recall": 1.000},
    "event_details": {"precision": 1.000, "recall": 1.000},
    "claims": {"precision": 1.000, "recall": 1.000},
    "contradictions": {"precision": 0.333, "recall": 1.000},
}

run, report, test_third_dated_blind_wire_score_not_below_floor = own_wire_set("wires_blind_dates_3", FLOORS, TOLERANCE)
