"""A ninth blind French wire set: ``tests/data/wires_blind_fr9/`` (8 short French stories) and its gold
``tests/data/gold/wires_blind_fr9.yaml``: five invented incidents written before any run on them: a village near
Tominian encircled before the shooting (Studio Tamani « Des hommes armés ont encerclé un village proche de Tominian
dans la nuit de dimanche à lundi avant d'ouvrir le feu sur les habitants », « une dizaine de morts »; AFP « Au moins
neuf civils ont été tués »), the Gorom-Gorom army detachment (RFI « a été la cible d'une attaque mardi », « au moins
neuf morts parmi les soldats »; Jeune Afrique « Dans un communiqué publié jeudi soir, l'état-major … sept militaires
avaient été tués … lors de l'attaque qui a visé mardi dernier le détachement » and « Le JNIM, affilié à Al-Qaïda, a
revendiqué l'assaut »), five hostages freed near Diéma « en échange de prisonniers » (AFP « enlevés en janvier …, ont
été remis en liberté samedi »; Jeune Afrique « les cinq ouvriers enlevés sur la route de Nioro ont retrouvé les
leurs »), a village chief « abattu hier soir » near Niafunké (his nephew « blessé par balle et évacué vers le centre
de santé »), and a crowd that « a blessé deux gendarmes aujourd'hui à Kita ».

Measured on main (d7c125f) before any change: events 0.3/0.6, event_details 1.0/0.167, claims 1.0/0.5,
contradictions 0.0/0.0, places 1.0/1.0, actors 1.0/1.0.  Missed: Gorom-Gorom as two events (the General Staff's
report dated by its communiqué's Thursday, its claimer read as Al-Qaïda, RFI's report with no sides and no toll);
the Diéma exchange with no second side; extras: the January kidnapping and the Nioro « enlevés » as new abductions,
the nephew's evacuation as a territory handed over, the gendarmes' burnt vehicle as a looting of its own.
After (frenchwires): events 0.5/0.8, event_details 1.0/0.5, claims 1.0/0.5, contradictions 0.5/1.0: a day in a
relative clause on the incident itself is its day, the parent a group is tied to is no claimer, a position
« a été attaqué(e) » is a clash, « neuf morts parmi les soldats » counts the soldiers' dead (no new doer), « évacué
vers » a clinic is no withdrawal, and the captives' taking told as a participle neither dates nor makes the event.
Still weak: the Diéma exchange has no second side (« Bamako » for the government), the releases are two more
strategic developments beside it, the burnt vehicle stays a looting, the chief's death has no figure (his office
told with a long complement between commas), and the wounded counts of RFI and Jeune Afrique make a dispute.
After (frwires2): claims 1.0/1.0: « Dans un communiqué publié jeudi soir, l'état-major … a indiqué » has its speaker
again (the small model read it as the fronted participle's object)."""

from __future__ import annotations

import pytest

from .conftest import events_at, files_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 1.000, "recall": 1.000},
    "actors": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 0.500, "recall": 0.800},
    "event_details": {"precision": 1.000, "recall": 0.500},
    "contradictions": {"precision": 0.500, "recall": 1.000},
    "claims": {"precision": 1.000, "recall": 1.000},
}


run, report, test_ninth_french_blind_wire_score_not_below_floor = own_wire_set("wires_blind_fr9", FLOORS, TOLERANCE)


def test_the_detachment_is_one_disputed_clash_of_jnim_on_its_tuesday(run):
    (camp,) = events_at(run, "Gorom-Gorom")
    assert files_of(run, camp) == {"r01_gorom_rfi_fr.txt", "r02_gorom_jeuneafrique_fr.txt"}
    assert camp.actor1 == "jnim" and str(camp.date.earliest) == str(camp.date.latest) == "2027-03-09"
    assert camp.disputed and camp.fatalities_low == 7


def test_the_village_encircled_before_the_shooting_is_one_attack_told_by_both(run):
    (village,) = events_at(run, "Tominian")
    assert village.sub_event_type == "Attack" and village.fatalities_low == 9
    assert files_of(run, village) == {"q01_tominian_tamani_fr.txt", "q02_tominian_afp_fr.txt"}


def test_the_wounded_nephews_evacuation_is_no_territory_handed_over(run):
    assert [e.sub_event_type for e in events_at(run, "Niafunké")] == ["Attack"]
    assert str(events_at(run, "Niafunké")[0].date.earliest) == "2027-03-10"  # « hier soir » in a paper of Thursday 11


def test_the_captives_taking_told_as_a_participle_is_no_new_abduction(run):
    assert not [e for e in run.view.events if e.sub_event_type == "Abduction/forced disappearance"]


def test_the_crowd_that_wounded_gendarmes_is_mob_violence_of_the_day(run):
    riots = [e for e in events_at(run, "Kita") if e.event_type == "Riots"]
    assert len(riots) == 1 and riots[0].sub_event_type == "Mob violence"
    assert str(riots[0].date.earliest) == "2027-03-17"
