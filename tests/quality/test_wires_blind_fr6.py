"""A sixth blind French wire set: ``tests/data/wires_blind_fr6/`` (8 short French stories) and its gold
``tests/data/gold/wires_blind_fr6.yaml``: three invented incidents written before any run on them: the village of
Dioura attacked by night (AFP under a Bamako dateline with « dans la nuit de vendredi à samedi », Maliweb with
« L'attaque menée samedi dernier contre le village de … », L'Essor relaying the Government's communiqué), an army
convoy ambushed near Sebba (AIB relaying the General Staff with « mardi soir » and « ont perdu la vie », Lefaso.net
with « le 15 courant » and no attacker named, Sputnik Afrique with « la semaine dernière » and « ont péri »), armed
bandits attacking a village of Madarounfa (ActuNiger, Aïr Info relaying the prefect).

Measured on main (e02503b) before any change: events 0.25/0.333, claims 1.0/0.25, contradictions 0/0."""

from __future__ import annotations

import pytest

from .conftest import own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 0.250, "recall": 0.333},
}


run, report, test_sixth_french_blind_wire_score_not_below_floor = own_wire_set("wires_blind_fr6", FLOORS, TOLERANCE)
