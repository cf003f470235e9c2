"""Date constructions of ACLED notes, a seventeenth set: 35 notes in ACLED's Burkina Faso/Mali/Niger export format
(``notes_dates_blind_17.csv``; 22 English, 13 French), written before measuring, in wordings the sixteen sets before
it lacked: a night told by the weekday it ran into ("overnight into Monday"), or by its morning's date alone ("During
the night of Friday to Saturday 8 February 2025", « dans la nuit du dimanche au lundi 17 février »), parts of a day
("in the small hours of Saturday", "in the pre-dawn hours of Thursday", "late Monday", "on the evening of Wednesday",
"last Sunday night", « dans la soirée de mardi », « jeudi dans la nuit », « aux premières heures de dimanche »), a
weekday's deed told by its noun ("Monday's ambush", « l'attaque de mardi »), weekdays counted in weeks ("two
Saturdays ago", "on Thursday last week", "this Tuesday"), parts of a week ("in the middle of last week", "towards the
end of last week", « en milieu de semaine dernière », « à la fin de la semaine dernière », « lors du dernier week-end »,
"over the weekend" in a Thursday's bulletin), parts of the report's month ("earlier in the month", "at the start of the
month", "in mid-month") or of a month without its year ("in late January", « début février », « fin décembre » told in
January), offsets after a dated deed ("Two days after the 3 February 2025 attack on…", « Deux jours après l'attaque du
10 février 2025 … »), and French counts of days (« il y a quinze jours », « il y a une dizaine de jours »).
On main (f7ce82b): found 1.0, event_type .943, sub_event_type .943, place 1.0, fatalities 1.0, date .686, actor1 .971.
The eleven date misses: "overnight into Monday" (the Monday), "earlier in the month", "at the start of the month" and
"in mid-month" (the report's day), "two Saturdays ago" (unread), the end of last week in both languages (its weekend,
where the gold takes its Friday), « lors du dernier week-end » (unread), « il y a quinze jours » (fifteen days back, not
two weeks), « une dizaine de jours » (unread) and « fin décembre » counted from « Le 6 janvier 2025 » (the report's day
taken, the parse hanging it on the deed's verb).  After: date 1.0.  Still missed: the two offsets after a dated deed
take that deed (an attack on a post: Battles) for the note's event, and "FAMa soldiers clashed with JNIM militants"
gives the army as actor1 where the gold names JNIM."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_dates_blind_17.csv"
FLOORS = {"found": 1.0, "event_type": 0.94, "sub_event_type": 0.94, "place": 1.0, "fatalities": 1.0, "date": 1.0,
          "actor1": 0.97}


scored, test_every_row_is_read, test_note_date_constructions_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=35, every_actor_known=True)
