"""A blind multi-outlet wire set: ``tests/data/wires_blind/`` (b01-b18) and its gold
``tests/data/gold/wires_blind.yaml``, five invented incidents at real Sahel towns written before reading
the fusion code, the project's own wire set or its gold: a Western wire, Russian state media, a Ukrainian
outlet, an armed group's spokesman, local French copy and army communiqués; spellings, actor names, dates
relative to each outlet's day and tolls that disagree; a syndicated copy, a follow-up with a risen toll,
background paragraphs on older incidents, and a strike and an ambush the next day nearby that stay apart.

Scored as ``sitrep eval gold tests/data/gold/wires_blind.yaml --corpus tests/data/wires_blind`` scores it
(the CLI's default knowledge, no GeoNames dump; the dumps give the same figures).  Measured before any
fusion change (main 516114a): events 3/6 (P 0.250, 12 extracted), event_details 2/11, contradictions 2/5
(P 0.286), control 2/5.  After the fusion change: events 3/6 (P 0.333, 9 extracted), event_details 5/11
(P 0.833), contradictions 3/5 (P 0.500).  The three gold events still missed fail upstream (a date read
from « la veille » against the publication day, "Al Qaeda-linked JNIM" read as al-Qaeda, "Islamic
State-linked militants" as the Islamic State).  After the analysis fixes (« la veille » counted from the
day told, "eliminated more than 30" read as a clash with its toll, a dismissed capture claim read as a denial,
routed attackers a defenders' victory): events 4/6 (P 0.444),
event_details 7/11 (P 1.000), contradictions 3/5 (P 0.600), control 5/5.
The floors sit at the figures reached."""

from __future__ import annotations

import pytest

from .conftest import files_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
# raised on the merged main (3bc1a9e), where the blind wire pass's fixes meet the actor pass's (a parent that
# qualifies its named branch, "al-Qaeda-linked JNIM", is that branch): events 5/6, details 9/11, contradictions 4/5
# events precision raised after the recall mechanisms (a change of hands recalled on its month, an agency's
# "Earlier, …" recap): 5 of 7 extracted
FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    # events (2026-12-04, wire-leads): "Militants linked to the Islamic State group" in a Nigerien story that names
    # the Sahel province are that province: the Téra attack is matched (.714/.833 -> .857/1.0); its details are then
    # scored, and the fused toll (9 to 30: the attackers' dead summed in) misses the ministry's 6 (precision 1.0 -> .909)
    "events": {"precision": 0.857, "recall": 1.000},
    "event_details": {"precision": 0.909, "recall": 0.909},
    # claims (2026-12-04, wire-claims): the gold now lists every named party's statement (14 more, see its claims
    # note); unnamed sources and habitual stances are no claims: 21 of 21 extracted match, 21 of 26 found
    "claims": {"precision": 0.950, "recall": 0.780},
    "contradictions": {"precision": 0.800, "recall": 0.800},
    "control": {"precision": 1.000, "recall": 1.000},
}


run, report, test_blind_wire_score_not_below_floor = own_wire_set("wires_blind", FLOORS, TOLERANCE)


def test_one_strike_told_by_four_outlets_is_one_event(run):
    # b08 reads "Lere" as the Burkinabe homonym; b06 is a syndicated copy of b05
    strikes = [e for e in run.view.events if e.sub_event_type == "Air/drone strike"
               and files_of(run, e) & {"b05_lere_afp_fr.txt", "b07_lere_fama_fr.txt", "b08_lere_ukraine_en.txt"}]
    assert len(strikes) == 1
    assert {"b05_lere_afp_fr.txt", "b07_lere_fama_fr.txt", "b08_lere_ukraine_en.txt"} <= files_of(run, strikes[0])
    assert strikes[0].disputed


def test_a_strike_and_the_next_days_ambush_nearby_stay_two_events(run):
    mondoro = [e for e in run.view.events if e.date and e.date.earliest.year == 2026 and e.date.earliest.month >= 10
               and files_of(run, e) & {"b10_mondoro_reuters_en.txt", "b11_mondoro_local_fr.txt",
                                        "b12_mondoro_reuters_followup_en.txt"}]
    kinds = sorted(e.event_type for e in mondoro)
    assert kinds == ["Battles", "Explosions/Remote violence"]


def test_the_fight_that_took_the_camp_is_the_takeover(run):
    at_camp = [e for e in run.view.events if e.location == "Aguelhok" and e.date and str(e.date.earliest) == "2026-11-19"]
    assert [e.sub_event_type for e in at_camp] == ["Non-state actor overtakes territory"]
    assert {"b16_aguelhok_afp_fr.txt", "b18_aguelhok_reuters_en.txt"} <= files_of(run, at_camp[0])


def test_no_toll_is_counted_twice(run):
    """An event's best figure never exceeds the largest figure one of its reports gives: outlets'
    tolls of one incident are versions, not parts to add up."""
    figures = {m.mention_id: m.fatalities for a in run.view.analyses.values() for m in a.events}
    for e in run.view.events:
        told = [max(f.low or 0, f.high or 0) for r in e.reports if (f := figures.get(r.mention_id))]
        if e.fatalities_best:
            assert e.fatalities_best <= max(told, default=0), (e.event_id, e.fatalities_best, told)
