"""The twenty-second places blind notes set (``notes_places_blind_22.csv``, 26 notes in ACLED's export format, 19
Burkinabe, 5 Malian and 2 Nigerien, written with their gold from the GeoNames dumps before any run), in place
styles the earlier sets had not covered: names spelled otherwise than GeoNames writes them by a habit of
transliteration (r for l in Gur names: Rapiri, Poroua, Kashiri, Kiligili; "gh" for "g": Gorghadji; a single
letter for a double: Seba, Diallasagou; the English "Wa" for the French "Oua": Wahiguya, Wargaye, Wallam; the
Tamasheq "In"/"Tin" written apart: In-Ekar, Tin Akof), a commune or department only ("a village of the
Tongomayel department", « un hameau de la commune de Gayéri », "a hamlet of Dioungani commune"), and notes naming
several places of which one is the event's by the role of the others: the victims' home ("traders from Kaya at
the weekly market of Pissila"), the attackers' origin ("militants who had come from the Bourzanga area attacked
the VDP post of Dablo"), the garrison of the soldiers ambushed, the town the survivors fled to, where the
wounded were taken or the dead buried, reinforcements' towns, and what a crowd demanded ("residents of Seba ...
held a march to demand the reopening of the road to Dori").

Measured before any fix at place 0.846 (22 of 26): "Gorghadji (Seno province)" fell on the province (GeoNames'
Gorgadji, reached by a near spelling, lies 58 km from the province's point, beyond the commune reach that
confirmed a near spelling by its bracket), "residents of Seba ... the road to Dori" on Dori (the residents' village
was set aside as their origin while a place of their demand stayed), "the VDP post of Dablo" was read as no place
(the model calls Dablo a person; "post of" was no settlement cue in English), so the militants' origin Bourzanga
held the event, and "the imam of Titabe ... buried in Sebba" on Sebba.  1.0 once a province or region in the
bracket that holds a near spelling by its codes confirms it (``placement._inside_its_bracket``), the places
inside what a crowd demands are set aside (``events.protest_place``), the forces' outposts name their
settlement in both languages (``SITE_OF_SETTLEMENT_BEFORE``) and a burial's town is a journey's end in both
languages (``JOURNEY_BEFORE``).  Beside those, "r" and "l" share the loose key (``transliteration``) and a near
spelling tied to a place named next must lie within a commune's reach of it (``placement._by_its_anchor``), and
the first of two names joined before a bracket of units is searched among the bracket commune's villages under
another spelling, as the second is (``place_pins._first_anchor``): on Burkina Faso's real notes (bf_tune2 place
.842 -> .858, bf_held2a .688 -> .719) "Kolanga, near Tankoualou (Foutouri, …)" and "between Tankoualou and Lougou
(Foutouri, …)" reach GeoNames' Tankwarou, "between Koflande and Madiasso (Mangodara, …)" the Koflandé stream.
Still missed: nothing on this set; the l/r notes were within 25 km already through the commune seat fallback,
so they hold only the exact villages' cases. Floors sit just under the figures, so that a lost row shows.
"""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_places_blind_22.csv"
FLOORS = {"found": 0.98, "event_type": 0.98, "sub_event_type": 0.98, "place": 0.98,
          "fatalities": 0.98, "date": 0.98, "actor1": 0.98}


scored, test_every_row_is_read, test_notes_places_blind_22_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=26, every_actor_known=False)
