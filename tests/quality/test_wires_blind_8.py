"""An eighth blind multi-outlet wire set: ``tests/data/wires_blind_8/`` (10 English articles) and its gold
``tests/data/gold/wires_blind_8.yaml``: four invented incidents at real Mali towns, written before any change of
the wire-fusion2 round: an attack on the army post at Fatoma (an Al Jazeera live blog, TASS relaying the General
Staff's "terrorists", The Continent three days later telling "last week's assault" under the neighbouring town
Sevare), a mine-then-fire ambush east of Douentza (AFP coding it as the mine, Maliweb as the ambush), a fuel
convoy ambushed the next day on the same road near Hombori (Reuters naming both ambushes, an army release), an
FLA-army clash at Aguelhok (Reuters quoting the FLA communiqué, RT relaying the army), and a think-tank weekly
brief telling all four.

Measured on main (4109a5f) before any change: events 0.333/0.75 (the Douentza ambush split into its mine and its
fight; the brief's "Both sides claimed victory" placed at Douentza, the brief's most-named town, bringing the FLA
into that ambush), contradictions 0.5/0.75.  After: an outlet's mine and another's fight at one town that day are
one ambush (``match_rules.ambush_opened_by_a_mine``), a placeless sentence in a round-up's paragraph keeps that
paragraph's incident (``refers_back.in_round_up_paragraph``), a deed told under the neighbouring town by an
outlet whose account of the attack was missed joins the attack (``aftermath.aftermath_told_elsewhere``):
events 0.429/0.75 with the Douentza ambush one event holding both tolls (5 and 7).  Still weak (outside
fusion): "withdrawing towards the Inner Niger Delta" read as looting at a town named Delta; "carrying fuel to the
Hombori camp" placing the mine at its destination; the weekly's "last week's assault" lost; "is regularly
targeted" read as an event at Gao; the army's "escort … was attacked" coded with the army as actor 1."""

from __future__ import annotations

import pytest

from .conftest import files_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 0.571, "recall": 1.000},   # the Hombori ambush has its unnamed attackers
    "claims": {"precision": 1.000, "recall": 0.714},
    "contradictions": {"precision": 0.800, "recall": 0.800},  # the gold counts Aguelhok's outcome since the disputes round (measured 1.0/.8)
}


run, report, test_eighth_blind_wire_score_not_below_floor = own_wire_set("wires_blind_8", FLOORS, TOLERANCE)


def test_a_mine_told_by_one_outlet_and_the_ambush_by_another_are_one_event_with_both_tolls(run):
    together = [e for e in run.view.events
                if {"b01_douentza_afp_en.txt", "b02_douentza_maliweb_en.txt"} <= files_of(run, e)]
    assert len(together) == 1
    tolls = {r.fatalities.low for r in together[0].reports if r.fatalities is not None}
    assert {5, 7} <= tolls  # each outlet's toll stays listed


def test_two_ambushes_on_one_road_on_consecutive_days_stay_two(run):
    for e in run.view.events:
        assert not {"b01_douentza_afp_en.txt", "c02_hombori_fama_statement_en.txt"} <= files_of(run, e)


def test_the_briefs_placeless_sentence_stays_with_its_paragraphs_clash(run):
    file_of = {d.doc_id: name for name, d in run.view.documents.items()}
    for e in run.view.events:
        for r in e.reports:
            if file_of.get(r.doc_id) == "r01_sahel_security_brief_en.txt" and r.quote.startswith("Both sides"):
                assert e.location == "Aguelhok"


def test_the_weeklys_burning_told_under_the_neighbouring_town_joins_the_attack(run):
    together = [e for e in run.view.events
                if {"a02_fatoma_tass_en.txt", "a03_fatoma_thecontinent_en.txt"} <= files_of(run, e)]
    assert len(together) == 1 and together[0].location == "Fatoma"
