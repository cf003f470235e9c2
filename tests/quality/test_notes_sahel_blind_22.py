"""The twenty-second Sahel blind notes set (``notes_sahel_blind_22.csv``, 32 notes in ACLED's export format from Mali,
Burkina Faso and Niger, 2022-2024, written with their gold before any run): notes that tell several acts of one event,
coded by the codebook's precedence.  17 armed clashes (ambushes opened by an IED and carried on with gunfire, "after
planting an IED", « un engin explosif improvisé … suivi d'échanges de tirs »; posts stormed, fought for, then looted or
their men "taken hostage"; villages whose VDP, Koglweogo, Dozo or Dan Na Ambassagou fought back; army raids on
"terrorists" with arms seized, a device found being planted and fought over); 6 attacks on civilians with the looting
after them ("burnt shops and stole cattle", « incendié des boutiques »; and an army raid whose dead were herders);
5 remote explosives with no fight ("no casualties among the soldiers", « aucun accrochage n'a suivi »); 4 abductions
with no fight ("took hostage … before fleeing with them", « ont enlevé cinq commerçants »).

Before the work it measured: event_type 0.844, sub_event_type 0.844 (two IED-then-gunfire ambushes and a device being
planted that soldiers fought over read as remote explosives, a post stormed and fought for read as an attack, seven
"terrorists were killed" with arms seized read as disrupted weapons use), fatalities 0.844, actor1 0.906, place 1.0,
date 1.0, found 1.0.  After (``note_precedence``, ``fight_words``, arms or people taken in a told fight, fighters
counted killed, French negation): event_type 1.0, sub_event_type 1.0, fatalities 0.969, actor1 0.906, place 1.0,
date 1.0, found 1.0.  Still missed: a French toll told after the acts (« Un VDP a été tué. »), the IED's claimant
named only in the brackets "(JNIM claimed responsibility)", the VDP read as the IED's doer, and soldiers who "came
upon" terrorists coded second.  Floors sit just under the after-figures."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_sahel_blind_22.csv"
FLOORS = {"found": 0.95, "event_type": 0.96, "sub_event_type": 0.96, "place": 0.95, "fatalities": 0.93, "date": 0.95,
          "actor1": 0.87}


scored, test_every_row_is_read, test_notes_sahel_blind_22_holds_its_floor = own_notes_set(NAME, FLOORS, rows=32)


def test_fights_outrank_what_they_came_with_and_lone_acts_keep_their_type(scored):
    """Every gold battle is read as one, and nothing without a fight is: the IEDs and the abductions told alone keep
    their own types."""
    subs = {c["class"]: c for c in scored["per_class"]["sub_event_type"]}
    assert subs["Armed clash"]["recall"] >= 0.99, subs
    assert subs["Armed clash"]["precision"] >= 0.99, subs
    assert subs["Remote explosive/landmine/IED"]["precision"] >= 0.99, subs
    assert subs["Abduction/forced disappearance"]["recall"] >= 0.99, subs
