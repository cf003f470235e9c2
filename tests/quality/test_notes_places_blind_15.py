"""The fifteenth places blind notes set (``notes_places_blind_15.csv``, 30 notes in ACLED's export format, written
with their gold before any run): a village "between X and Y" unnamed or named, an "X-Y axis" whose second town the
table lacks, "W, a hamlet attached to Y", surnames that are also places (Kabore, Sawadogo, Dicko, Cisse, Traore,
Maiga, Keita), a town in an official's title ("the Gao regional governor said … at Ansongo"), "in the commune of
X", Niger's "X department", the Lake Chad islands, Chad and Nigeria towns (Bol, Baga Sola, Baga, Monguno, Damasak,
"Borno state") and a district of Pakistan (North Waziristan), which must not fall in a Sahel country.

Measured before any fix at place 0.700 (four towns in a governor's title taken for the event's place, "Borno
state" read as a Malian hamlet, Baga and Baga Sola missing from the world base, the Chadian "Lake Chad islands"
at the lake's centre, North Waziristan unknown), 0.867 after; the other fields did not move.  Its floors sit
just under that, so that a change costing a row shows here."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_places_blind_15.csv"
FLOORS = {"found": 0.98, "event_type": 0.93, "sub_event_type": 0.93, "place": 0.85,
          "fatalities": 0.93, "date": 0.98, "actor1": 0.9}


scored, test_every_row_is_read, test_notes_places_blind_15_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=30, every_actor_known=False)
