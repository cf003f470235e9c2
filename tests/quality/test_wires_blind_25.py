"""The twenty-fifth blind multi-outlet wire set: ``tests/data/wires_blind_25/`` and its gold ``tests/data/gold/wires_blind_25.yaml``
(9 articles, English and French, on one October 2028 week in Mali: the Tarkint clash told by RIA Novosti, the FLA's own
communiqué, AFP's « douze … selon des sources sécuritaires, quatre selon l'armée », a Reuters follow-up whose toll "rose to
40" and Ukrainska Pravda with promo padding; a Malian site's weekly round-up telling three incidents one paragraph each;
"Each side lost three men" at Monimpébougou; a roadside bomb near Dinangourou told by AFP and an undated Kibaru piece
whose toll rose), written with its gold before any run.

Its floors are what the branch that wrote it measured (events 1.000/1.000; event_details 1.000/1.000; claims
0.727/0.889; contradictions 0.667/1.000; before: events 0.600/1.000, event_details 0.800/0.800, claims 0.667/0.667,
contradictions 0.400/1.000), less the shared tolerance."""

from __future__ import annotations

import pytest

from .conftest import own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "actors": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 0.833, "recall": 0.833},
    "events": {"precision": 1.000, "recall": 1.000},
    "event_details": {"precision": 1.000, "recall": 1.000},
    "claims": {"precision": 0.727, "recall": 0.889},
    "contradictions": {"precision": 0.667, "recall": 1.000},
}

run, report, test_twenty_fifth_blind_wire_score_not_below_floor = own_wire_set("wires_blind_25", FLOORS, TOLERANCE)
