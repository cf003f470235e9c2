"""Date constructions of ACLED notes, a sixteenth set: 32 notes in ACLED's Burkina Faso/Mali/Niger export format
(``notes_dates_blind_16.csv``; 21 English, 11 French), written before measuring, in wordings the fifteen sets before
it lacked: offsets back from a dated report ("a week ago", "two weeks ago", "yesterday evening", "the night before
last", "48 hours earlier", « il y a 72 heures », "the previous Thursday", "the week before last", "this past weekend",
"at the end of last month", « mardi passé », « hier soir », « dans l'après-midi de dimanche », « en fin de semaine
dernière »), an offset told as exact (« il y a une semaine jour pour jour »), a weekday across the new year ("last
Friday" in a report of Wednesday 3 January), « le 31 décembre dernier » and "On 30-31 December" told in January,
« le 4 courant », « le dimanche 28 écoulé », "Friday the 3rd", clock times beside the day ("At 2330 hrs on 3 May
2024", "shortly after 0200 GMT", « vers 23h30 »), abbreviated weekdays ("On Sat. 11 May 2024", « Le sam. 25 mai »),
"On 04 June 2024", "On May 4th, 2024", ISO dates in a report's heading ("Incident report (2024-04-28)", "Date of
incident: 2024-05-21"), a night run over two days ("From late on 30 April until the early hours of 1 May 2024"), "in
the last week of April", and day-first figures beside a report's own (« rapport daté du 15/05/2024 … le 05/04/2024 »).
On main (8d2b998): found 1.0, event_type 1.0, sub_event_type 1.0, place 1.0, fatalities .906, date .875, actor1 1.0.
The four date misses: « jour pour jour » read as the week around it, the day-first date beside the report's day (the
report's day taken), "at the end of last month" (coded 21-27 May, the project's convention for a month's last third,
where the gold takes the 31st with a month's precision) and « en fin de semaine dernière » (read as the weekend, the
gold takes the Friday); the three toll misses: « avaient abattu », « avaient exécuté » and "shot dead two water
carriers".  After: fatalities 1.0, date .9375 (the last two stay: they are conventions, not misreadings).  Since the
end of last week runs from its Friday to its Sunday (the seventeenth set's branch), « en fin de semaine dernière »
holds the Friday the gold takes: date .969."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_dates_blind_16.csv"
FLOORS = {"found": 1.0, "event_type": 1.0, "sub_event_type": 1.0, "place": 1.0, "fatalities": 1.0, "date": 0.96,
          "actor1": 1.0}


scored, test_every_row_is_read, test_note_date_constructions_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=32, every_actor_known=True)
