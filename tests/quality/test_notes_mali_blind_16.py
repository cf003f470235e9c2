"""A sixteenth Mali measuring stick, on notes that yielded no event or the wrong type: 32 notes in ACLED's Mali export
format (``notes_mali_blind_16.csv``), written before any fix: deaths told with no doer ("died of gunshot wounds",
"lost their lives in a shooting", "was found with bullet wounds", "was shot … and succumbed", « tués par balles »,
« a succombé à ses blessures », « a perdu la vie » under fire), fighters "neutralised" by the army in the passive,
a killing that "resulted in retaliation" by the victims' side, and armed posts overrun in a fight (an armed clash)
or taken without one (a non-violent transfer).  Before the fixes (main 52fb45d): found 0.781, type 0.688, sub-type
0.594, actor1 0.531; after: found 0.938, type 0.938, sub-type 0.938, actor1 0.812 (a death told by its wound is
violence by the unidentified armed group against the people it names; a post overrun after a fight and not said held
is an armed clash).  Floors sit two notes under."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_16.csv"
FLOORS = {"found": 0.87, "event_type": 0.87, "sub_event_type": 0.87, "actor1": 0.75}


scored, test_every_row_is_read, test_sixteenth_blind_mali_notes_hold_their_floor = own_notes_set(NAME, FLOORS, rows=32)
