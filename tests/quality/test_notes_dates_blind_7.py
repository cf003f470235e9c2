"""Date constructions of ACLED notes and short news items, a seventh set: 48 notes in ACLED's Burkina Faso/Mali/Niger
export format (``notes_dates_blind_7.csv``; 34 English, 14 French), written before measuring by another hand than
the sixth set's: parts of a day ("In the early hours of", "Late on Sunday", "Shortly before midnight", "Just after
midnight", « Aux premières heures du », « Dans la soirée du dimanche », « Tôt dans la matinée du »), nights told with
both weekdays and days ("During the night of Friday 12 to Saturday 13 July", « Dans la nuit du mardi 14 au mercredi
15 mai »), a night told with a slash ("On 2/3 June"), paired days ("On 4 and 5 September", "On Saturday 2 and Sunday
3 March", « Les 4 et 5 octobre »), ranges in other words ("From 5 through 7 March", "Between the 9th and the 11th of
April", "Over the 20-21 April weekend", « Du vendredi 5 au dimanche 7 avril »), half-months and other month parts
("the second half of July", "the first ten days of May", "Around the middle of August", « la première quinzaine
d'août », « la deuxième quinzaine de janvier », « À la mi-août »), a month alone ("At some point in June"), relative
days counted from the report the note tells ("said on Tuesday 11 June that … the previous weekend", "reported on
20 May that … last Friday", "a week earlier", "the previous Thursday", "late last month", « le week-end dernier »,
« à la fin du mois dernier », « en début de semaine »), background dates beside the event's (a pluperfect relative
clause with ACLED's place bracket inside it, an earlier raid told in a sentence before, « Déjà visé par une attaque
le 3 janvier, … »), a feast ("On Christmas Eve 2023"), and plain days in other formats ("Oct 3, 2023", "Wednesday,
4 October 2023").  Gold follows ACLED's codebook as the earlier sets do: a night on the day it began (precision 1), a
span on its first day (2 within a week, 3 longer), a part of a month on its first day (the 15th for the middle), a
month alone on its middle (3).
On main (cc76000): found .958, event_type .896, sub_event_type .896, place .938, fatalities .917, date .896,
actor1 .896; the five date misses were two notes whose part of last month, counted from the report they tell, was
read as a background month (no event), a pluperfect backstory and an « already » opening whose date won because
ACLED's "(Admin2, Admin1)" bracket ended the clause early, and the feast.  After: found 1.0, event_type .938,
sub_event_type .938, place .979, fatalities .958, date 1.0, actor1 .938."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_dates_blind_7.csv"
FLOORS = {"found": 1.0, "event_type": 0.93, "sub_event_type": 0.93, "place": 0.97, "fatalities": 0.95, "date": 1.0,
          "actor1": 0.93}


scored, test_every_row_is_read, test_note_date_constructions_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=48, every_actor_known=True)
