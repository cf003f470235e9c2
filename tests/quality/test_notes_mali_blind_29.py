"""A twenty-ninth Mali measuring stick, on strategic developments, protests and riots and actor 1: 30 own notes in
ACLED's Mali/Burkina export format (``notes_mali_blind_29.csv``), 2023-2026, 18 in French and 12 in English, written
before any fix by different hands: arrests by gendarmes, police, the State Security agency (ANSE), FAMa (who "later
flew him to Bamako"), « les autorités » and the Burkinabe junta; officials abducted ("seized the sub-prefect"); traders,
students and women protesting, with and without tear gas, a sit-in and a march that turn into riots; crowds lynching
suspected thieves; a blockade announced, a ceasefire, a base set up, a camp taken over from MINUSMA "by the Malian Armed
Forces and their Russian partners", militants preaching to villagers, a health centre emptied of its medicines, weapons
seized in a search, an IED defused; a mine closure ordered after a well collapse; the mayor's bodyguards shot dead;
actors in new forms (« EI Sahel », « EIGS », « militaires burkinabè », « les forces armées burkinabè », "Burkinabe
drones", « le JNIM », « des hommes armés non identifiés »).

Before the fix (main 96a6ee7) found .967, event_type .833, sub_event_type .800, place .933, fatalities .933, date .967,
actor1 .700; after found 1.000, event_type .967, sub_event_type .967, place .967, fatalities .933, date 1.000,
actor1 .900.  Still missed: « ont appréhendé … conduit vers une destination inconnue » by State Security agents stays
an abduction; "detained the deputy mayor of Douentza … later flew him to Bamako" is placed in Bamako; « la junte a fait
arrêter … ; il a été placé en détention » loses its actor 1; « un présumé voleur a été lynché » counts no death; "JNIM
announced that it was imposing a blockade" has no actor 1 (the announcer is read as a source); « ont repoussé une
attaque de l'EI Sahel » keeps the defenders as actor 1; the well collapse's three dead are counted on the closure."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_29.csv"
FLOORS = {"found": 0.96, "event_type": 0.93, "sub_event_type": 0.93, "place": 0.93, "fatalities": 0.9, "date": 0.96,
          "actor1": 0.86}


scored, test_every_row_is_read, test_twenty_ninth_blind_mali_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=30, every_actor_known=True)
