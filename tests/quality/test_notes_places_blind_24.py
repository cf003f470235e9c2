"""The twenty-fourth places blind notes set (``notes_places_blind_24.csv``, 28 notes in ACLED's export format, 14
Burkinabe, 9 Malian and 5 Nigerien, written with their gold from the GeoNames dumps before any run), in place
styles the earlier sets had not covered: a town made an adjective of the people's base beside the event's place
("Dori-based VDP members were ambushed near Sampelga", "a Kaya-based trader ... at the Pissila cattle market",
"Bamako-based soldiers ... in Sevare", "a Timbuktu-based trader near Lere", "Tillaberi-based soldiers ... near
Mehana", « des soldats basés à Kaya ... près de Dablo »), a town's possessive ("Gorom-Gorom's gendarmerie post",
"Nampala's military camp", "Ayorou's weekly market", "Tenenkou cercle's Dioura commune"), a town told as a capital
or seat ("Dori, the regional capital of the Sahel", "the regional capital Gao", « Ménaka, chef-lieu de la région du
même nom », "Filingue, the seat of the department of the same name"), "X and surrounding villages", "X and its
surroundings", "the vicinity of X", a three-level bracket after an unknown hamlet ("(Foutouri, Komondjari, Est)"),
French frames (« au lieu-dit X, près de Y », « à hauteur de X », « à la sortie de X », « à l'entrée de X », « aux
abords de X », « la localité de X, relevant de la commune de Y ») and the short names of everyday speech ("Bobo",
"Ouaga").

Measured before any fix at place 0.679 (19 of 28) and actor 1 0.929: every "X-based" town held the event (five
notes), "Tenenkou cercle's Dioura commune" fell on Ténenkou, "Gorom-Gorom's gendarmerie post" was read as no place
(the model folds the possessive into an organisation's name, so the name was a word inside it), and "Bobo" and
"Ouaga" stayed unresolved (GeoNames files no such names; "Ouaga" reached Australia's Wagga Wagga only), which left
the two protests' actor without its country.  1.0 on every field once a town written as "X-based" is the people's
base, set aside like an origin (``journey_ends._BASED_AFTER``), a unit's word in the possessive marks the unit
holding the place named next (``journey_ends._UNIT_OWNING_AFTER``), a name's possessive ends it rather than
making it a word of an organisation (``place_name_context.owned_by``), and a name with no candidate in the note's
countries that begins the name of exactly one of their cities (a capital or 100,000 people) is that city
(``place_clipped``).  On Burkina Faso's real notes nothing moved (bf_tune2 place .858, bf_held2a .719): their
misses name no place, or villages GeoNames lacks, or several towns of which ACLED coded one with no cue in the
text, or homonyms with nothing to choose between them.  Still missed: nothing on this set.  Floors sit just under
the figures, so that a lost row shows.
"""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_places_blind_24.csv"
FLOORS = {"found": 0.98, "event_type": 0.98, "sub_event_type": 0.98, "place": 0.98,
          "fatalities": 0.98, "date": 0.98, "actor1": 0.98}


scored, test_every_row_is_read, test_notes_places_blind_24_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=28, every_actor_known=False)
