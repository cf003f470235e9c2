"""A sixth blind Mali measuring stick: 61 notes in ACLED's Mali export format written for event types and actors
(``notes_mali_blind_6.csv``), scored as ``sitrep eval acled`` scores them with the CLI's default knowledge.  The
floors sit a note or so under the figures reached, so that a regression on these wordings fails.

It stresses: attacks told from the side attacked whose attacker a later sentence names ("JNIM later claimed the
assault", "The attackers, presumed members of Katiba Macina (JNIM), retreated…"), "opposed X and Y" clashes,
shelling by suspected militants, drone and air strikes by the army and by the FLA, arrests by the gendarmerie and
the police, non-violent transfers after the army withdrew, posts overrun, looting, abductions, protests and riots
in Bamako and the regions, militias (Dozo, Dan Na Ambassagou, GATIA/MSA) attacking civilians or fighting.  Measured
on main 22e2491 before the work it was written for: found 0.967, event_type 0.918, sub_event_type 0.836, place
0.918, fatalities 0.934, date 0.951, actor1 0.738; after the attacker named later became actor 1, attackers
pulling back stopped reading as a lost place, and suspected militants, the gendarmerie and an air force's strike
were read as doers: sub_event_type 0.869, actor1 0.885; after "opposed X and Y", the owner of the thing attacked
no doer, and a raid that only takes animals read as looting: event_type 0.934, sub_event_type 0.885, actor1 0.918;
after attacks told without an attack verb ("was targeted by", "came under fire") and aerial vectors read as strikes:
found 1.000, event_type 1.000, sub_event_type 0.967, place 0.951, fatalities 0.984, date 0.984, actor1 0.951."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_6.csv"
FLOORS = {"found": 0.98, "event_type": 0.98, "sub_event_type": 0.95, "actor1": 0.93, "date": 0.96,
          "fatalities": 0.96, "place": 0.93}


scored, test_every_row_is_read, test_sixth_blind_mali_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=61, every_actor_known=True)
