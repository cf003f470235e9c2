"""A twenty-third Mali measuring stick, on when a note's event happened: 40 notes in ACLED's Mali export format
(``notes_mali_blind_23.csv``, English and French), written before any fix in the date shapes the other notes cover
least: nights told by two days ("the night of 3 to 4 March", "overnight on 12-13 May", "On 14/15 March"), ranges and
approximate days ("Between 5 and 7 May", "On or around", "During the week of"), parts of a day and of a month, a
weekday beside a bracketed date it disagrees with ("Early on Friday (8 June 2024)"), the report's day told before the
event's ("On 11 March 2024, residents said that two days ago…", « jeudi dernier », « il y a deux jours », « en fin de
semaine dernière »), an earlier deed's day opening the sentence ("Following the killing … on 2 May 2024, militants
returned … on 20 May 2024"), days without a year.  Before the fixes (main a6405c7) date .775: a relative day counted
from the publication rather than the report told before it (five notes), the opening's earlier day taken (two), the
slash night read on its second day, the disagreeing weekday taken over its bracketed date.  After them date 1.0
(``dates``: a relative day counts from the report's day; ``events.dating``: a cause opening's date set aside)."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_23.csv"
FLOORS = {"found": 0.97, "event_type": 0.82, "sub_event_type": 0.82, "place": 0.95, "fatalities": 0.85, "date": 0.97,
          "actor1": 0.95}


scored, test_every_row_is_read, test_twenty_third_blind_mali_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=40, every_actor_known=True)
