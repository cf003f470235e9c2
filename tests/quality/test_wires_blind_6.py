"""A sixth blind multi-outlet wire set: ``tests/data/wires_blind_6/`` (14 articles) and its gold
``tests/data/gold/wires_blind_6.yaml``: five invented incidents at real Sahel towns, each told by two to four
outlets, written before reading the fusion code: an FLA ambush near Anéfis (Reuters naming the FLA as the CSP's
heir, AFP French quoting its spokesman on "Wagner mercenaries", TASS relaying the General Staff), an army drone
strike near Ténenkou (L'Essor's communiqué, RFI with an association's count of civilians, RIA Novosti), a market
massacre at Banibangou (ActuNiger, AFP with the government's toll, Al Jazeera two days later with a risen toll), and
two attacks of one Sunday in Oudalan about 37 km apart, the army base at Gorom-Gorom (Lefaso.net, AFP on France
24's day-first stamp) and a VDP post at Markoye (Burkina24, AP naming the other attack), plus a weekly round-up
telling three incidents and recalling a fourth.

Measured on main (456e88b) before any change: events 0.3/0.6 (Markoye's AP report merged into Gorom-Gorom's
event, the round-up's Banibangou paragraph apart from AFP's over its "gunmen", L'Essor's « ces frappes ont permis
de neutraliser… » a battle of its own), contradictions 0.2/0.2.  After: the seat told as the incident's own place
and a village 37 km off stay two events (``nearness.seat_itself_far``, also in the chain cut), "gunmen" leave
the perpetrator open, the strike's toll is the strike: events 0.333/0.6, contradictions 0.5/0.4.  Still weak
(outside fusion): the embedded gazetteer reads Anéfis as a well 276 km off and one Bani Bangou as its homonym;
several leads are no event mention (Burkina24's, ActuNiger's, Al Jazeera's, RFI's); "a pro-government volunteer
militia" is no VDP; the round-up's "after the FLA ambush near Anefis in October" is read as news.  The floors sit
at the figures reached.  Leads round (wire-leads): Burkina24's and ActuNiger's leads, a time told between verb and
object, are read on the parse (an armed subject of a verb of violence); the doers' looting told next is part of the
attack; armed men "firing into the crowd" at a market attack civilians, and a witness's or survivor's object is the
doer of the deed told after it; "a pro-government volunteer militia" is the VDP; the round-up's Markoye paragraph
("targeted a VDP position") is a clash and "after the FLA ambush near Anefis in October" a landmark, no news:
events 0.333/0.6 -> 0.571/0.8 (left: Anéfis placed 276 km off, Banibangou's homonym, Markoye read in Balé).
Ingest round: the outlets the sources speak to ("told Al Jazeera", « joint par RFI »),
the round-up's masthead before its date and Al Jazeera's headline ending on a figure: documents 0.968 -> 1.0.
Places round (wireplaces): one Bani Bangou per article (ActuNiger's and Al Jazeera's were the homonym 182 km off,
pulled there by the seat town of « la région de Tillabéri »), and « la province de l'Oudalan » read by the model
up to its article no longer fuzzy-matched to the Balé province (Boromo, 455 km off): places .778 -> 1.0,
events .714/1.0 -> 1.0/1.0, contradictions 1.0/.5 -> 1.0/.833."""

from __future__ import annotations

import pytest

from .conftest import files_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "actors": {"precision": 0.923, "recall": 0.923},
    "events": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 1.000, "recall": 1.000},
    # claims 0.727/0.571 -> 0.769/0.714 (wire-disputes): « Dans un communiqué …, l'état-major … informe que », and
    # « a déclaré à l'AFP le porte-parole du FLA, Elhadj Ag Bouya », the name the parser split read whole
    "claims": {"precision": 0.750, "recall": 0.700},
    "contradictions": {"precision": 1.000, "recall": 0.833},
}


run, report, test_sixth_blind_wire_score_not_below_floor = own_wire_set("wires_blind_6", FLOORS, TOLERANCE)


def _event_of(run, file_name: str, town: str):
    return [e for e in run.view.events if file_name in files_of(run, e) and e.location == town]


def test_two_attacks_of_one_sunday_37_km_apart_stay_two(run):
    gorom = {e.event_id for e in run.view.events if e.location == "Gorom-Gorom"}
    markoye = {e.event_id for e in run.view.events if e.location == "Markoye"}
    assert gorom and markoye and not gorom & markoye
    for e in run.view.events:
        assert not {"b01_goromgorom_lefaso_fr.txt", "c02_markoye_ap_en.txt"} <= files_of(run, e)


def test_one_base_attack_is_one_event_across_outlets(run):
    events = [e for e in run.view.events if e.location == "Gorom-Gorom"]
    assert len(events) == 1
    assert {"b01_goromgorom_lefaso_fr.txt", "b02_goromgorom_afp_en.txt", "r01_sahel_weekly_en.txt"} <= files_of(run, events[0])


def test_the_round_ups_gunmen_join_the_named_groups_massacre(run):
    together = [e for e in run.view.events
                if {"d02_banibangou_afp_en.txt", "r01_sahel_weekly_en.txt"} <= files_of(run, e)]
    assert len(together) == 1 and together[0].event_type == "Violence against civilians"


def test_the_strikes_toll_is_no_battle_of_its_own(run):
    essor = [e for e in run.view.events if "e01_tenenkou_lessor_fr.txt" in files_of(run, e)]
    assert len(essor) == 1 and essor[0].sub_event_type == "Air/drone strike"


def test_the_outlets_are_read_from_what_the_pages_tell(run):
    outlet_of = {name: d.outlet for name, d in run.view.documents.items()}
    assert outlet_of["d03_banibangou_aljazeera_en.txt"] == "Al Jazeera"
    assert outlet_of["e02_tenenkou_rfi_fr.txt"] == "RFI"
    assert outlet_of["r01_sahel_weekly_en.txt"] == "The Sahel Observer"


def test_every_spelling_of_bani_bangou_is_one_town(run):
    """"Banibangou", "Bani-Bangou", "Bani Bangou": the market town, never its homonym 182 km south-west."""
    towns = {e.location for e in run.view.events if "bangou" in (e.location or "").lower()}
    assert len(towns) == 1
    assert not [e for e in run.view.events if e.location == "Boromo"]
