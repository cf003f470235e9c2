"""Date shapes of ACLED's opening clause: 35 notes in ACLED's Burkina Faso/Mali/Niger export format
(``notes_dates_blind_3.csv``), written before measuring, on shapes the older date sets lack: "On the night of 14 to
15 March", "Overnight 2-3 June", a range across a month ("28 February - 1 March") or a year ("Between 30 December 2022
and 2 January 2023"), "Sometime in the week of", "On 3rd May", "On May 9, 2023", "As reported on", "On 1 or 2
October", "On 22 and 23 March", "On 25/26 June", "On the night between 9 and 10 October", a note with no date, a note
with no year, an earlier incident told after the event, and French ranges (« Dans la nuit du 2 au 3 juin », « Entre
le 30 avril et le 1er mai », « Du 10 au 12 septembre », « Le week-end du 14 au 15 octobre »).  On main (e02503b) date
.971: "the night between 9 and 10 October" dated both days; after ``date_ranges`` reads "the night between" as a
night, 1.0."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_dates_blind_3.csv"
FLOORS = {"found": 0.95, "event_type": 0.95, "sub_event_type": 0.95, "place": 0.95, "fatalities": 0.9, "date": 0.95,
          "actor1": 0.85}


scored, test_every_row_is_read, test_opening_date_shapes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=35, every_actor_known=True)
