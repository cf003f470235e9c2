"""A seventh blind multi-outlet wire set: ``tests/data/wires_blind_7/`` (12 English articles) and its gold
``tests/data/gold/wires_blind_7.yaml``: four invented incidents at real Mali and Niger towns, each told by two
to four outlets, written before reading the fusion code (wire-fusion round): an FLA ambush near Bourem (Reuters
naming the FLA as the CSP-DPA's heir, the FLA's own communiqué on X with "Wagner mercenaries", Sputnik Africa
relaying the General Staff, The Kyiv Independent two days later), a village massacre near Tillia (Xinhua with
its double-hyphen yearless dateline, AFP via France 24, The New Humanitarian four days later with a risen toll),
and two attacks of one Sunday about 48 km apart, the army camp at Bankass (Sahelien.com, AP naming the other
attack) and a Dan Na Ambassagou checkpoint at Koro (AFP on Barron's month-first stamp, the Long War Journal
relaying JNIM's claim), plus a weekly round-up telling three incidents.

Measured on main (eb25aab) before any change: events 0.333/0.75 (Koro's AFP and AP reports inside Bankass's
event, the Long War Journal's claim of "17 militiamen" an attack on civilians of its own, Xinhua's story undated
and alone, Barron's stamp read day first), documents 0.962/0.926.  After: a seat told as the incident's own
place parts from another town 30-50 km off (``nearness.seat_itself_far``), a raid on armed men coded as
violence against civilians joins the battle, the double-hyphen dash and the host after the wire on a masthead
line are read: events 0.667/1.0, documents 1.0.  Then a report dated only by its article (the Long War Journal's
claim, placed at Koro) ties to the reports of its own town before those of the town 48 km off
(``match.link_strength``): every Koro report is one event, but the round-up's "gunmen overran a checkpoint",
read as a change of hands, now recodes that event as a transfer (a change of hands wins over the fight around it):
events 0.6/0.75.  Still weak (outside fusion): "overran a checkpoint" read as a change of hands; AP's army
statement placed at its BAMAKO dateline; "23 soldiers and 7 Wagner mercenaries killed" read as 7.

wire-left round: tolls listed over several parties are summed (mercenaries, paramilitaries, servicemen are
victims; a quoted party; a count inside "a statement that four soldiers" is four, not one), a credited dateline
with its country ("BAMAKO, Mali (AP) —") places nothing and a statement about the "cowardly attack" keeps the
attack's place and day, and one outlet's change of hands against three outlets' fight no longer recodes the fused
event: events 1.0/1.0, contradictions 0.571/1.0."""

from __future__ import annotations

import pytest

from .conftest import files_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 1.000, "recall": 1.000},
    "claims": {"precision": 0.667, "recall": 0.889},
    # contradictions 0.571/1.0 -> 0.8/1.0 (wire-disputes): unidentified gunmen, and Niger's government telling the
    # Tillia massacre, are no perpetrator versions
    "contradictions": {"precision": 1.000, "recall": 1.000},
}


run, report, test_seventh_blind_wire_score_not_below_floor = own_wire_set("wires_blind_7", FLOORS, TOLERANCE)


def test_two_attacks_of_one_sunday_48_km_apart_stay_two(run):
    for e in run.view.events:
        assert not {"c01_bankass_sahelien_en.txt", "d01_koro_afp_en.txt"} <= files_of(run, e)


def test_one_ambush_told_by_four_outlets_is_one_event(run):
    together = [e for e in run.view.events if {"a01_bourem_reuters_en.txt", "a02_bourem_fla_statement_en.txt",
                                                "a03_bourem_sputnik_en.txt", "a04_bourem_kyivindependent_en.txt"}
                <= files_of(run, e)]
    assert len(together) == 1 and together[0].event_type == "Battles"


def test_a_groups_claim_of_killing_militiamen_joins_the_outlets_battle_at_its_own_town(run):
    together = [e for e in run.view.events
                if {"d01_koro_afp_en.txt", "d02_koro_longwarjournal_en.txt"} <= files_of(run, e)]
    assert len(together) == 1 and together[0].event_type == "Battles" and together[0].location == "Koro"


def test_the_xinhua_story_is_dated_and_joins_the_massacre(run):
    together = [e for e in run.view.events
                if {"b01_tillia_xinhua_en.txt", "b02_tillia_afp_en.txt"} <= files_of(run, e)]
    assert len(together) == 1
    assert together[0].fatalities_low == 12  # the government's toll stays in the range beside the local 19 and 22


def test_the_host_after_the_wire_is_the_outlet(run):
    assert run.view.documents["d01_koro_afp_en.txt"].outlet == "Barron's"
