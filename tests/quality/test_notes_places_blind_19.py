"""The nineteenth places blind notes set (``notes_places_blind_19.csv``, 32 notes in ACLED's export format, 24 Malian,
4 Burkinabe and 4 Nigerien, written with their gold from the GeoNames dumps before any run): "X (Y commune, Z
cercle)", "on the road between X and Y, about 15 km from X", "a gold-mining site near X", "in the X area of the Y
cercle", "X village, Bandiagara circle", "the locality of X", wells, weekly markets, "a FAMa checkpoint at the
entrance of X", French names with and without accents (Segou, Tenenkou, "Macina town" for Ké-Macina), villages only
GeoNames has (Pel, Kendié, Gangafani, Kouakourou, Tégourou), a commune or department named as the unit, a group's
name (Katiba Macina) and a place of origin ("traders from Niono"), homonyms across countries (Niger's Kaya, Dori,
Koro).

Measured before any fix at place 0.938: "the village chief of Macina town (Ségou region)" fell on the region (the
titled place's bracket was not read as its own with "town" before it), and "Dori, a village about 45 km south of
Torodi in Niger's Tillabéri region" on the region (the pin kept Burkina's Dori and Torodi, 4 km apart, as the
nearest pair).  1.0 once a told distance and its compass points choose among agreeing pairs
(``place_anchors.pin``) and a settlement word may stand before a titled place's bracket (``journey_ends``).
Still missed: actor 1 of two unclaimed IEDs the gold (written before the run) gave JNIM, where ACLED's codebook
files an unidentified armed group, and "Burkinabe soldiers repelled a JNIM attack" coded with JNIM first.  Floors
sit just under the figures, so that a lost row shows."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_places_blind_19.csv"
FLOORS = {"found": 0.98, "event_type": 0.95, "sub_event_type": 0.95, "place": 0.96,
          "fatalities": 0.95, "date": 0.98, "actor1": 0.87}


scored, test_every_row_is_read, test_notes_places_blind_19_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=32, every_actor_known=False)
