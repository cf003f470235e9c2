"""Small places in ACLED notes, third blind set: 42 notes in ACLED's Mali/Burkina Faso/Niger export format
(``notes_places_blind_6.csv``), written before measuring, at real places, by several hands: villages the
gazetteer lacks or knows only far off, placed by their commune, department or cercle in a bracket or in words
("Kologri village (Kareri commune, Tenenkou cercle)", "near Toroli, in the commune of Dinangourou", "in Gasseliki
village (Tongomayel department, Soum province)"), communes named otherwise than their chief town (Karéri's is
Dioura, Fakala's Sofara, Haïré's Boni, Gandamia's Kikara, Gabero's Haoussa-Foulane, N'Dodjiga's Sah, all coded at
that town, ACLED's precision 2), places told by a road, a checkpoint or a distance ("on the road linking Sevare to
Bandiagara", "the FAMa checkpoint at PK 52, near Konna", "Toula, about 30 km north of Hombori", "between Toguere
Koumbe and Tenenkou"), spellings of any writer (Arbinda for Aribinda, Diabaly-Koura, Ogossagou-Peulh, Gorom Gorom,
Tin Akoff, Intillit, Kani Bonzon) and two French notes.

Before: (measured after the file was committed; see below)."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_places_blind_6.csv"
FLOORS = {"found": 0.95, "event_type": 0.9, "sub_event_type": 0.8, "place": 0.9, "fatalities": 0.9, "date": 0.95,
          "actor1": 0.85}


scored, test_every_row_is_read, test_small_places_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=42, every_actor_known=True)
