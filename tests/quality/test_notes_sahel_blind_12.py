"""The twelfth Sahel blind notes set (``notes_sahel_blind_12.csv``, 40 notes in ACLED's export format, written with
their gold before any run): communal and crowd riots worded as clashes, lynchings, mutinies, crowds against police
or VDP, with organised militias in battles and attacks on civilians as contrasts.

Its floors sit just under what main measured when they were set (found 1.000, event_type 0.850, sub_event_type
0.800, place 0.950, fatalities 0.950, date 1.000, actor1 0.825), so that a change costing a row or two shows here;
the before and after figures of the work it measured are in BENCHMARKS.md."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_sahel_blind_12.csv"
FLOORS = {"found": 0.98, "event_type": 0.83, "sub_event_type": 0.78, "place": 0.93,
          "fatalities": 0.93, "date": 0.98, "actor1": 0.80}


scored, test_every_row_is_read, test_notes_sahel_blind_12_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=40, every_actor_known=True)
