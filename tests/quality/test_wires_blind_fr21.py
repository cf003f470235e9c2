"""The twenty-first French blind wire set: ``tests/data/wires_blind_fr21/`` and its gold
``tests/data/gold/wires_blind_fr21.yaml`` (8 short French stories, August 2032, in outlets the earlier sets do not
have: Mali Actu, Sidwaya, TV5Monde; with an EMGA communiqué, Studio Tamani, Lefaso.net, ActuNiger and Aïr Info), written
with its gold before any run: a JNIM attack on the Saraféré post (cercle de Niafunké) that the EMGA says it repelled
(« côté ami : trois (03) morts … ; côté ennemi : une quinzaine de terroristes neutralisés » listed a side a line) while
local sources count « une vingtaine de soldats » and the JNIM « une quarantaine »; an attack on Pissélé (commune rurale
de Bourzanga) told « jeudi dernier », « dont cinq femmes et quatre enfants », « lâchement assassinées », with the missing
and the wounded; an IS ambush near Taratako « le 3 courant », « à une trentaine de kilomètres au nord-ouest de Téra »,
with « neuf militaires tombés …, onze blessés et quatre portés disparus », the Amaq agency and « en début de semaine ».

Measured by the branch that wrote it (the gold corrected once after the first run: « le département de Tera » is the
department, see the gold's header).  Before: documents 0.909/0.909, events 0.600/1.000 (an abduction from « portés
disparus », a weapons seizure placed at Amaké in Mauritania for « son agence Amaq »), claims 1.000/0.625 (no ministry
behind « a annoncé hier soir le ministère », « avait annoncé neuf soldats tués », no government behind « Selon le
communiqué »), contradictions 0.667/1.000 (a count dispute over « quatre enfants » of a « dont » list), the EMGA's
listed toll lost and Mali Actu's « Dix-huit personnes …, dont trois soldats : une quinzaine d'assaillants » read as 33.
After: every section 1.000/1.000.  Still weak (outside the set's score): a sentence that condemns « l'attaque perpétrée
dimanche contre X » is read as a reaction, so a story whose only other toll sentence has no place yields no event."""

from __future__ import annotations

import pytest

from .conftest import events_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "actors": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 1.000, "recall": 1.000},
    "event_details": {"precision": 1.000, "recall": 1.000},
    "claims": {"precision": 1.000, "recall": 1.000},
    "contradictions": {"precision": 1.000, "recall": 1.000},
}

run, report, test_twenty_first_french_blind_wire_score_not_below_floor = own_wire_set("wires_blind_fr21", FLOORS, TOLERANCE)

POST = ("a01_sarafere_emga_fr.txt", "a02_sarafere_maliactu_fr.txt", "a03_sarafere_tamani_fr.txt")
VILLAGE = ("b01_pissele_lefaso_fr.txt", "b02_pissele_sidwaya_fr.txt", "b03_pissele_tv5monde_fr.txt")
AMBUSH = ("c01_taratako_actuniger_fr.txt", "c02_taratako_airinfo_fr.txt")


def test_each_incident_is_one_event_and_the_missing_none(run):
    for files in (POST, VILLAGE, AMBUSH):
        assert len(events_of(run, *files)) == 1, [(e.location, e.sub_event_type) for e in run.view.events]
    assert len(run.view.events) == 3
    assert all(e.sub_event_type != "Abduction/forced disappearance" for e in run.view.events)


def test_the_communiques_listed_sides_and_the_total_with_its_parts_give_one_toll(run):
    (post,) = events_of(run, *POST)
    assert post.fatalities_low == 18 and post.fatalities_high is not None and post.fatalities_high <= 20, \
        (post.fatalities_low, post.fatalities_high)  # 3 + 15 (EMGA), « Dix-huit … dont trois soldats », never 33


def test_the_ambush_sums_both_sides_and_keeps_the_soldiers_dispute(run):
    (ambush,) = events_of(run, *AMBUSH)
    assert ambush.fatalities_low == 29, ambush.fatalities_low  # 9 soldiers + « une vingtaine » of terrorists
    assert ambush.disputed


def test_a_list_of_the_dead_women_and_children_is_no_rival_count(run):
    (village,) = events_of(run, *VILLAGE)
    assert not any(d.kind == "count" for d in village.disputes), [d.description for d in village.disputes]
