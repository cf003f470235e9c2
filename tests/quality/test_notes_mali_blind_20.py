"""A twentieth Mali measuring stick, on tolls told with words between the victims' count and the verb that kills
them: 32 own notes in ACLED's Mali export format (``notes_mali_blind_20.csv``), English and French, written before
any fix: an of-phrase naming the victims' group or village ("five militants of the Katiba X were neutralised",
« huit terroristes de l'Etat islamique ont été neutralisés »), a bracketed place inside it ("three herders of the
Kende area (Bankass, Mopti) lost their lives"), a relative clause ("six young men who were watering their herds were
shot dead"), a killing told after another fate ("were pulled from a minibus ... and executed", « enlevés ... puis
exécutés »), one enemy told with a long description or a named man's apposition, and controls (the wounded only,
"two soldiers, including a lieutenant").  Before the fix (main d508eed) fatalities .406; after the words told after
the victims (``fatality_victims._told_after_victims``) and the one enemy put down in an army’s words .969 (still
missed: "killing the driver and two soldiers", a victim told by "the" and his trade)."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_20.csv"
FLOORS = {"found": 0.97, "event_type": 0.84, "sub_event_type": 0.81, "place": 0.9, "fatalities": 0.96, "date": 0.95,
          "actor1": 0.78}


scored, test_every_row_is_read, test_twentieth_blind_mali_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=32, every_actor_known=True)
