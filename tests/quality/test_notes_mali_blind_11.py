"""An eleventh Mali measuring stick, on notes that yielded no event or a wrong toll: 30 notes in ACLED's Mali export
format (``notes_mali_blind_11.csv``), written before any fix, each a class: armed robbers, highway bandits and
cattle thieves who kill (ACLED: an attack on civilians by an unidentified armed group), bodies or a corpse found
(an attack dated the finding, its dead the bodies), an official killed ("the deputy mayor of X"), a couple or a
family killed ("a couple and their child", "a herder together with his wife and three of their children"), a
victim and his kin told after his own words ("the village chief of a hamlet near X and two of his sons"), the
wounded of whom some died later ("wounding six others, two of whom later died"; "four were wounded; one of them
succumbed") and the wounded only ("One truck driver was wounded": 0).  Before the fixes: found 0.80, type 0.77,
fatalities 0.60; after: found 0.97, type 0.97, fatalities 0.97 (a robbery of gold still reads as a crime)."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_11.csv"
FLOORS = {"found": 0.93, "event_type": 0.93, "fatalities": 0.93, "date": 0.9, "place": 0.9}


scored, test_every_row_is_read, test_eleventh_blind_mali_notes_hold_their_floor = own_notes_set(NAME, FLOORS, rows=30)
