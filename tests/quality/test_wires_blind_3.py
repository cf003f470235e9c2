"""A third blind multi-outlet wire set: ``tests/data/wires_blind_3/`` (w01-w13) and its gold
``tests/data/gold/wires_blind_3.yaml``, four invented incidents at real Sahel towns (Mangaïzé, the
Kantchari-Diapaga road, Bourzanga, Léré), each told by three outlets, written before reading the fusion
code to test that one incident told by several outlets is one event: each story carries its aftermath
(a pursuit with air support, reinforcements, units deployed to secure a road, shops looted and a market
burned during the attack, weapons seized, wounded evacuated), the mine is rounded to either end of its
road, tolls disagree, a "held since" recall sits beside the news.

Measured on main (7842aff): events P 0.154 R 0.500 (13 extracted for 4 incidents).  With the aftermath
deeds joined to their incident (``sitrep.fuse.aftermath``) and the blast's two road ends left open
(``nearness.road_ends``): events P 0.250 (8 extracted).  With the masthead's stamp read as the publication
day (« RFI — Publié le 30/10/2026 », "Agence ... — Diapaga, 23 octobre 2026"), the reports those outlets
date relatively meet the others: documents P/R 0.920, events P 0.600 R 0.750 (5 extracted).  With TASS's
slash-credited yearless dateline read, each outlet's toll told beside its reports joined to the range (Burkina24's
« une vingtaine », AFP's 25 beside JNIM's 31) and a mine under a bus given civilians as side 2: documents 0.960,
events 1.000/1.000, event details 1.000/1.000, contradictions 0.429/1.000.  The floors sit a little under."""

from __future__ import annotations

import pytest

from .conftest import files_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 0.950, "recall": 0.950},
    "actors": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 0.950, "recall": 0.950},
    "event_details": {"precision": 0.950, "recall": 0.950},
    # claims 0.438/1.0 -> 1.0/0.889 (2026-12-04, wire-claims): unnamed sources are no claims, and the gold now lists the
    # weekly's two army statements (the Malian General Staff's is read as Niger's army: a miss)
    "claims": {"precision": 0.950, "recall": 0.880},
    # contradictions 0.429/1.0 -> 0.6/1.0 (wire-disputes): no perpetrator dispute against unidentified gunmen, no toll
    # dispute between the army's « une quinzaine » of terrorists and the residents' eight civilians at Léré
    "contradictions": {"precision": 0.750, "recall": 0.950},
}


run, report, test_third_blind_wire_score_not_below_floor = own_wire_set("wires_blind_3", FLOORS, TOLERANCE)


def test_no_aftermath_deed_is_an_event_of_its_own(run):
    """Looting, burning, reinforcement, deployment and seized weapons told with an attack are part of it."""
    aftermath = {"Looting/property destruction", "Change to group/activity", "Disrupted weapons use"}
    assert [(e.location, e.sub_event_type) for e in run.view.events if e.sub_event_type in aftermath] == []


def test_the_mine_on_the_road_is_one_event_under_either_end(run):
    blasts = [e for e in run.view.events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert len(blasts) == 1
    assert {"w04_kantchari_aib_fr.txt", "w05_kantchari_reuters_en.txt", "w06_kantchari_lefaso_fr.txt"} <= files_of(
        run, blasts[0])


def test_the_post_attack_keeps_its_pursuit_inside(run):
    at_post = [e for e in run.view.events if e.location == "Mangaïzé" and e.date and str(e.date.earliest) == "2026-10-13"]
    assert [e.event_type for e in at_post] == ["Battles"]
    assert {"w01_mangaize_afp_en.txt", "w02_mangaize_actuniger_fr.txt", "w13_sahel_weekly_en.txt"} <= files_of(
        run, at_post[0])
