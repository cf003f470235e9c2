"""Burkina, Niger and Mali blind notes set 8 (``notes_bf_blind_8.csv``, 27 notes in ACLED's export format, written with
their gold before any run) on the boundary between battles, attacks on civilians, riots and protests, in styles the
earlier sets left out: a woman stoned as a witch and a kidnapper burned alive told in the passive, a lynching of a
suspected informant beside an armed group's name (mob violence); gold panners of two countries who "came to blows",
rival factions of a student association, a market's quarrel grown into a fight of traders armed with sticks,
transporters of two peoples brawling at a bus station, a prison's "mutiny", miners who attack gendarmes and free a
suspect (mob violence); traders who close their stalls and burn the tax office, truck drivers who clash with
gendarmes over racketeering, pupils, kabou-kabou drivers, residents who storm a gendarmerie post over a release, and
soldiers who fire into the air for their bonuses (violent demonstrations); Koglweogo who flog suspected thieves, VDP
who fire on herders at a well, Dozo who beat a herder to death, Dan Na Ambassagou who kill bus passengers (attacks);
and controls that must stay battles: Koglweogo pursuing JNIM, VDP guarding a gold site or confronting preachers at a
market, Dozo against Katiba Macina, armed Dogon and Fulani men, gunmen at a gendarmerie post, farmers and herders
with sticks.

Gold follows ACLED's codebook (battles need two organised armed sides; a crowd's violence is a violent demonstration
when it presses a grievance or strikes the state's premises, mob violence otherwise; an armed organised side striking
the unarmed attacks civilians).  Where the codebook is silent the Burkina Faso tune notes decide: a mutiny that fights
nobody is a violent demonstration ("soldiers rioted in the streets to make pay demands"), farmers and herders who fight
are communal militias whatever their arms ("Inhabitants fought Fulani herders after cattle damaged field"), merchants
who fight at a market riot ("a number of merchants fought with machetes at the cattle market"), and VDP are coded
inter 4.

Before any fix it measured found 1.000, event_type 0.852, sub_event_type 0.852, place 1.000, fatalities 0.963, date
1.000, actor1 0.815 (Riots recall 0.733): the panners who came to blows read as an armed group's attack, the traders'
burning and the miners' rescue of a suspect as property destruction, the soldiers' bonus mutiny as a peaceful
protest, and the kidnapper burned alive counted no dead.  After (mutinies that fight nobody are violent
demonstrations, ``codebook_developments``; a crowd's joined acts keep its doer, ``crowd_doers``; "came to blows" and
country-adjective crowds, crowds against the forces whose only shots are the forces', ``communal``; premises stormed
over the state's own wrong, ``protest_causes``; a mob's victim counted, ``fatality_words``; a note sized as a crowd's
whose people carry machetes or clubs, ``communal``) it measures event_type, sub_event_type and fatalities 1.000, actor1
0.963; on the tune notes sub_event_type 0.974 → 0.979 and on the held2a check event_type 0.969 → 1.000 (its mutiny).  Still missed: actor1 of the VDP who confronted JNIM preachers
(JNIM, the side told first, is read as the doer).  Floors sit just under what the branch measured."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_bf_blind_8.csv"
FLOORS = {"found": 0.98, "event_type": 0.98, "sub_event_type": 0.98, "place": 0.98,
          "fatalities": 0.98, "date": 0.98, "actor1": 0.94}


scored, test_every_row_is_read, test_notes_bf_blind_8_holds_its_floor = own_notes_set(NAME, FLOORS, rows=27)


def _failed(scored, row: int) -> set[str]:
    return {x["field"] for f in scored["failures"] if f["row"] == row for x in f["failures"]}


def test_mutiny_brawls_and_crowds_against_the_forces_are_riots(scored):
    # panners who came to blows, traders who burned the tax office, miners who freed a suspect, soldiers' bonus mutiny
    for row in (6, 9, 11, 15):
        assert not {"event_type", "sub_event_type"} & _failed(scored, row), row


def test_riots_are_all_found_and_battles_all_real(scored):
    per_class = {c["class"]: c for c in scored["per_class"]["event_type"]}
    assert per_class["Riots"]["recall"] >= 0.99
    assert per_class["Battles"]["precision"] >= 0.99
