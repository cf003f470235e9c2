"""The twenty-fifth French blind wire set: ``tests/data/wires_blind_fr25/`` and its gold
``tests/data/gold/wires_blind_fr25.yaml`` (8 short French stories, September 2036, Burkinabè and Nigerien outlets: AIB,
Lefaso.net, Burkina24, ActuNiger, Aïr Info, the ORTN, Sidwaya, Wakat Séra), written with its gold before any run: an
attack on Titabé by « des hommes armés non identifiés » « dans la nuit du 3 au 4 », AIB's toll in letters with digits
(« vingt-trois (23) civils »), Lefaso.net spelling the village « Titabi » with « le 3 courant », « des jihadistes
présumés » and an inhabitant's « une vingtaine de corps », Burkina24 relaying « un communiqué du gouvernement de
transition lu jeudi soir au journal de 20 heures de la RTB »; the Nigerien transitional government's communiqué on the
attack of the Méhana position (ORTN's full text signed « Fait à Niamey », ActuNiger's relay: « individus armés présumés
membres de l'État islamique au Sahel », « dix-sept (17) de nos vaillants soldats … Côté ennemi, une trentaine »), Aïr
Info's « Mehanna », « samedi dernier » and local sources' « une cinquantaine de soldats »; the VDP of Baraboulé,
Sidwaya's « une vingtaine de VDP » against Wakat Séra's « en fin de semaine dernière » and « plus d'une trentaine »
by « des individus présumés membres du … (JNIM) ».

Measured on main (c9b6fa71) before any change: events, event_details, contradictions 1.000/1.000 (the vague counts,
hedged members, letters and « courant » dates were already read), places 0.889/0.800 (« Fait à Niamey » no place
mention, « département de Téra » the department), actors 0.909/0.909, claims 0.857/1.000 (« D'après des sources
locales jointes par Wakat Séra »: the outlet a person who speaks).  The gold was corrected once after that run, in its
format only (see its header: one alias for two governments, Téra's town and department); against the corrected gold
main gives places 0.900/0.900, actors and the rest 1.000 but claims 0.857/1.000.  After (frwires25): every section
1.000/1.000: an outlet of the outlet base is never a speaker (``analyse.speakers.names_an_outlet``), and a
communiqué's signing line « Fait à X » is kept as a segment for its place (``ingest.clean.signing_places``), which also
gives the twenty-third set's « Fait à Tinzaouaten ».  On that set too: a rough floor keeps its floor (« une vingtaine »
against « plus d'une trentaine » is a dispute, ``fuse.revisions.toll_range``), and Léré « commune du cercle de
Niafunké » is Timbuktu's Léré, not Mopti's.

Still weak (outside this set's score): « une vingtaine » against « une trentaine » (no floor) still reach each other
within the 20% slack; the RFI interview's answers (« Hamidou Guindo : … ») are no claim of the mayor's; the
twenty-second set's camp range 9–25 (a one-side count as the lowest) is left as the siblings' golds read it."""

from __future__ import annotations

import pytest

from .conftest import events_at, events_of, own_wire_set

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

run, report, test_twenty_fifth_french_blind_wire_score_not_below_floor = own_wire_set("wires_blind_fr25", FLOORS, TOLERANCE)

VILLAGE = ("a01_titabe_aib_fr.txt", "a02_titabi_lefaso_fr.txt", "a03_titabe_burkina24_fr.txt")
POSITION = ("b01_mehana_actuniger_fr.txt", "b02_mehanna_airinfo_fr.txt", "b03_mehana_ortn_fr.txt")
DETACHMENT = ("c01_baraboule_sidwaya_fr.txt", "c02_baraboule_wakatsera_fr.txt")


def test_each_incident_is_one_event_whatever_its_spelling(run):
    for files in (VILLAGE, POSITION, DETACHMENT):
        assert len(events_of(run, *files)) == 1, [(e.location, e.sub_event_type) for e in run.view.events]
    assert len(run.view.events) == 3


def test_a_toll_in_letters_and_a_vague_count_that_reaches_it_are_one_account(run):
    (village,) = events_of(run, *VILLAGE)
    assert (village.event_type, village.sub_event_type) == ("Violence against civilians", "Attack")
    assert village.fatalities_low <= 23 <= (village.fatalities_high or 0) and not village.disputed


def test_the_communiques_sides_are_summed_and_the_local_count_disputes_them(run):
    (position,) = events_of(run, *POSITION)
    assert position.actor1 == "islamic-state-sahel", position.actor1  # « présumés membres de l'État islamique au Sahel »
    assert position.fatalities_low == 47 and position.disputed, (position.fatalities_low, position.fatalities_high)


def test_two_vague_counts_that_do_not_reach_each_other_are_a_dispute(run):
    (detachment,) = events_of(run, *DETACHMENT)
    assert detachment.actor1 == "jnim" and detachment.disputed, detachment.actor1
    assert detachment.fatalities_low == 20


def test_the_signing_town_and_the_towns_people_go_to_are_no_scenes(run):
    assert not any(events_at(run, town) for town in ("Niamey", "Dori", "Djibo", "Sebba"))
