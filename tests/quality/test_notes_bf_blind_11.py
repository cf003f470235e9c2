"""Burkina, Niger and Mali blind notes set 11 (``notes_bf_blind_11.csv``, 32 notes in ACLED's export format, written with
their gold before any run) as contrastive pairs on the decision paths that make a note an armed clash, an abduction or
a disrupted weapons use: each path's note beside a note of another type where its trigger words also appear.  A fight
told (VDP who returned fire, soldiers who exchanged fire, Koglweogo who clashed with armed robbers, a VDP patrol
ambushed, gendarmes taken after an exchange of fire, an IED followed by gunfire, deminers fired on who fought back,
militants who clashed with VDP and carried off civilians, arms seized from repelled attackers, fighters "neutralised",
two militias or two armed groups at each other) beside "clashes" only in a background sentence, an exchange of fire
coded separately or recalled from a week before, a crowd that "clashed" with a thief, a VDP killed at a water point,
civilians and VDP killed at a market, passengers taken off a bus, an IED that killed with no gunfire, a device
destroyed "after clashes the week before", militants who "clashed" with herders the note says were unarmed, VDP taken
at their homes, a cache seized with no clash, and crowds, youths and gold panners whose fights are mob violence beside
Koglweogo and VDP whose killings are attacks.

Gold follows ACLED's codebook (battles: two armed, organised sides engaging; violence against civilians: a one-sided
attack on people who could not fight back; mob violence: a crowd with no organised group, sized); where it is silent
the Burkina Faso tune notes decide (a VDP at his farmland is "assumed unarmed"; arms and people taken in a fight are
its spoils).

Before any fix it measured found 1.000, event_type 0.812, sub_event_type 0.812, place 1.000, fatalities 0.969, date
1.000, actor1 0.938: a VDP at a water point read as a battle (``defenders``' off-guard places were possessive fields
only); a fight recalled "a week earlier" or "the week before" absorbed the note's attack or outranked its device
destroyed (``note_precedence``); "clashed with VDP … and abducted 3 civilians" recoded to an abduction by the lone
victim rule (``struck_party``), and its VDP not read as an armed side (``defenders.ARMED_MET_HEAD_ON``); deminers
"fired on" by "them" read as disrupted weapons use (``fight_words``); a "clash" with herders "The herders were
unarmed" kept as a battle (``fates``, ``codebook``); and the toll told after the fight as a second fight left the
battle without its dead (``one_event``).  After those fixes every field measures 1.000.  Floors sit just under."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_bf_blind_11.csv"
FLOORS = {"found": 0.98, "event_type": 0.98, "sub_event_type": 0.98, "place": 0.98,
          "fatalities": 0.98, "date": 0.98, "actor1": 0.98}


scored, test_every_row_is_read, test_notes_bf_blind_11_holds_its_floor = own_notes_set(NAME, FLOORS, rows=32)


def _failed(scored, row: int) -> set[str]:
    return {x["field"] for f in scored["failures"] if f["row"] == row for x in f["failures"]}


def test_each_pair_keeps_both_types(scored):
    # the water point, the recalled fights, the clash with unarmed herders, the fight with abductions, the deminers
    for row in (7, 8, 15, 16, 22, 23, 24, 25, 27, 28):
        assert not {"event_type", "sub_event_type"} & _failed(scored, row), row


def test_battles_are_told_apart_from_attacks_and_mobs(scored):
    per_class = {c["class"]: c for c in scored["per_class"]["event_type"]}
    assert per_class["Battles"]["precision"] >= 0.99 and per_class["Battles"]["recall"] >= 0.99
    assert per_class["Violence against civilians"]["recall"] >= 0.99 and per_class["Riots"]["recall"] >= 0.99
