"""An eighth blind Sahel measuring stick, on who was struck by whom: 42 notes in ACLED's export format (20 Burkina
Faso, 14 Mali, 8 Niger, 2019–2024; one in French), written before running the pipeline on them
(``notes_sahel_blind_8.csv``), scored as ``sitrep eval acled`` scores them with the CLI's default knowledge.

The event type of each note turns on whether the side that was struck was armed, coded by ACLED's codebook:
- pro-government militias and volunteers on either side: the VDP, Koglweogo, Dozo hunters, Dan Na Ambassagou, a
  village "self-defence group", "vigilantes", "armed men presenting themselves as dozos", "gunmen believed to belong
  to JNIM": an armed militia that fights back makes a battle; the same militia killing unarmed people (herders
  rounded up, a thief whipped to death, villagers in a hamlet) makes violence against civilians;
- civilians killed by security forces (an extrajudicial killing after a jihadist attack, men rounded up at a
  market and executed, herders shot as suspected militants), civilians accused of collaborating, civilians shot a
  day after a clash, attacks on a wedding, a mosque, a bus, a traders' convoy, a market;
- mixed victim lists ("5 VDP and 7 civilians were killed", "killed 5 soldiers and 3 civilians", "4 civils et 2
  VDP"), an escorted convoy (a battle) against an unescorted one (violence against civilians), the attackers' dead
  told in a later sentence or a later communiqué, a toll stated apart ("At least 12 people died on both sides");
- an IED alone (remote violence, whoever it struck) against an IED followed by gunfire and a fight (a battle).

Before any change (main 74de365): to be measured."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_sahel_blind_8.csv"
FLOORS = {"found": 0.97, "event_type": 0.8, "sub_event_type": 0.8, "actor1": 0.8, "date": 0.95,
          "fatalities": 0.8, "place": 0.85}


scored, test_every_row_is_read, test_eighth_blind_sahel_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=42)
