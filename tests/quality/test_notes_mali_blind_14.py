"""A fourteenth Mali measuring stick, on where an event happened: 40 notes in ACLED's Mali export format
(``notes_mali_blind_14.csv``), written before any fix in place wordings the other place sets lack: a region,
cercle or the whole country only ("in the Kidal region", "in the cercle of Douentza", "in towns across Mali":
the seat or the capital, precision 3), a natural area around a town ("in the Gourma area, near Gossi", "in the
Inner Niger Delta, around Youwarou", "in the Wagadou forest, north of Nara"), a spot in a town (a weekly
market, a quarter of Gao, the entrance, exit or outskirts, a bus station, a dam), French spellings
(Tombouctou, Ménaka, Diafarabé, Léré, Ségou), homonyms across regions (Léré of Timbuktu, not of Mopti; Bara
of Ansongo; Markala of Ségou) and notes naming two places where the deed is told at the second ("leaving
Mopti was stopped at Konna, where …", "returned to Bandiagara, where …").  Before the fixes (main eb25aab):
place 0.900; after: place 1.000 (the ", where" clause, the nation-wide scene at the capital, "X forest, north
of Y" pinned to Y).  The place floor sits two notes under."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_14.csv"
FLOORS = {"found": 0.95, "event_type": 0.85, "date": 0.95, "place": 0.95}


scored, test_every_row_is_read, test_fourteenth_blind_mali_notes_hold_their_floor = own_notes_set(NAME, FLOORS, rows=40)
