"""Burkina blind notes set 1 (``notes_bf_blind_1.csv``, 38 notes in ACLED's export format written the way its coders
write, with their gold before any run): riots (lynchings, tyres burned, a crowd on the Koglweogo headquarters,
displaced people looting), drone strikes with fatalities unknown, 'Property destruction:' headings, '(week of)' dates,
context paragraphs, a VDP member killed at home, military drones named without a country.

Its floors sit just under what the branch measured when they were set (found 1.000, event_type 1.000, sub_event_type
1.000, place 1.000, fatalities 1.000, date 1.000, actor1 1.000), so that a change costing a row or two shows here; the
before and after figures are in BENCHMARKS.md."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_bf_blind_1.csv"
FLOORS = {"found": 0.98, "event_type": 0.95, "sub_event_type": 0.95, "place": 0.95,
          "fatalities": 0.95, "date": 0.98, "actor1": 0.95}


scored, test_every_row_is_read, test_notes_bf_blind_1_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=38, every_actor_known=True)
