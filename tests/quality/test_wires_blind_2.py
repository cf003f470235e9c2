"""A second blind multi-outlet wire set: ``tests/data/wires_blind_2/`` (w01-w15) and its gold
``tests/data/gold/wires_blind_2.yaml``, four invented incidents at real Sahel towns (Djibo, Inékar,
Makalondi, Bourem) written before reading the fusion or claim code, in styles the first blind set does not
use: a propaganda digest relaying JNIM, the Burkinabe state agency relaying the General Staff, bare
ministry and army communiqués, Sputnik and RIA stamps, a Jeune Afrique analysis a week later and a
monthly round-up telling three incidents; tolls that disagree, relative dates, background recalls (Djibo
May 2025, Kidal November 2023, "since 2012", « l'an dernier »).

Measured on main (6229bb8): events P 0.200 R 0.750 (15 extracted), claims P 0.478 R 0.688, contradictions
P 0.571 R 0.800.  After the recall, air-support, target and incise mechanisms: events P 0.250 (12
extracted), claims P 0.500 R 0.750 (the spokesman's quote behind « a déclaré à l'AFP son porte-parole, X »),
contradictions P 0.667 (civilians read in two countries are no target dispute).  The claims still counted
extra here are anonymous sources in indirect speech and a bare communiqué's own text: the project's other
gold files (articles.yaml, wires.yaml) count those as claims, so they stay.  The AP dateline's day after
its credit ("BAMAKO, Mali (AP) — August 23, 2026") is read as the filing day since the dateline grammar
holds that arrangement: events P 0.333 (9 extracted).  Still weak: the Makalondi blast is split between the
two towns of its road, a deployment after the Inékar killings, the Djibo looting and the Kidal "since 2012"
hold still come out as events, and the Bourem toll is not read.  With aftermath deeds joined to their
incident and a blast's road ends left open (``sitrep.fuse.aftermath``, ``nearness.road_ends``): events P
0.600 (5 extracted); the Makalondi blast is one event but its JNIM claim does not reach its side 1, and the
Kidal "since 2012" hold is still an event.  The floors sit at the figures reached."""

from __future__ import annotations

import pytest

from .conftest import files_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 0.886, "recall": 0.861},
    "actors": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 0.600, "recall": 0.750},
    "event_details": {"precision": 1.000, "recall": 0.625},
    # claims (2026-12-04, wire-claims): precision 0.5 -> 0.929 (unnamed sources are no claims); recall 0.75 ->
    # 0.684 only because the gold now counts the printed communiqués w08, w12 as their issuers' claims (w08 not found)
    # and the round-up's "according to the defence ministry" (Niger's, read as Burkina's government: not found)
    "claims": {"precision": 0.900, "recall": 0.670},
    # contradictions 0.833/1.0 -> 1.0/1.0 (wire-disputes): Inékar's unidentified gunmen and the government telling the
    # massacre are no perpetrator versions
    "contradictions": {"precision": 1.000, "recall": 1.000},
    "control": {"precision": 1.000, "recall": 1.000},
}


run, report, test_second_blind_wire_score_not_below_floor = own_wire_set("wires_blind_2", FLOORS, TOLERANCE)


def test_the_base_attack_and_its_air_support_are_one_event(run):
    at_djibo = [e for e in run.view.events if e.location == "Djibo" and e.date and str(e.date.earliest) == "2026-08-09"]
    assert [e.event_type for e in at_djibo] == ["Battles"]
    assert {"w01_djibo_afp_en.txt", "w03_djibo_jnim_en.txt", "w04_djibo_aib_fr.txt"} <= files_of(run, at_djibo[0])
    assert at_djibo[0].disputed


def test_a_change_of_hands_recalled_on_its_month_is_no_event(run):
    """"In November 2023, the army regained control of the city of Kidal" and "In May 2025, JNIM
    fighters overran the town's army positions", told after the news: background, no event."""
    transfers = [e for e in run.view.events if e.sub_event_type.endswith("territory") and e.date
                 and e.date.latest.year < 2026]
    assert all(e.date.precision.value == "year" for e in transfers), [(e.location, e.date) for e in transfers]
