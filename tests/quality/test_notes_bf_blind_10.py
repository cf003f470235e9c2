"""Burkina, Niger and Mali blind notes set 10 (``notes_bf_blind_10.csv``, 52 notes in ACLED's export format, written with
their gold before any run) on the boundary between battles and the acts a fight brings with it: VDP, soldiers, police
officers and Koglweogo killed off guard (at home, on leave, off duty, in their field, while fetching wood, after leaving
the ranks) or named only as the reason for a raid (informants, recruitment), beside raids where VDP fought back;
civilians killed in attacks on a gold-mining site, a market, a bus, a livestock market and a column of displaced people,
beside civilians killed by stray bullets during clashes and an escorted convoy that fought back; armed men carried off
after the fighting or during an assault on their post ("taking with them 3 VDP they had captured", "kidnapped two
gendarmes after ambushing their vehicle", "took 6 VDP hostage after clashes"), beside civilians and unarmed VDP
abducted; IEDs followed by gunfire, patrols that found a device and came under fire or were ambushed, militants
surprised while planting a device and killed (armed clashes), beside devices defused (disrupted weapons use); crowds
that beat a VDP or a Koglweogo to death, and gold panners or traders who clash with rifles (mob violence, sized).

Gold follows ACLED's codebook (battles need two armed, organised sides engaging; violence against civilians needs
victims who could not fight back); where it is silent the Burkina Faso tune notes decide: a VDP or customs officer
killed "on his farmland (assumed unarmed)" or "(assumed off-duty)" is an attack on a civilian, and a fight that met
armed resistance with abductions or seized arms is the armed clash.

Before any fix it measured found 1.000, event_type 0.846, sub_event_type 0.827, place 1.000, fatalities 0.962, date
1.000, actor1 0.942: VDP killed in their field or while fetching wood read as battles; armed men taken in an assault or
after clashes as abductions; a patrol that found an IED and was ambushed, or soldiers defusing devices who came under
fire, as disrupted weapons use; militants surprised while planting an IED and killed as an IED blast; the attackers who
"withdrew" after the fight as the government regaining territory; and the toll after a fronted "in retaliation for …,"
dropped.  After (a fighter struck at a civilian's chores is off guard, ``defenders``; armed men carried off in a fight
are its prisoners, ``takings``; a device caught being laid, ``codebook_developments``; armed men who came under fire or
fell into an ambush fought, ``fight_words``; attackers who withdrew gave up no ground, ``outcomes``; a fronted reprisal's
blank ends at the deed's own clause, ``fatality_words`` and its French table) it measures event_type and
sub_event_type 1.000, fatalities 0.981, actor1 0.962.  Still missed: "killed a volunteer fighter (VDP) and two other
civilians" counts one dead (the bracket breaks the sum), and the VDP convoy that hit an IED is coded with the VDP as
actor 1.  Floors sit just under what the branch measured."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_bf_blind_10.csv"
FLOORS = {"found": 0.98, "event_type": 0.98, "sub_event_type": 0.98, "place": 0.98,
          "fatalities": 0.96, "date": 0.98, "actor1": 0.94}


scored, test_every_row_is_read, test_notes_bf_blind_10_holds_its_floor = own_notes_set(NAME, FLOORS, rows=52)


def _failed(scored, row: int) -> set[str]:
    return {x["field"] for f in scored["failures"] if f["row"] == row for x in f["failures"]}


def test_off_guard_fighters_taken_fighters_and_laid_devices_keep_their_type(scored):
    # the VDP in his field and fetching wood; the Pissila post; the IED planters; the armed men taken; the ambushed patrol
    for row in (42, 45, 14, 20, 46, 47, 48, 50, 51):
        assert not {"event_type", "sub_event_type"} & _failed(scored, row), row


def test_battles_and_attacks_all_told_apart(scored):
    per_class = {c["class"]: c for c in scored["per_class"]["event_type"]}
    assert per_class["Battles"]["precision"] >= 0.99 and per_class["Battles"]["recall"] >= 0.99
    assert per_class["Violence against civilians"]["recall"] >= 0.99
