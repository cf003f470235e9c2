"""Burkina blind notes set 5 (``notes_bf_blind_5.csv``, 31 Burkina Faso notes in ACLED's export format, written with
their gold before any run), aimed at the riots and one-sided violence the type figure missed: a hamlet raided with
machetes over farmland, a suspected thief lynched (told in the passive), a gendarmerie brigade burned after a death in
custody, pupils stoning police, robbers who shot dead a farmer and an off-duty policeman, Koglweogo who "took away"
young men "accusing them of theft", VDP who "publicly flogged a group of traders", Dozo who beat a trader, a farmer
and his sons who attacked unarmed herders with machetes, armed herders who shot a farmer, a witchcraft accusation, a
mining company's camp stormed by young people "demanding jobs", rival worshippers, a chieftaincy brawl, a crowd
freeing a suspect from police, gunmen storming a gold panning site; and 8 look-alikes (battles with robbers, Dozo and
armed herders, JNIM and VDP; peaceful protests and a dispersed march).

Before any fix it measured found 1.000, event_type 0.903, sub_event_type 0.871, place 0.968, fatalities 0.968,
date 1.000, actor1 0.871 (the gold site's panners read as a fighting side, the farmer's family read as an armed group,
the young people's demand misparsed, "took away" unread beside "accusing", the flogged "group of" traders unread, a
rescue from police read as a demonstration, "two armed men … shot dead" counted as two dead).  Its floors sit just under
what the branch measured when they were set, so that a change costing a row or two shows here."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_bf_blind_5.csv"
FLOORS = {"found": 0.98, "event_type": 0.95, "sub_event_type": 0.95, "place": 0.93,
          "fatalities": 0.95, "date": 0.98, "actor1": 0.95}


scored, test_every_row_is_read, test_notes_bf_blind_5_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=31, every_actor_known=True)
