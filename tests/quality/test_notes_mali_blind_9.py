"""A ninth Mali measuring stick, on communal violence and the parties around it: 50 notes in ACLED's Mali export
format (``notes_mali_blind_9.csv``) of Mopti and Ségou — clashes between two communities (Dogon and Fulani,
farmers and herders, two villages' youths, "two rival groups of villagers armed with machetes"), militia raids
on villages (Dozo, Dan Na Ambassagou, armed Fulani) and their reprisals, security forces or peacekeepers who
arrive or arrest afterwards (a third party, not the doer), bandits who kill, mixed army and gendarmerie units,
and killings with a theft (an attack; looting is when only goods are taken), two of them in French.
Written before the fix they prompted: found 0.94, event_type 0.84, sub_event_type 0.84, actor1 0.76.  A fight
told by a quarrel's or a confrontation's noun between two communities, by its two sides as the subject
("Bozo fishermen and Fulani herders clashed") or by two rival camps of one place's people is now an armed
clash (no crime, no mob), armed bandits who kill are attackers, and « ont abattu … et emporté leur bétail »
an attack: found 0.96, event_type 0.96, sub_event_type 0.96, actor1 0.86.  Then the state's forces a communal
fight's sentence names are a third party (not a side), two peoples joined as the subject keep their order, and
villagers, farmers, herders or hunters who do violence are their people's or the communal militia: actor1 0.92.
Still missed: robbers and cattle thieves who kill (read as ordinary crime), actor1 of bandits on motorbikes and of
a fight between two peoples one of whom the base holds no militia for ("Bozo and Somono fishermen")."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_9.csv"
FLOORS = {"found": 0.94, "event_type": 0.94, "sub_event_type": 0.94, "actor1": 0.9, "date": 0.94, "fatalities": 0.88}


scored, test_every_row_is_read, test_ninth_blind_mali_notes_hold_their_floor = own_notes_set(NAME, FLOORS, rows=50, every_actor_known=True)
