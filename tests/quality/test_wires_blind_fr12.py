"""The twelfth blind French wire set, ``tests/data/wires_blind_fr12/`` (gold ``tests/data/gold/wires_blind_fr12.yaml``):
the Islamic State's attack on the Mangaïzé position (Niger's ministry communiqué, ActuNiger, Wamaps relaying the IS
claim « a revendiqué l'attaque menée dimanche contre le camp militaire de Mangaïzé ») and JNIM's ambush near Hombori
(AFP « fait état de six morts … dans ses rangs, et affirme qu'« une quinzaine de terroristes » ont été neutralisés »,
RFI, Mali Tribune).

Re-measured on main (a0f8f2d): events 0.25/0.5, event_details 0.5/0.25, contradictions 1.0/0.5.  The IS claim was
read as property destruction (« incendié deux blindés »), so the ministry's report stayed apart at Ouallam; the
Hombori toll was the army's six dead, the « quinzaine » of attackers left out.
After (frwires5): events 0.667/1.0, event_details 1.0/1.0, contradictions 1.0/1.0.
Still weak: residents' « les assaillants ont incendié plusieurs boutiques » (ActuNiger) is an attack on civilians of
its own; Mangaïzé in the communiqué's « à Mangaïzé, dans le département de Ouallam » is not resolved (fusion places
the event by the other reports)."""

from __future__ import annotations

import pytest

from .conftest import events_at, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 0.667, "recall": 1.000},
    "event_details": {"precision": 1.000, "recall": 1.000},
    "claims": {"precision": 1.000, "recall": 1.000},
    "contradictions": {"precision": 1.000, "recall": 1.000},
}


run, report, test_twelfth_french_blind_wire_score_not_below_floor = own_wire_set("wires_blind_fr12", FLOORS, TOLERANCE)


def test_the_claimed_camp_attack_is_the_ministrys_armed_clash(run):
    clashes = [e for e in events_at(run, "Mangaïzé") if e.event_type == "Battles"]
    assert len(clashes) == 1 and clashes[0].sub_event_type == "Armed clash"
    assert "islamic-state-sahel" in {clashes[0].actor1, clashes[0].actor2}
    assert not [e for e in events_at(run, "Mangaïzé") if e.sub_event_type == "Looting/property destruction"]


def test_both_sides_dead_of_the_hombori_ambush_are_summed(run):
    (ambush,) = events_at(run, "Hombori")
    assert ambush.fatalities_low <= 21 <= (ambush.fatalities_high or 21), (ambush.fatalities_low, ambush.fatalities_high)
    assert ambush.fatalities_high is not None and ambush.fatalities_high >= 21   # the army's 6 + 15, never 6 alone
