"""A tenth Mali measuring stick, on the days and tolls ACLED's coders write: 50 notes in ACLED's Mali export format
(``notes_mali_blind_10.csv``), written before any fix, each a class of dating or counting: a range told around
its day ("Around 14 January 2023 (between 14 - 15 January)"), a night across two days, another day recalled after
the event's (an abduction days before, the ambush an operation followed), the day told after the deed, bodies or
remains found (the finding's day, the bodies counted), the wounded who died later ("seven passengers were injured,
one of whom died later in Sevare hospital"), fatalities split across N events (the total divided, rounded down),
both sides' dead summed, "including N attackers", no casualties (0), casualties unknown (0), an unknown number of
dead (ACLED's low estimate, 3), wounded only (0), weeks, weekends and months, notes dated by their report
("As reported on 4 October 2023, …") and short tolls ("a marabout and his apprentice", "at least 6 civilians
(local sources speak of up to 10 dead)").  Before the fixes: date 0.96, fatalities 0.88; after: date 1.0,
fatalities 0.98 (the corpses found before the abduction is told still read as an abduction without its dead)."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_10.csv"
FLOORS = {"found": 0.98, "date": 0.98, "fatalities": 0.96, "place": 0.9}


scored, test_every_row_is_read, test_tenth_blind_mali_notes_hold_their_floor = own_notes_set(NAME, FLOORS, rows=50)
