"""The twenty-sixth blind multi-outlet wire set: ``tests/data/wires_blind_26/`` and its gold ``tests/data/gold/wires_blind_26.yaml``
(10 English articles on one March 2029 week in Mali and Niger: a BBC live page whose timestamped updates run newest first;
TASS relaying the General Staff's "dozens of terrorists"; Reuters' "more than 20" and JNIM's 40; a Malian radio's "up to
40"; a Ukrainian outlet naming "the Mondoro base attack" without its day, "Wagner" and "CSP-DPA" for the Africa Corps and
the FLA; AFP quoting the FLA spokesman's post on X and Sputnik relaying the army on one ambush near Anefis; Reuters
placing a Niger massacre "in the Ayorou area" and an AFP follow-up moving it to Kandadji, 15 km away, with its toll
risen from 12 to 22; an analysis recalling three older attacks, none of them an event), written with its gold before any
run.

Its floors are what the branch that wrote it measured (events 1.000/1.000; event_details 0.833/0.833; claims
0.867/0.765; contradictions 0.600/1.000; documents 1.000; before: events 0.400/0.667, event_details 1.000/0.500,
claims 0.867/0.765, contradictions 0.250/0.333, documents 0.955), less the shared tolerance."""

from __future__ import annotations

import pytest

from .conftest import own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "actors": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 0.800, "recall": 0.800},
    "events": {"precision": 1.000, "recall": 1.000},
    "event_details": {"precision": 0.833, "recall": 0.833},
    "claims": {"precision": 0.867, "recall": 0.765},
    "contradictions": {"precision": 0.600, "recall": 1.000},
}

run, report, test_twenty_sixth_blind_wire_score_not_below_floor = own_wire_set("wires_blind_26", FLOORS, TOLERANCE)
