"""A thirteenth blind Sahel measuring stick, on the event type and sub-type of ACLED-style notes: 44 notes (Burkina Faso,
Niger, Mali, 2021-2024) written before running the pipeline on them (``notes_sahel_blind_13.csv``), in wordings not
in the earlier sets: clashes told from one side only ("VDP … fought off suspected JNIM militants", "the FAMa said
… the attack had been repelled"), looting and property destruction with nobody hurt (livestock carried off,
granaries and a school burned, a health centre ransacked), officials abducted (a mayor, a sub-prefect, a village
chief), crowd justice on suspected thieves, protests by miners, traders and students that turned violent or were
dispersed, peaceful rallies, arrests by the state's forces (an arrest) against arrests by a militia or soldiers'
detentions without news (forced disappearances), devices that hit a minibus, a cart or an army escort, a device
defused, a camp handed over or abandoned to an armed group, a local truce, a mutineers' assault, and notes that
mention another event beside the coded one.

Measured on main 51119948 before any change: event_type 0.977 and sub_event_type 0.977, the one miss a gold error
(VDP arresting two men: ACLED's codebook codes arrests by non-state groups as abductions; the gold was corrected,
see the commit).  With it corrected: event_type 1.0, sub_event_type 1.0, place 0.841, fatalities 0.955, actor1
0.841.  Still missed: actor 1 of a clash told from the defenders' side (the pipeline names the defenders first;
ACLED the attackers), a device's unnamed planters, a mutiny's soldiers, places missing from the gazetteer."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_sahel_blind_13.csv"
FLOORS = {"found": 0.99, "event_type": 0.97, "sub_event_type": 0.97, "actor1": 0.82, "date": 0.97,
          "fatalities": 0.93, "place": 0.82}


scored, test_every_row_is_read, test_thirteenth_blind_sahel_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=44, every_actor_known=True)
