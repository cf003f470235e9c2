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

Before any fix (main 74de365): to be measured."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_32.csv"
FLOORS = {"found": 0.95, "event_type": 0.85, "sub_event_type": 0.80, "place": 0.85, "fatalities": 0.80, "date": 0.95,
          "actor1": 0.90}


scored, test_every_row_is_read, test_thirty_second_blind_mali_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=41, every_actor_known=True)
