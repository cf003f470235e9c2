"""A seventh blind Sahel measuring stick, on ACLED's less common sub-event types: 45 notes in ACLED's export format
(19 Mali, 14 Burkina Faso, 12 Niger, 2022–2024; one in French), written before running the pipeline on them
(``notes_sahel_blind_7.csv``), scored as ``sitrep eval acled`` scores them with the CLI's default knowledge.

Each note tells an event of a rarer sub-type, with gold coded by ACLED's codebook:
- strategic developments: an explosive device found and defused, a weapons cache seized, an attack foiled at a
  checkpoint (disrupted weapons use); arrests by gendarmes, police and VDP; shops, a town hall or cattle taken or
  burned without deaths (looting/property destruction); a base or post set up; a camp handed over or a post
  evacuated and taken without a fight (non-violent transfer of territory); a local pact, a prisoner exchange, a
  non-aggression pact (agreement); a merger and a new leader (change to group/activity); a curfew, a blockade
  declared, a night ban on motorbikes (other);
- battles over territory: rebels or militants taking a town or post after fighting (non-state actor overtakes
  territory), the army retaking a town (government regains territory);
- protests and riots: marches and rallies, a protest dispersed with arrests, gendarmes firing on protesters, an
  embassy stoned and burned, a lynching, a brawl between neighbourhoods' youths;
- remote violence: mortar and rocket fire, a grenade, a suicide bomber, a landmine and a roadside device, drone
  and air strikes; violence against civilians: rapes and abductions, one a disappearance at the hands of agents.

The gold was corrected twice after the first run, before any change to the code: the JNIM blockade moved from Other
to Change to group/activity (the codebook's restrictive practice of an armed group, as every earlier blind file codes
it; Other is kept for the state's curfews and bans), and the gendarmes who fired on protesters made actor1 of the
excessive force (ACLED codes the force first, the protesters second).

On main 74de365 (before any change), first gold: found 1.0, event_type 0.956, sub_event_type 0.867, place 0.956,
fatalities 1.0, date 1.0, actor1 0.822; final gold: sub_event_type 0.889, actor1 0.844.  The misses: a VDP
detention handed over to the gendarmerie read as an abduction, a brawl after a football match doubted as sport
and read as an attack, a foiled bomb attack read as the arrest of its driver, a post overrun and "the town"
occupied and a town entered under a raised flag read as armed clashes, regional officials (« le gouverneur », "the
provincial authorities") read as no actor.
After the work on this branch: event_type 1.0, sub_event_type 1.0, actor1 0.911, the rest unchanged.  Still
missed: the actor1 of a camp handover, a local pact and a non-aggression pact, an agents' disappearance; a merger
announced "in Tinzaouaten (Kidal)" placed at Kidal, "the Macina cercle" at the cercle's centroid.  The floors
sit a note or two under."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_sahel_blind_7.csv"
FLOORS = {"found": 0.97, "event_type": 0.95, "sub_event_type": 0.95, "actor1": 0.86, "date": 0.97,
          "fatalities": 0.95, "place": 0.93}


scored, test_every_row_is_read, test_seventh_blind_sahel_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=45)
