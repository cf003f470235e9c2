"""The twelfth places blind notes set (``notes_places_blind_12.csv``, 42 notes in ACLED's export format, written with
their gold before any run): place phrasings of Burkina Faso, Niger and Mali notes (a unit word before the name,
origins and destinations, villages told by their commune).

Its floors sit just under what main measured when they were set (found 1.000, event_type 0.881, sub_event_type
0.881, place 1.000, fatalities 1.000, date 1.000, actor1 0.976), so that a change costing a row or two shows here;
the before and after figures of the work it measured are in BENCHMARKS.md."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_places_blind_12.csv"
FLOORS = {"found": 0.98, "event_type": 0.86, "sub_event_type": 0.86, "place": 0.98,
          "fatalities": 0.98, "date": 0.98, "actor1": 0.95}


scored, test_every_row_is_read, test_notes_places_blind_12_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=42, every_actor_known=True)
