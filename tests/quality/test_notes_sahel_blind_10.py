"""A tenth blind Sahel measuring stick, on the event type and sub-type: 59 notes in ACLED's export format (31 Mali,
15 Burkina Faso, 13 Niger, 2019–2025), written before running the pipeline on them (``notes_sahel_blind_10.csv``),
scored as ``sitrep eval acled`` scores them with the CLI's default knowledge.

The notes are written the way ACLED's coders write for other countries (Nigeria, DRC, Somalia, Sudan, Mozambique),
transposed to Sahel places, and cover every common sub-type in rough proportion to ACLED's Sahel data (12 attacks,
11 armed clashes, 4 IEDs, 4 air or drone strikes, 3 shellings, 4 abductions, 3 lootings, 2 of each territory change,
protest, riot, arrest, disrupted weapons use and change to group/activity):
- passive and actor-less notes ("7 civilians were killed and several houses burnt when unidentified gunmen stormed",
  "Two village chiefs executed by JNIM near …", "The FAMa camp at Lere was shelled"), notes that open on the
  sub-type's own vocabulary ("Property destruction:", "Abduction:", "Arrests:", "Cattle theft:", "Jungle justice:",
  "Troop withdrawal:", "Weapons seizure:", "Artillery fire:");
- long notes that tell the context first and the event last (a blockade and failed talks before the fight, a death in
  custody and a refused body before the riot, a mined road before the mine);
- notes with two candidate events where ACLED codes the main one (a killing and shops torched, a raid that kills and
  loots, a bus attack and its driver taken, a drone strike on a convoy withdrawing from an attack, a protest and its
  arrests);
- notes whose type turns on one word: "repelled", "ambushed" (soldiers: a battle; gold miners: an attack), "IED"
  (set off, or detected and neutralised), "drone", "shelled", "looted", "dispersed".

On main d7c125f (before any change): found 1.0, event_type 0.898, sub_event_type 0.864, place 0.966, fatalities
0.932, date 0.949, actor1 0.814.  The type misses: a killing "in an attack on Sebba attributed by local sources to
ISGS" (the blame read as the sentence's news, the note's "Shops were also torched" coded instead), targets "struck
from the air" and "drones bombarded a JNIM convoy … as it withdrew from an attack on a VDP post" (fights), a town
that "fell into the hands of IS Sahel fighters" (a fight), "Control of Hombori was restored … when FAMa units dislodged
JNIM fighters who had occupied the town" (the relative clause's occupiers as gainers), supporters who "gathered …
despite a ban; police arrested 12 of them" (arrests), residents who "took to the streets …, torching the police
station" (looting), fighters "seen moving near Inekar" (an abduction, by the last resort).
After the work on this branch: event_type 1.0, sub_event_type 1.0, fatalities 0.949, actor1 0.881, the rest
unchanged.  Still missed: the date of a context-first note whose earlier meeting's date comes first, a note's
"area" told over a week, the actor of an exchange of fire or an explosion with no doer named, men "in military
uniform", the attackers' body left behind (not counted), "Both died" after a mob's burning.  The floors sit a note or
two under."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_sahel_blind_10.csv"
FLOORS = {"found": 0.98, "event_type": 0.96, "sub_event_type": 0.96, "actor1": 0.84, "date": 0.92,
          "fatalities": 0.91, "place": 0.94}


scored, test_every_row_is_read, test_tenth_blind_sahel_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=59)
