"""A second own set of twelve short French wire stories: ``tests/data/wires_blind_fr2/`` (g01-g12) and its gold
``tests/data/gold/wires_blind_fr2.yaml``, written before any fix in outlet styles the first French set lacks: Studio
Tamani, Le Sahel (Niamey) relaying the defence ministry, AIB and Burkina24, ORTM's evening news, the Malian general
staff's communiqué (« L'état-major général des armées informe »), a rebel communiqué (FLA), a story dated only « la
semaine dernière », a weekly round-up of three incidents, datelines other than the event's place.

Measured on main (456e88b): events P/R 0.667/0.571, event_details (tolls) P 0.833 R 0.385: leads whose deed the
cues did not read (« a été prise à partie par des terroristes », « ont fait irruption hier lundi au marché …,
ouvrant le feu sur les commerçants »), tolls told as a communiqué's two sides (« côté ami, quatre morts ; côté
terroriste, plus d'une trentaine de corps »), over a paragraph after the lead (« La riposte … . Le bilan fait état de
… . Malheureusement, neuf de nos militaires sont tombés au champ d'honneur »), « deux martyrs », the wounded taken to
« the centre hospitalier régional de X » read as a new scene.  With this branch: events 0.714/0.714, tolls P 1.0 R
0.692 (every matched event has its toll).  Still weak (other modules): the Niger army and ministry read as Mali's
(« Forces de défense et de sécurité », « ministère de la Défense nationale » under a Niamey dateline; « Au Niger, …
un convoi militaire »), the soldiers of Tassara not side 2, the Malian army not side 1 of the drone strike it owns a
paragraph later (« l'armée malienne affirme avoir ciblé »), Tombouctou placed at the region's point.  The floors sit
a little under the branch's figures."""

from __future__ import annotations

import pytest

from .conftest import only_event_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 0.950, "recall": 0.950},
    "places": {"precision": 0.900, "recall": 0.900},
    # events 0.786 -> 0.857: Tassara's post attack now has the army on side 2 and is matched; its toll (12, the gold's
    # lowest is 9) was already wrong while unmatched, so event_details precision 1.0 -> 0.909 at an unchanged recall
    "events": {"precision": 0.800, "recall": 0.800},
    "event_details": {"precision": 0.900, "recall": 0.650},
    # claims 0.75/0.75 -> 0.8/1.0 (wire-disputes): « …, informe un communiqué du ministère … » is the ministry's
    "claims": {"precision": 0.800, "recall": 1.000},
}

run, report, test_second_french_wire_score_not_below_floor = own_wire_set("wires_blind_fr2", FLOORS, TOLERANCE)


# (story, ACLED sub-event type): leads told in a communiqué's or a local radio's words
LEADS = [
    ("g02_ouallam_lesahel_fr.txt", "Armed clash"),      # « une patrouille … a été prise à partie … par des terroristes »
    ("g04_nouna_burkina24_fr.txt", "Attack"),           # « ont fait irruption hier lundi au marché …, ouvrant le feu sur »
    ("g06_niafunke_emga_fr.txt", "Armed clash"),        # « le poste … a fait l'objet d'une attaque complexe »
]


@pytest.mark.parametrize("name, sub_event_type", LEADS)
def test_each_communique_lead_is_one_event_of_its_kind(run, name, sub_event_type):
    assert only_event_of(run, name).sub_event_type == sub_event_type


# (story, ACLED's figure): tolls told side by side, over the paragraph after the lead, or with the missing apart
TOLLS = [
    ("g01_diafarabe_tamani_fr.txt", 7),    # « au moins sept civils »; « trois autres … portés disparus » are not dead
    ("g02_ouallam_lesahel_fr.txt", 29),    # « une vingtaine de terroristes neutralisés » + « neuf de nos militaires »
    ("g04_nouna_burkina24_fr.txt", 12),    # « le bilan provisoire est de douze morts », wounded taken to Dédougou
    ("g06_niafunke_emga_fr.txt", 34),      # « côté ami, quatre morts ; côté terroriste, plus d'une trentaine »
    ("g07_aguelhok_fla_fr.txt", 17),       # « une quinzaine de morts » (the enemy) + « deux martyrs »
]


@pytest.mark.parametrize("name, toll", TOLLS)
def test_each_communique_toll_sums_its_sides(run, name, toll):
    event = only_event_of(run, name)
    assert (event.fatalities_best if event.fatalities_best is not None else event.fatalities_low) == toll
