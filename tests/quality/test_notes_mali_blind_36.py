"""The thirty-sixth blind notes set (``notes_mali_blind_36.csv``, 41 notes in ACLED's export format, written with their
gold before any run): later deaths, executions, bodies found, both-side and 'including' tolls, vague counts, zero
tolls; the AES unified force, Dozo and VDP, the Africa Corps or Wagner beside the FAMa, joint JNIM claims.

Its floors sit just under what main measured when they were set (found 1.000, event_type 0.902, sub_event_type
0.902, place 0.927, fatalities 0.951, date 1.000, actor1 0.902), so that a change costing a row or two shows here;
the before and after figures of the work it measured are in BENCHMARKS.md."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_36.csv"
FLOORS = {"found": 0.98, "event_type": 0.88, "sub_event_type": 0.88, "place": 0.90,
          "fatalities": 0.93, "date": 0.98, "actor1": 0.88}


scored, test_every_row_is_read, test_notes_mali_blind_36_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=41, every_actor_known=True)
