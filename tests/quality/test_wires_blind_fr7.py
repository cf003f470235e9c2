"""A seventh blind French wire set: ``tests/data/wires_blind_fr7/`` (6 short French stories) and its gold
``tests/data/gold/wires_blind_fr7.yaml``: three invented incidents written before any run on them: the village of
Diallassagou attacked by night (RFI with « dans la nuit de samedi à dimanche » and villagers « retrouvés sans vie »,
the wounded and the abducted beside them; Studio Tamani with « Sept corps ont été découverts avant-hier » and a
wounded man who « a succombé », « ce qui porte le bilan à huit morts »), a clash at Nampala (AFP with « Des renforts
militaires ont été dépêchés mardi à Nampala, … où l'armée a affronté … » and « Bilan : une dizaine de morts »; Le Monde
Afrique with « En début de semaine » and « des dizaines de victimes »), a suspected thief beaten to death by a crowd
at Koutiala (Sahel Tribune « le 3 courant »; Le Républicain « a été lynché la semaine dernière »).

Measured on main (5a18859) before any change: events 0.667/0.667, event_details 0.667/0.4, claims 0.667/0.667,
contradictions 1.0/0.5 (RFI's « au moins neuf habitants ont été retrouvés sans vie » read as no toll, Studio Tamani's
« ce qui porte le bilan à huit morts » blanked as a running total, the lynched trader no death and no victim side).
After: events 1.0/1.0, event_details 1.0/0.8, claims 0.667/0.667, contradictions 1.0/0.5: the dead « retrouvés sans
vie », one who « a succombé » or « a rendu l'âme », one « lynché », a toll raised to a new total (replacing, not
adding to, the lead's figure), the person a crowd killed a civilian.  Then (branch frwires) contradictions 1.0/1.0:
a stated floor above an exact figure is a dispute even one death apart (« au moins neuf » against eight), so
Diallassagou is flagged disputed.  Still weak: Le Monde's « Les autorités militaires »
speaks for the government, not the army."""

from __future__ import annotations

import pytest

from .conftest import events_at, files_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 1.000, "recall": 1.000},
    "event_details": {"precision": 1.000, "recall": 0.800},
    "contradictions": {"precision": 1.000, "recall": 1.000},
    "claims": {"precision": 0.667, "recall": 0.667},
    "actors": {"precision": 1.000, "recall": 1.000},
}


run, report, test_seventh_french_blind_wire_score_not_below_floor = own_wire_set("wires_blind_fr7", FLOORS, TOLERANCE)


def test_the_bodies_found_and_the_wounded_man_who_died_are_counted_not_the_abducted(run):
    village = events_at(run, "Diallassagou")
    assert len(village) == 1 and village[0].sub_event_type == "Attack"
    low = village[0].fatalities_low if village[0].fatalities_low is not None else village[0].fatalities_best
    assert low is not None and 7 <= low <= 9


def test_the_place_reinforcements_were_sent_to_is_the_place_of_the_clash(run):
    clash = events_at(run, "Nampala")
    assert len(clash) == 1 and clash[0].sub_event_type == "Armed clash"
    assert len(files_of(run, clash[0])) == 2


def test_a_thief_beaten_to_death_by_a_crowd_is_mob_violence_with_one_dead(run):
    lynching = events_at(run, "Koutiala")
    assert len(lynching) == 1 and lynching[0].sub_event_type == "Mob violence"
    assert lynching[0].fatalities_best == 1
    assert (lynching[0].actor1, lynching[0].actor2) == ("rioters-mali", "civilians-mali")
