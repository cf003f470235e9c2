"""A nineteenth Mali measuring stick, on registers the earlier own notes leave thin: 42 notes in ACLED's Mali export
format (``notes_mali_blind_19.csv``) spread over the six types and twenty-four sub-types, from the 2012 rebellion and
Operation Serval to Wagner, the FLA and the drone years (actors of those years: MNLA, French forces, MINUSMA's
convoys and camps, Wagner Group, FLA, Dozo and Dan Na Ambassagou militias), written before any fix.  Before the fixes
(main 4109a5f): found 0.976, type 0.952, sub-type 0.929, actor1 0.881; after: found 1.0, type 1.0, sub-type 0.976,
actor1 0.905 (people seized are an abduction whatever the model made of "seized"; a victim the parser hangs on
"shot dead", or a sentence's opening "On 21 January" read as an aim, no longer hides who was killed; "fired on"
is an attack's word, and an attack on a gold-panning site is no cyber-attack on a web site).  Floors sit two
notes under."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_19.csv"
FLOORS = {"found": 0.95, "event_type": 0.95, "sub_event_type": 0.92, "actor1": 0.85}


scored, test_every_row_is_read, test_nineteenth_blind_mali_notes_hold_their_floor = own_notes_set(NAME, FLOORS, rows=42)
