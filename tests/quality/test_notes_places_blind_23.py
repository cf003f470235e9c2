"""The twenty-third places blind notes set (``notes_places_blind_23.csv``, 26 notes in ACLED's export format, 17
Burkinabe, 5 Malian and 4 Nigerien, written with their gold from the GeoNames dumps before any run), in place
styles the earlier sets had not covered: a village named by its quarter ("Loroumdo-Peulh", "Zouta-Mossi",
"Nyapaga-Gourmantche", "Titao Secteur 4", « Diapaga-Centre », « Makalondi-Peulh »: the village itself), a
department or commune only, in both languages ("a village of the Pensa department", « dans le département de
Falagountou (Séno) », "the Dioura commune (Tenenkou cercle)", "a hamlet of the Abala department": the seat, at
precision 2), several villages raided at once (at the first named: "raided Paounde and Silguey (Djibo, Soum)", « les
villages de Béongourgou, Bado et Pamdyega »), a spot told by its distance along a road ("12 km from Kaya on the road
to Pissila", "10 km from Boni on the road to Hombori", « à 18 km de Téra, sur la route de Dori »: near the town
measured from), the people of a place protesting there ("residents of Pama (Kompienga, Est) ... blocked the national
road") and a unit named by its base beside the place it was ambushed at ("soldiers of the Djibo detachment were
ambushed near Taoubania (Djibo, Soum)").

Measured before any fix at place 0.885 (23 of 26) and fatalities 0.962: « dans le département de Falagountou
(Séno) » fell on the Séno province (the French "department of" read the name as a region, precision 3, so the
province in the bracket won; English "the Falagountou department" was read as the town), "a FAMa convoy 10 km from
Boni on the road to Hombori" on Hombori (the distance's "from" read as the convoy's origin: "convoy 10 km from"
matched "convoys ... from"), "soldiers of the Djibo detachment were ambushed near Taoubania" on Djibo (a unit's
base was an origin only as "from the X garrison"), and "residents ... angry about the killing of a trader blocked
the road" took the trader as the riot's dead.  1.0 on every field once a department, like a commune, is the town and
its villages in both languages (``place_resolution._preceded_by_region``, ``NEAR_BEFORE``), a distance is no origin
and "soldiers of the X ..." names their base (English ``ORIGIN_BEFORE``; « détachement » and « brigade » join the
French bases), and a crowd's mood at a death marks it as the crowd's cause (``tolls._CROWD_CAUSE``).  On Burkina
Faso's real notes nothing moved (bf_tune2 place .858, bf_held2a .719): their place misses are notes naming no place
(12), villages GeoNames lacks whose commune seat lies beyond 25 km (8), several towns of which ACLED coded one (4),
homonyms with nothing in the note to choose between them (3).  Still missed: nothing on this set.  Floors sit just
under the figures, so that a lost row shows.
"""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_places_blind_23.csv"
FLOORS = {"found": 0.98, "event_type": 0.98, "sub_event_type": 0.98, "place": 0.98,
          "fatalities": 0.98, "date": 0.98, "actor1": 0.98}


scored, test_every_row_is_read, test_notes_places_blind_23_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=26, every_actor_known=False)
