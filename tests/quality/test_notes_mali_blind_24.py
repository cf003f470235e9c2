"""A twenty-fourth Mali measuring stick, on where a note's event happened: 39 notes in ACLED's Mali export format
(``notes_mali_blind_24.csv``, coordinates from the shipped gazetteer), written before any fix in the place shapes
own notes covered least: a place given only as "12 km from Douentza on the Douentza-Boni axis", a village "in the
commune of Dogofry (Niono cercle)", two places with the event at the second ("Dozo hunters from Diallassagou
attacked Ogossagou"), a camp, market or post named after its town, region-only notes (precision 3, at the
regional capital), names with an apostrophe or hyphen ("N'Tillit", "In-Delimane", "Tin-Essako"), homonyms the
bracket settles ("Dioura (Tenenkou, Mopti)", "Lere (Niafunke, Timbuktu)"), a village named like a town abroad
("the village of Barry (Bankass, Mopti)"), protests by the people of one town over a deed elsewhere ("residents
of Niono marched to denounce the killing of farmers near Dogofry", « les habitants de Léré ont manifesté contre
l'enlèvement … près de Diabaly ») and displaced people protesting away from the place they fled.  On main
(a6405c7) place .872: the three protests were placed at the grievance's place and the two of the displaced at the
place they fled.  After the protesters' place is read as the deed's (``place_clauses``, kind ``gathering``) and
the place fled is read as an origin (``ORIGIN_BEFORE``): place 1.0."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_24.csv"
FLOORS = {"found": 0.97, "event_type": 0.92, "sub_event_type": 0.92, "place": 0.95, "fatalities": 0.92, "date": 0.97,
          "actor1": 0.92}


scored, test_every_row_is_read, test_twenty_fourth_blind_mali_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=39, every_actor_known=True)
