"""A thirty-first Mali measuring stick, on who acted (actor1) as ACLED names it: 39 own notes in ACLED's
Mali/Burkina/Niger export format (``notes_mali_blind_31.csv``), 2019-2025, written before any fix: foreign armies
acting in another country (Nigerien units across the border in Menaka, Burkinabe soldiers and a Burkinabe drone on
Malian soil, Barkhane's drone and Gao camp, Chadian G5 soldiers in Tera, Chadian and Bangladeshi MINUSMA
contingents, UN peacekeepers arresting suspects); Wagner Group operatives, "Russian paramilitaries", "Russian
mercenaries and Malian soldiers", the Africa Corps alone and beside Malian troops; armies under names the notes
use ("Niger Armed Forces", "the FAN", "the Malian Armed Forces (FAMa)", « les FAMa », "the Defence and Security
Forces (FDS)", "the Burkinabe gendarmerie"); militias (armed donsos, Dan Na Ambassagou, Koglweogo members, armed
Fulani herders, a Dogon militia, "homeland defence volunteers", MSA with GATIA, "the Imghad Tuareg self-defence
group GATIA"); armed groups under their short and French names (« l'EIGS », « le GSIM », ISGS, ISSP, IS Sahel
Province, Ansarul Islam, the Permanent Strategic Framework, the Azawad Liberation Front); gunmen of unknown
affiliation; and the side order ("was attacked by", "was ambushed by Katiba Macina", "clashes between X and Y").

Before any fix (main 6e9e5d1): found 1.000, event_type .974, sub_event_type .974, place .974, fatalities .923,
date 1.000, actor1 .872.  Actor1 missed before: "Niger Armed Forces units that had crossed the border ... clashed
with the militants" (the militants), "Koglweogo Communal Militia (Burkina Faso)" (ACLED's label read as an
unidentified communal militia), « des hommes armés de l'EIGS » (unidentified gunmen), "the Imghad Tuareg
self-defence group GATIA" (an unidentified communal militia), "homeland defence volunteers" (an unidentified
group).  After the actor fixes (named armies of another country, members and appositions, the movement's fighters
as its branch, base entries): actor1 1.000, every other field as before.  Still missed: the Africa Corps shooting
at a checkpoint read as a clash, three tolls ("Niamey said 11 militants were killed", « exécuté 6 hommes », the
Africa Corps' two riders) and Bani Bangou placed on the wrong homonym."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_31.csv"
FLOORS = {"found": 0.97, "event_type": 0.97, "sub_event_type": 0.97, "place": 0.97, "fatalities": 0.92, "date": 0.97,
          "actor1": 0.97}


scored, test_every_row_is_read, test_thirty_first_blind_mali_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=39, every_actor_known=True)
