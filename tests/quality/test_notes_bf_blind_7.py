"""Burkina blind notes set 7 (``notes_bf_blind_7.csv``, 43 notes in ACLED's export format, written with their gold
before any run) heavy on violence between groups, in the styles of ACLED's Burkina, Niger and Mali notes: herders and
farmers or two named peoples who clash, two villages at odds over land, Koglweogo and Dozo against gunmen (battles);
mobs that lynch a thief, two families, traders, gold panners, rival chieftaincy camps or students who brawl, residents
who fight the Koglweogo or storm their base, youths who stone the police (riots); Koglweogo, Dozo, VDP, a self-defence
group or a village's armed men who kill, whip or wound suspects, herders and a neighbouring hamlet's people (attacks on
civilians); with ordinary battles and attacks so that each class's precision is measured.  Gold follows ACLED's split
(written down in ``sitrep.analyse.events.communal``): two organised armed sides, a community's militia among them,
fight a battle; unorganised people who fight among themselves or against those who keep order riot; an armed side that
strikes people who do not fight back attacks civilians (a village's armed men included, as ACLED's Burkina notes
code "armed youths from the village of S destroyed property … three people were wounded").

Before any fix it measured found 1.000, event_type 0.977, sub_event_type 0.954, place 1.000, fatalities 1.000, date
1.000, actor1 0.954: the set's wordings were mostly read right already; what it missed was a gendarmerie stormed after a
death in custody read as mob violence (gold: a violent demonstration), residents who "attacked the local Koglweogo
headquarters and freed two detained suspects" read as an arrest, and a raid by "armed villagers
from a neighbouring village" credited to an unnamed armed group, not their communal militia.  The mechanisms of this round were found on harder wordings probed beside it (fights told by a
noun between gold miners, two creeds or residents and the Koglweogo; "[size=…]" notes; "killed 13 Fulani"; a
village's armed men told with a land dispute), which its unit tests hold (tests/events/test_crowd_sides_and_militia_victims.py).
Its floors sit just under what the branch measured after them."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_bf_blind_7.csv"
FLOORS = {"found": 0.98, "event_type": 0.95, "sub_event_type": 0.93, "place": 0.97,
          "fatalities": 0.97, "date": 0.97, "actor1": 0.93}


scored, test_every_row_is_read, test_notes_bf_blind_7_holds_its_floor = own_notes_set(NAME, FLOORS, rows=43)


def _failed(scored, row: int) -> set[str]:
    return {x["field"] for f in scored["failures"] if f["row"] == row for x in f["failures"]}


def test_each_class_is_coded_by_who_fought_whom(scored):
    # herders and farmers clashing, a lynching mob, Koglweogo killing suspects, gold panners brawling, a village's
    # armed men wounding a neighbouring hamlet's people: each by ACLED's split
    for row in (1, 10, 21, 32, 39):
        assert not {"event_type", "sub_event_type"} & _failed(scored, row), row


def test_no_riot_or_attack_is_read_as_a_battle(scored):
    per_class = {c["class"]: c for c in scored["per_class"]["event_type"]}
    assert per_class["Battles"]["precision"] >= 0.99
