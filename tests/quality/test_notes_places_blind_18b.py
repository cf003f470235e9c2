"""The second Malian places blind notes set of that round (``notes_places_blind_18b.csv``, 30 notes written with
their gold before any run, after the first scored near full marks): homonyms across regions told apart by the cercle
or region (Bamba, Niéna, Bougouni, Ngouma, Bara) or by the town a distance is told from (Douna), "at X, on the Y-Z
road N km north of Y", "X (Youwarou cercle)", « X (cercle de Djenné) », "in X, about 30 km southeast of Y", "the
village chief of X (…), in the Mopti region", N'Tillit, ethnic words beside places.

Measured before any fix at place 0.867: "Gathi-Loumo (Youwarou cercle)" and "in Sarro, about 30 km southeast of
Ké-Macina" were not read as places at all (unknown names before one unit with its word, or before a distance), and
"Gathi" was no spelling of GeoNames' "Gatié"; "at Tabankort, on the Gao-Kidal road about 170 km north of Gao" fell on
Gao; "the village chief of Kouakourou (cercle de Djenné), dans la région de Mopti" fell on the region.  1.0 once
those names were read as settlements (``places._unknown_settlements``), the loose key read "th" as "t", a place
located before the road it lies on kept the event (``placement._placed_on_road``) and the region told after a
title-holder's bracket qualified his village (``journey_ends._qualifies``)."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_places_blind_18b.csv"
FLOORS = {"found": 0.98, "event_type": 0.95, "sub_event_type": 0.9, "place": 0.95,
          "fatalities": 0.95, "date": 0.98, "actor1": 0.9}


scored, test_every_row_is_read, test_notes_places_blind_18b_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=30, every_actor_known=False)
