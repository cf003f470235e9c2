"""Places in ACLED notes, fifth blind set: 46 notes in ACLED's Mali/Niger/Burkina Faso export format
(``notes_places_blind_8.csv``), written and committed with their gold before any run.  Gold coordinates are the
rows of sitrep's shipped Sahel table (GeoNames, ``/work/shared/geonames``; the hand-added seats of
``sahel_added.tsv``), each row's GeoNames id in ``notes_places_blind_8.gold_sources.txt``.  Gold follows ACLED's
codebook: a hamlet no gazetteer knows, told by a distance from a town or by its commune ("Tiguitaba-Kéma, a hamlet
roughly 20 km east of Dioura", "Wouro Ndiaye (commune of Dinangourou)"), is coded at that town or the commune's
seat, precision 2, never shifted by the distance; a note opening on its place as a label ("Youwarou (Mopti).",
"Tahoua:", "Ménaka region -", "In Gao town,", "Fada N'Gourma:") is coded there unless it names the event's own
place ("Diffa – ... near Toumour"); a homonym is the one of the note's country and region ("20 km southeast of
Boni (Douentza)" is Mali's Boni, "Boni, in Tuy province" Burkina Faso's, "Koro, near Bobo-Dioulasso" not Mali's
Koro, "Loga, in the Ouallam department" not Dosso's Loga); a commune named otherwise than its seat at the seat
(Haïré → Boni, Gandamia → Kikara, Tondikandia → Damana); names with prefixes, apostrophes and accents
(In-Delimane, Ti-n-Essako, I-n-Ekar, N’Tillit, Aguel'hoc, Tinzawatène, Tin Akof, Gorom Gorom, Tankougounadié).

On main (cc76000), before any change: found 1.000, event_type .978, sub_event_type .978, place .848, fatalities
.978, date 1.000, actor1 .804.  Place misses: three opening labels gave no place ("Tahoua:", "Fada N'Gourma:" read
as a person, "Tchin-Tabaraden (Tahoua)." as a headline and then as an agency's dateline), and "Gorom Gorom: ... on
the road to Markoye" fell on Markoye; "the Haïré commune" on Mauritania's Haïré (1057 km), "Tondikandia commune"
on a point 27 km from its seat Damana; "Loga, in the Ouallam department" on Dosso's Loga (139 km).

After (branch notesplaces): place 1.000, actor1 .870, every other field as before.  A note's opening label
spelled as a town of its countries is a place (an ACLED category, "Looting:", is not), a bracket naming the
label's own region is no agency's credit, "the X commune" is the seat of the commune so named (the shipped seats
carry GeoNames' PPLA3), and a homonym by the seat of the department, cercle or commune the note names wins."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_places_blind_8.csv"
FLOORS = {"found": 0.97, "event_type": 0.97, "sub_event_type": 0.97, "place": 0.97, "fatalities": 0.97, "date": 0.97,
          "actor1": 0.86}


scored, test_every_row_is_read, test_small_places_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=46, every_actor_known=True)
