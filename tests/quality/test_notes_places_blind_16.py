"""The sixteenth places blind notes set (``notes_places_blind_16.csv``, 30 notes in ACLED's export format, written
with their gold before any run): Lake Chad islands and shores (Tchoukoutalia, Ngouboua, Baga Sola, Bol, Baga),
Chad's departments in brackets ("Baga Sola (Kaya)", "Abeche (Ouara)", "Massakory (Dagana, Hadjer-Lamis)"),
Pakistan's tribal districts ("the Mir Ali area of North Waziristan district", "the Mamund tehsil of Bajaur
district", "the Jamrud area of Khyber district"), Niger's "rural commune of X, Y department", Nigeria's "X community
in Y LGA of Z state", Cameroon's Far North divisions, a road with a distance from one of its towns, and French
approximate offsets (« à une trentaine de kilomètres au nord de Ménaka »).

Measured before any fix at place 0.533: notes naming no country were read in the Sahel first ("Borno state" fell on
a Malian hamlet, "Kwatas" on Kaouta in Mali, "Bol" on Bolivia through its code BOL and then on Burkina Faso's
Bollé, "the Jamrud area" was no place); Lake Chad's shore towns, Mir Ali, Kolofata and Pakistan's and Cameroon's
districts and divisions are missing from the world base.  0.633 after the countries told by units and towns of
note (``analyse.place_unit_countries``) and codes written as names (``analyse.place_codes``); 0.567 once the towns
of note were taken out again (they moved world news off its places in ``bench/geoparse.py``).  Its floors sit just
under that, so that a change costing a row shows here."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_places_blind_16.csv"
FLOORS = {"found": 0.98, "event_type": 0.98, "sub_event_type": 0.98, "place": 0.55,
          "fatalities": 0.98, "date": 0.98, "actor1": 0.7}


scored, test_every_row_is_read, test_notes_places_blind_16_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=30, every_actor_known=False)
