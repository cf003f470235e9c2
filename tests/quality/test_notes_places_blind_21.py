"""The twenty-first places blind notes set (``notes_places_blind_21.csv``, 27 notes in ACLED's export format, 22
Malian, 3 Burkinabe and 2 Nigerien, written with their gold from the GeoNames dumps before any run), in place
styles the earlier sets had not covered: names with homonyms in two regions, each note naming the region, the
cercle or a town near it (Dogo of the Bougouni region and Dogo of the Bankass cercle, Simbi of the Douentza and
of the Nioro regions, Kiri of the Koro cercle and of the Tombouctou region, Bani of Seno and Bani by Bourzanga,
Djidian, Nampala, Sido, Dourou, Kouna, Kassa, Ngouma, Sama, Kolongo, Guiré), Mali's 2023 regions named as
regions (Bougouni, Dioïla, Nioro, Kita, Nara, San, Douentza, Bandiagara: GeoNames knows them only as cercles),
places given with their cercle and region (« Dogo (cercle de Bankass, région de Bandiagara) »), and notes
naming two or three places where the event is at the last: movements "from Ténenkou towards Diafarabé ...
at Dia", "travelling from Niono to Léré ... at Dogofry", "a bus travelling from Téra to Niamey ... near
Gothèye", "residents of Boni reported ... at Hombori", "a trader from Koutiala was shot dead in Yorosso".

Measured before any fix at place 0.963 (26 of 27): "JNIM militants coming from Mondoro ambushed a Malian army
patrol near Douna, in the Douentza region" fell on the Douna nearest the Douentza cercle's centroid, 70 km
from the one 23 km from Mondoro (the cercle holds three Douna the dump leaves without a cercle code, and the
pin broke their tie by the centroid).  1.0 once the homonym the unit holds by the note's other places wins
over the centroid's (``place_unit_neighbours``).  Still missed: actor 1 of « l'armée nigérienne a repoussé
une attaque contre son poste de Dargol » (the gold, written before the run, names the unidentified attackers
first, as ACLED does; sitrep names the army that speaks).  Floors sit just under the figures, so that a lost
row shows."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_places_blind_21.csv"
FLOORS = {"found": 0.98, "event_type": 0.98, "sub_event_type": 0.98, "place": 0.98,
          "fatalities": 0.98, "date": 0.98, "actor1": 0.94}


scored, test_every_row_is_read, test_notes_places_blind_21_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=27, every_actor_known=False)
