"""Burkina blind notes set 3 (``notes_bf_blind_3.csv``, 25 notes in ACLED's export format written the way its coders
write, with their gold before any run), weighted toward what reads like a battle and is not: the kin of VDP or
civilians accused of collaborating killed, captured VDP executed, a school burned or cattle taken with no fight, air
and drone strikes on militants, an IED alone, abductions; and the battles beside them (an IED then an ambush, militants
"neutralised" in an operation, an attack the VDP repelled).

Before any fix it measured event_type 0.960, sub_event_type 0.960, actor1 0.880 (a VDP's wife among the dead read as a
fight; a VDP vehicle that struck an IED, and a convoy that hit one before JNIM opened fire, read as the doers).  Its
floors sit just under what the branch measured when they were set (found 1.000, event_type 1.000, sub_event_type
1.000, place 0.800, fatalities 1.000, date 1.000, actor1 0.960), so that a change costing a row or two shows here; the
before and after figures are in BENCHMARKS.md."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_bf_blind_3.csv"
FLOORS = {"found": 0.98, "event_type": 0.95, "sub_event_type": 0.95, "place": 0.76,
          "fatalities": 0.95, "date": 0.98, "actor1": 0.91}


scored, test_every_row_is_read, test_notes_bf_blind_3_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=25, every_actor_known=True)
