"""A twenty-eighth Mali measuring stick, on the distinctions that decide an event's type and sub-type: 30 own notes in
ACLED's Mali/Burkina export format (``notes_mali_blind_28.csv``), 2023-2026, English and French, written before any fix:
militias (VDP, Dozo, Dan Na Ambassagou, Koglweogo) attacked (a clash) beside civilians attacked, exchanges of fire that
killed no one, "stormed", "intercepted", "stopped", "ambushed", "opened fire on", executions of people accused of
collaborating, traders kidnapped then found dead, cattle seized and granaries burned without violence, an IED under a bus
and under a patrol, drone strikes on a market and a wedding, mortar rounds on a camp, grenades, soldiers killing
villagers in a sweep, JNIM against IS Sahel, notes opening on two sentences of background, passives ("was attacked",
"were found dead") and notes opening on a setting clause ("Amid the blockade of Djibo, …", « Alors que Léré est sous
blocus …, »).  Before the fix (main 96a6ee7) event_type .933, sub_event_type .933, place .900, fatalities .967,
actor1 .833; after 1.000, 1.000, .933, .967, 1.000 (still missed: « deux commerçants enlevés la veille … ont été
retrouvés morts » finds no toll and is placed at the cercle named in the parenthesis, and "between Dori and Seytenga
(Seytenga, Seno)" is placed at Dori)."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_28.csv"
FLOORS = {"found": 0.96, "event_type": 0.96, "sub_event_type": 0.96, "place": 0.9, "fatalities": 0.93, "date": 0.96,
          "actor1": 0.96}


scored, test_every_row_is_read, test_twenty_eighth_blind_mali_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=30, every_actor_known=True)
