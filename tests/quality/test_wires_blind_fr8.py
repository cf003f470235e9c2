"""An eighth blind French wire set: ``tests/data/wires_blind_fr8/`` (7 short stories, 5 French, 2 English) and its gold
``tests/data/gold/wires_blind_fr8.yaml``: three invented incidents written before any run on them: a village near
Diafarabé attacked by night (AFP under a MOPTI dateline, « Au moins sept civils … ont été tués dans la nuit de samedi
à dimanche » in « un village proche de Diafarabé », five wounded; L'Essor relaying the Security ministry, « a fait
état de huit morts et de cinq blessés » for « samedi dernier »), JNIM's attack on the Sokolo army camp (RFI « au moins
neuf morts parmi les militaires maliens, et d'une quinzaine de blessés »; Reuters "the transitional government put the
number of soldiers killed at eight, with 13 wounded, and said 'dozens of terrorists' had been neutralised"; The
Defense Post relaying JNIM's undated claim beside January 2020, 2021 and 2022 as background), and a bus on an IED near
Boni (Journal du Mali « Un car … reliant Gao à Mopti a heurté hier jeudi un engin explosif improvisé à une quinzaine
de kilomètres de Boni » and « Selon un bilan officiel provisoire, dix passagers ont perdu la vie »; Le Monde Afrique
« La semaine dernière, une dizaine de passagers ont péri »).

Measured on main (6e9e5d1) before any change: events 0.6/1.0, event_details 0.667/0.5, claims 1.0/0.5, contradictions
0.0/0.0, places 1.0/1.0, actors 1.0/0.833 (event_details 1.0/0.75 once the gold's Sokolo minimum was corrected from 8
to 9 after that run: the government's total holds its "dozens" neutralised).  Missed: the government's toll "put the
number of soldiers killed at eight" and « Selon un bilan officiel provisoire » as claims; the bus placed at Gao, the
journey's first end, as a second event.
After: events 0.75/1.0, event_details 1.0/0.75, claims 1.0/1.0, contradictions 0.0/0.0: an institution's toll given
or set is its claim (« selon un bilan officiel » the government's), "the number of soldiers killed at eight" is a
toll, the spot told by its distance beats the ends of a journey (« reliant Gao à Mopti »).  Still weak: the ministry
that told the Diafarabé attack is read as the other side of a clash (an extra event); Sokolo is not disputed, as the
government's eight soldiers stand in one sentence with its "dozens of terrorists", whose sum is above RFI's floor.
Wire-fusion round (wiresfix): a ministry that tells a deed is no party to it (the Diafarabé report joins the
village attack); the government's exact eight beside its vague "dozens" is summed (20, open) but compared by its
eight, and RFI's « au moins neuf morts parmi les militaires », told beside its report, enters the toll dispute:
events .75/1.0 -> 1.0/1.0, event_details 1.0/.75 -> 1.0/1.0, contradictions 0/0 -> 1.0/1.0."""

from __future__ import annotations

import pytest

from .conftest import events_at, files_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 1.000, "recall": 1.000},
    "event_details": {"precision": 1.000, "recall": 1.000},
    "contradictions": {"precision": 1.000, "recall": 1.000},
    "claims": {"precision": 1.000, "recall": 1.000},
    "actors": {"precision": 1.000, "recall": 0.833},
}


run, report, test_eighth_french_blind_wire_score_not_below_floor = own_wire_set("wires_blind_fr8", FLOORS, TOLERANCE)


def _speakers(run, name):
    doc_id = run.view.documents[name].doc_id
    return {c.speaker for c in run.view.claims if c.span.doc_id == doc_id}


@pytest.mark.parametrize("name", ["m02_diafarabe_essor_fr.txt", "n02_sokolo_reuters_en.txt",
                                  "p01_boni_journaldumali_fr.txt"])
def test_an_institutions_toll_is_the_governments_claim(run, name):
    assert "government-of-mali" in _speakers(run, name)


def test_the_village_near_diafarabe_is_placed_there_not_at_the_dateline(run):
    village = [e for e in events_at(run, "Diafarabé") if e.sub_event_type == "Attack"]
    assert len(village) == 1 and village[0].fatalities_low == 7
    assert not events_at(run, "Mopti")


def test_the_bus_is_placed_at_the_spot_told_by_its_distance_not_at_an_end_of_its_journey(run):
    bus = events_at(run, "Boni")
    assert len(bus) == 1 and files_of(run, bus[0]) == {"p01_boni_journaldumali_fr.txt", "p02_boni_lemonde_fr.txt"}
    assert bus[0].fatalities_best == 10
    assert not events_at(run, "Gao")


def test_the_undated_claim_relay_joins_the_camp_attack(run):
    camp = events_at(run, "Sokolo")
    assert len(camp) == 1 and "n03_sokolo_defensepost_en.txt" in files_of(run, camp[0])
    assert str(camp[0].date.earliest) == "2027-02-09"


def test_the_ministry_that_tells_the_village_attack_is_no_side_of_it(run):
    # « Le ministère de la Sécurité … a fait état de huit morts … à la suite de l'attaque … contre un hameau »
    village = [e for e in events_at(run, "Diafarabé")]
    assert len(village) == 1 and "m02_diafarabe_essor_fr.txt" in files_of(run, village[0])
    assert village[0].event_type == "Violence against civilians"


def test_the_vague_count_of_enemy_dead_leaves_the_soldiers_toll_disputed(run):
    # the government's eight soldiers and "dozens of terrorists" against RFI's « au moins neuf morts parmi les militaires »
    (camp,) = events_at(run, "Sokolo")
    assert camp.disputed and camp.fatalities_low <= 9
