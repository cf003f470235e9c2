"""A twenty-fifth Mali measuring stick, on tolls that name their dead by trade or rank: 27 own notes in ACLED's Mali
export format (``notes_mali_blind_25.csv``), English and French, written before any fix: "killing the driver and two
soldiers", "killing the station chief", "the groom and 12 guests", "a lieutenant and two soldiers died", « le chef du
village ... et deux de ses fils », a toll's breakdown told after it ("left 8 dead, including 4 soldiers"), a vague count
beside an exact one, the wounded only, and the dead of the next day.  Before the fix (main a6405c7) fatalities .630;
after .926; a count after a possessive noun ("the village's two guards") is read since, 1.0."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_25.csv"
FLOORS = {"found": 0.96, "event_type": 0.92, "sub_event_type": 0.92, "place": 0.92, "fatalities": 0.92, "date": 0.96,
          "actor1": 0.8}


scored, test_every_row_is_read, test_twenty_fifth_blind_mali_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=27, every_actor_known=True)
