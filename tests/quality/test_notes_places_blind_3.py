"""Place frames of ACLED notes: 35 notes in ACLED's Burkina Faso/Mali/Niger export format
(``notes_places_blind_3.csv``), written before measuring, at real places: "X (Commune, Province)", "in X village, Y
commune", "between X and Y (Commune, Province)", "near X", "on the X-Y axis/road", "X km from Y", "in the X area", "in
the outskirts of X", "at the X gold mining site", "at the X market", a department or commune named instead of a
village, a place only in the commune bracket, an ethnic name that is also a place's name ("Foulbe herders"), and
French frames (« dans le village de X, commune de Y », « entre X et Y », « à 12 km de X », « sur l'axe X-Y », « dans
les environs de X »).  On main (e02503b) place .886: "the Mondoro area", "the Talataye area" were coded at the
bracket's cercle, "Foulbe herders" at a village GeoNames also calls Foulbe; after the pins read a name without
"area" and the peoples' list knows the Fulfulde spellings, .971 (left: "the Titabe market (Tankougounadie, Yagha)",
a village GeoNames files outside the province the bracket names)."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_places_blind_3.csv"
FLOORS = {"found": 0.95, "event_type": 0.95, "sub_event_type": 0.95, "place": 0.94, "fatalities": 0.95, "date": 0.95,
          "actor1": 0.85}


scored, test_every_row_is_read, test_place_frames_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=35, every_actor_known=True)
