"""The eleventh places blind notes set (``notes_places_blind_11.csv``, 41 notes in ACLED's export format, written with
their gold before any run): quarters and sectors, axes, 'between X and Y', regional names (Gourma, Méma, Massina,
Liptako, Séno, Kénédougou), gold sites, forests, ponds, camps, hamlets of a commune, a cercle in parentheses,
spelling variants.

Its floors sit just under what main measured when they were set (found 1.000, event_type 0.829, sub_event_type
0.902, place 0.951, fatalities 1.000, date 0.976, actor1 1.000), so that a change costing a row or two shows here;
the before and after figures of the work it measured are in BENCHMARKS.md."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_places_blind_11.csv"
FLOORS = {"found": 0.98, "event_type": 0.80, "sub_event_type": 0.88, "place": 0.93,
          "fatalities": 0.98, "date": 0.95, "actor1": 0.98}


scored, test_every_row_is_read, test_notes_places_blind_11_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=41, every_actor_known=True)
