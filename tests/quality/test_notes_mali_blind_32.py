"""A thirty-second Mali measuring stick, on who acted (actor1) as ACLED names it when the name depends on the date
and on who is foreign: 41 own notes in ACLED's Mali export format (``notes_mali_blind_32.csv``), 2012-2025,
written before any fix.  Armed groups across their renamings and mergers (Tuareg separatists in 2012 as the MNLA,
"the former rebels" in 2016 as the CMA, "Tuareg rebels" in September 2023 as the CSP-PSD, "Azawad rebels" in
2024 as the CSP-DPA, "the separatists" and "the Front for the Liberation of Azawad" in 2025 as the FLA; GATIA,
Ganda Izo, MSA-D, Dan Na Ambassagou told by its leader; MUJAO and Ansar Eddine in 2012-2013, al-Mourabitoun,
"jihadists linked to al-Qaeda" in 2015 as AQIM and "al-Qaeda fighters" in 2024 as JNIM, "the Group to Support
Islam and Muslims", "the men of Amadou Koufa", "the Macina katiba"; the Islamic State's Greater Sahara branch in
2019, "Daesh's Sahel wing" and "Islamic State group fighters" after 2022); foreign forces (Serval's jets, a French
helicopter, Takuba's special forces, Egyptian and Chadian peacekeepers, white armed men taken for Russians, Russian
soldiers in 2022 as Wagner and in 2025 as the Africa Corps, "Russian mercenaries", "Russian instructors", soldiers
from Burkina Faso and troops from Niger in Mali, the AES unified force); and unnamed attackers ("suspected
jihadists", "armed men on motorbikes", "unidentified gunmen", "presumed terrorists") as the unidentified armed
group.

Before any fix (main 74de365): found 1.000, event_type .976, sub_event_type .927, place .951, fatalities 1.000,
date 1.000, actor1 .585.  One gold was corrected by the codebook after that run, and said so: the army entering
Kidal "after the separatists withdrew overnight" is a non-violent transfer of territory (Strategic developments),
not "Government regains territory", which needs armed interaction; with it event_type and sub_event_type are 1.000
and .951 before any fix.  Actor1 missed before: "Tuareg separatist fighters" in 2012 (an unidentified group; the
rebellion's descriptions started at the CMA of 2014), "Tuareg rebels" in September 2023 (the CMA: the CSP took
over only at the end of 2023), "Russian soldiers" and "Russian mercenaries" in 2025 (Wagner, gone by then), ACLED's
"Al Mourabitoune Battalion" (unknown to the base), "the Group to Support Islam and Muslims", "the Front for the
Liberation of Azawad", "the men of Amadou Koufa", "the Dogon self-defence militia of Youssouf Toloba" (each an
unidentified group), "Islamic State group fighters" (the global movement), "soldiers from Burkina Faso" and "troops
from Niger" (Mali's army), "a drone operated by Russian instructors" (no author), "Egyptian peacekeepers",
"jihadists linked to al-Qaeda" in 2015 (JNIM, two years before it existed), "suspected jihadists" (JNIM) and the
AES unified force (the Alliance itself).

After the fixes (the rebellion's lineage from the MNLA with the CSP from August 2023, Russian descriptions along
Wagner → Africa Corps, ACLED's label and writers' name variants, a leader's followers as his group, "group" between
a movement's name and its fighters, forces told by their country and national contingents by their mission, an
aircraft's operator as the strike's author): actor1 .902, every other field as before.  Still missed: AQIM in 2015
(the base has no date before which "al-Qaeda-linked" names AQIM rather than JNIM), "suspected jihadists" (the base
reads them as JNIM by default, ACLED as an unidentified armed group), the AES unified force (ACLED's coding of it
is unsettled; the gold takes the host army), "Egyptian peacekeepers ... returned fire after being shot at by
unidentified assailants" (read with the assailants first, arguably as ACLED would), two sub-event types around a
captured town, and two places (Anderamboukane, Djenne).

At merge the Russian descriptions' lineage was taken out (undated, "Russian mercenaries" would answer the newest
holder, the Africa Corps, against the project's own seed gold): actor1 .829, the 2025 Russian notes read as Wagner."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_32.csv"
FLOORS = {"found": 0.97, "event_type": 0.97, "sub_event_type": 0.92, "place": 0.92, "fatalities": 0.97, "date": 0.97,
          "actor1": 0.80}


scored, test_every_row_is_read, test_thirty_second_blind_mali_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=41, every_actor_known=True)
