"""The twenty-fifth places blind notes set (``notes_places_blind_25.csv``, 26 notes in ACLED's export format, 11
Burkinabe, 11 Malian and 4 Nigerien, 9 of them French, written with their gold from the GeoNames dumps before any
run), in place styles the earlier sets had not covered: a person's name whose surname is also, or nearly, a
village's (Dicko ~ Diko, Koufa, Diallo, Sidibé) in full, as a possessive ("Dicko's men", "Amadou Koufa's
fighters"), after his followers (« les hommes de Jafar Dicko », "militants loyal to Jafar Dicko", « les partisans
de Boubacar Sidibé ») or twice in one note; an unknown hamlet "near" a known village with its bracket ("the hamlet
of Wendou Bouli, near Taoubania (Djibo, Soum)", « près de Méhana (Tillabéri) », "near Namsiguia (Sanmatenga)"
between two Namsiguia); the people of one village acting at another, in both languages ("youths from Gorgadji ...
attacked herders in the village of Sampelga", « des jeunes venus de Dablo ont saccagé le marché du village de
Pissila », « des villageois de Sofara ont attaqué le village de Kouakourou »); and an unknown village whose commune
in the bracket is spelt otherwise than GeoNames ("Tominiane", "Dijbasso", "Gorom Gorom", "Fada-Ngourma", « Ke
Macina », "Oualam": the commune's seat at precision 2, as ACLED places a village it cannot find).

Measured before any fix at place 0.885 (23 of 26): « des jeunes venus de Dablo ont saccagé le marché du village de
Pissila » fell on Dablo (the French crowd rule read the people's village as where they rioted: its "elsewhere"
test looked only three words past the verb, and « le marché du village de » is four), « des villageois de Sofara
ont attaqué le village de Kouakourou » on Sofara (« villageois de X » was no origin in French), and "(Dijbasso,
Kossi)" on the Kossi province's seat Nouna, 54 km off (two swapped letters: no fuzzy ratio nor loose key reached
Djibasso).  1.0 once the people of a village acting elsewhere are an origin in both languages (``ORIGIN_BEFORE``:
« villageois de X », "villagers of X"; not traders or youths, who close shop at home, nor "farmers of X and Y
clashed", two villages' sides), the crowd's "elsewhere" test
reads five words past its verb (``place_clauses_*.tsv``, both languages) and a bracket's name the gazetteer lacks
is looked up with two neighbouring letters swapped before any near spelling (``place_spellings.
transposed_candidates``).  Beside those, a model place entity the gazetteer lacks as written that the text shows
to be a person's surname (the last word of a person named elsewhere in it, or a leader told by his followers) is
no place (``place_person_names``): on Burkina Faso's real notes it fires once in bf_tune2 ("Gorane Dicko ... relative
of Harouna Dicko", no longer Mali's Diko 1,105 km off, and its actor now Burkinabe: actor1 .916 -> .921), the other
two mechanisms on none of bf_tune2 or bf_held2a; place stays bf_tune2 .858, bf_held2a .719 (their misses name no
place, or villages GeoNames lacks, or homonyms with nothing in the note to choose between them).  Still missed
(not places): « faisant un mort » and "shot dead Hamidou Dicko" counted no dead, "a VDP member's father" killed read
as a battle, two crowds from a named village coded as its militia where the gold says rioters (the project reads
ACLED's real notes so: ``crowd_doers.raid_from_named_place``), « l'EIGS », « la katiba d'Amadou Koufa » and "Dicko's
men" left without their group.
Floors sit just under the figures, so that a lost row shows.
"""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_places_blind_25.csv"
FLOORS = {"found": 0.98, "event_type": 0.88, "sub_event_type": 0.88, "place": 0.98,
          "fatalities": 0.92, "date": 0.98, "actor1": 0.72}


scored, test_every_row_is_read, test_notes_places_blind_25_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=26, every_actor_known=False)
