"""The sixteenth Sahel blind notes set (``notes_sahel_blind_16.csv``, 37 notes in ACLED's export format, written with
their gold before any run): actor1 wordings: French unnamed attackers as subject, one-sided clashes told defender
first, the doer as 'they' / « ils », attackers named by their motorbikes, joint forces.

Its floors sit just under what main measured when they were set (found 1.000, event_type 0.946, sub_event_type
0.919, place 0.946, fatalities 0.946, date 1.000, actor1 0.946), so that a change costing a row or two shows here;
the before and after figures of the work it measured are in BENCHMARKS.md."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_sahel_blind_16.csv"
FLOORS = {"found": 0.98, "event_type": 0.92, "sub_event_type": 0.89, "place": 0.92,
          "fatalities": 0.92, "date": 0.98, "actor1": 0.92}


scored, test_every_row_is_read, test_notes_sahel_blind_16_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=37, every_actor_known=True)
