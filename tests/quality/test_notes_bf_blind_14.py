"""Burkina Faso, Mali and Niger blind notes set 14 (``notes_bf_blind_14.csv``, 34 notes in ACLED's export format, some in
French, written with their gold before any run) as contrastive pairs on a note's fight and its spoils: a fight then
weapons and motorbikes seized beside weapons seized at a checkpoint or a cache found; a fight then abductions (« après
l'accrochage », "after clashing with the VDP escort", « Les militaires ont riposté ») beside abductions alone; an IED
found after an ambush beside an IED defused on a road; prisoners taken in a fight beside arrests by police; cattle
taken as the attackers withdrew beside cattle stolen; a post burned after an exchange of fire beside a post looted
when abandoned.  The first 28 notes were measured before the last 6 (a firefight told in three words, a fight told by
its verb alone beside a large seizure, « Les militaires ont riposté » beside the abduction) were written, still before
any run on them.

Gold follows ACLED's codebook (battles: two organised, armed sides fighting; the people carried off, the arms,
motorbikes or cattle taken, an IED found or prisoners taken during or after a fight are its spoils, one event, the
battle; the same acts with no fight keep their own type); where it is silent, the Burkina Faso tune notes decide: every
tune and held-out (2a) note that tells both a fight and such spoils (4 notes) is coded Armed clash, none anything else.

Before any fix it measured found 1.000, event_type 0.971, sub_event_type 0.971, place, fatalities, date 1.000, actor1
0.941: "abducted eleven truck drivers … after clashing with the VDP escort" read as an abduction ("clashing" was no
fight word).  The set was mostly held already (``note_precedence``, ``codebook_deeds``); the fix comes from the class
held3's traced paths point to (a fight told under the sentence finder's floor, or read as an attack on civilians,
beside spoils told in strong cue words: ``note_fight``).  After: event_type and sub_event_type 1.000, actor1 0.912.
Still missed: actor 1 of « des militaires nigériens ont riposté à une attaque d'hommes armés » (the army, not the
attackers), of « une équipe du génie militaire » (no actor found), and of the Ayorou ambush, whose fight is taken
from « Les militaires ont riposté » (the ambush on a patrol is no two-sided fight word) with the army first.
Floors sit just under."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_bf_blind_14.csv"
FLOORS = {"found": 0.98, "event_type": 0.98, "sub_event_type": 0.98, "place": 0.98,
          "fatalities": 0.98, "date": 0.98, "actor1": 0.90}


scored, test_every_row_is_read, test_notes_bf_blind_14_holds_its_floor = own_notes_set(NAME, FLOORS, rows=34)


def _failed(scored, row: int) -> set[str]:
    return {x["field"] for f in scored["failures"] if f["row"] == row for x in f["failures"]}


def test_fights_and_their_spoils_keep_apart_from_the_spoils_alone(scored):
    for row in range(1, 35):
        assert not {"event_type", "sub_event_type"} & _failed(scored, row), row


def test_battles_and_takings_are_told_apart(scored):
    per_class = {c["class"]: c for c in scored["per_class"]["sub_event_type"]}
    assert per_class["Armed clash"]["precision"] >= 0.99 and per_class["Armed clash"]["recall"] >= 0.99
    for taking in ("Abduction/forced disappearance", "Disrupted weapons use", "Arrests"):
        assert per_class[taking]["precision"] >= 0.99, taking
