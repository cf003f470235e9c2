"""A forty-first Mali measuring stick, on event type and sub-type at the edges of riots, battles and strategic
developments: 36 notes in ACLED's export format (``notes_mali_blind_41.csv``) of Mali, Burkina Faso and Niger —
mob killings told in the passive or by their manner (stoned to death, « brûlés vifs »), a crowd's plunder, people
who fight each other hand to hand, rival marchers who clash; attacks on civilians and one-sided shelling that read
like battles; communal militias that exchange fire; curfews, a general mobilisation decree, arrests, looting,
places handed over and truces.  Written before any run: event_type .917, sub_event_type .889, fatalities .889,
actor1 .833.  After the cues for a hand-to-hand fight, a crowd's plunder, a general mobilisation (and a decree that
is no agreement), rival crowds told as a riot and a mob's dead counted by what it held them guilty of:
event_type .972, sub_event_type .944, fatalities .944, actor1 .889.  Still missed: a land dispute between two
villages fought with sticks and hoes (read as communal militias, as ACLED's own Burkinabe notes code such fights;
gold says a crowd), rival marchers' clash (mob violence for a violent demonstration), "each side lost three men"
(3 for 6), a sorcery victim counted with the child whose death was the accusation, and actor1 of a decree, of
rebels who moved in and of community leaders' pact."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_41.csv"
FLOORS = {"found": 0.98, "event_type": 0.94, "sub_event_type": 0.91, "place": 0.94,
          "fatalities": 0.91, "date": 0.94, "actor1": 0.86}


scored, test_every_row_is_read, test_notes_mali_blind_41_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=36, every_actor_known=True)
