"""A third blind French wire set: ``tests/data/wires_blind_fr3/`` (6 short stories) and its gold
``tests/data/gold/wires_blind_fr3.yaml``: three invented incidents each told by two outlets, written before
reading the fusion code (wire-fusion round): « samedi dernier » in a Tuesday story, « hier jeudi » and « jeudi
dernier », a village told only as near the dateline or chief town (« un village proche de Téra », « à une
vingtaine de kilomètres de Niono »), tolls as floors and round numbers (« au moins sept civils », « une dizaine de
villageois », « douze civils » after « une dizaine de morts »), no named perpetrator.

Measured on main (eb25aab) before any change: events 1.0/1.0, documents 0.833 (AFP's and AIB's datelines with
an abbreviated month, « 6 déc 2026 », « 16 déc. 2026 », undated), one contradiction extra (a provisional « une
dizaine » and the final twelve).  After: the French wires' abbreviations are read (documents 1.0 on the texts
as first written; the set was then moved 35 days earlier so no text is dated after the day of reading).
Still weak: a provisional toll and its update in the same outlet's story are read as two sources' dispute."""

from __future__ import annotations

import pytest

from .conftest import files_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 1.000, "recall": 1.000},
    "event_details": {"precision": 1.000, "recall": 1.000},
    # no contradiction (wire-disputes, was 2 false ones): four and five soldiers are one death apart, and « une
    # dizaine » against twelve is within an approximate figure's slack
    "contradictions": {"precision": 1.000, "recall": 1.000},
}


run, report, test_third_blind_french_wire_score_not_below_floor = own_wire_set("wires_blind_fr3", FLOORS, TOLERANCE)


@pytest.mark.parametrize("pair, town", [
    ({"x01_tera_actuniger_fr.txt", "x02_tera_afp_fr.txt"}, "Téra"),
    ({"y01_niono_tamani_fr.txt", "y02_niono_journaldumali_fr.txt"}, "Niono"),
    ({"z01_kaya_aib_fr.txt", "z02_kaya_lefaso_fr.txt"}, "Kaya"),
])
def test_each_pair_of_stories_is_one_event_at_the_town_it_is_near(run, pair, town):
    events = [e for e in run.view.events if pair & files_of(run, e)]
    assert len(events) == 1 and pair <= files_of(run, events[0]) and events[0].location == town
