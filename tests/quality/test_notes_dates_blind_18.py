"""Date constructions of ACLED notes, an eighteenth set: 24 notes in ACLED's Burkina Faso/Mali/Niger export format
(``notes_dates_blind_18.csv``; 16 English, 8 French), written before measuring, each telling its day relative to a
dated report in wordings the sets before it lacked: parts of a day ("late on Friday night", "in the wee hours of
Sunday", "at daybreak on Tuesday", "around midnight on Saturday", "early yesterday", "on the morning of the 8th",
"late on the 2nd", « avant-hier soir », « lundi dernier au petit matin », « dimanche soir dernier », « à l'aube du
18 »), weekdays counted back ("this past Thursday", "on Sunday just gone", "the previous Sunday", "on Wednesday of this
week", « mercredi passé », « dans la nuit de jeudi à vendredi derniers »), exact offsets ("a week ago today", « il y a
une semaine jour pour jour »), a night by its days of the month ("on the night of the 12th to the 13th"), the eve of a
dated vote, and parts of the report's week ("midweek", « en tout début de semaine »).
On main (76efc29): found, event_type, sub_event_type, place, fatalities, actor1 1.0, date .875.
The three date misses: "a week ago today" (read as the week around seven days back), "midweek" (unread) and « en tout
début de semaine » (unread, the stress « tout » breaking « en début de semaine »).  After: date 1.0."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_dates_blind_18.csv"
FLOORS = {"found": 1.0, "event_type": 1.0, "sub_event_type": 1.0, "place": 1.0, "fatalities": 1.0, "date": 1.0,
          "actor1": 1.0}


scored, test_every_row_is_read, test_note_date_constructions_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=24, every_actor_known=True)
