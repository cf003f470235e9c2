"""A thirteenth blind French wire set: ``tests/data/wires_blind_fr13/`` (8 short French stories) and its gold
``tests/data/gold/wires_blind_fr13.yaml``: five invented incidents written before any run on them, in registers the
earlier sets lack: a weekly bulletin of Niger's defence ministry listing several operations (a patrol attacked near
Sinégodar, « Nos vaillants soldats ont riposté »; air strikes on Boko Haram near Bosso) and a site relaying it; JNIM's
claim relayed by a Mauritanian outlet (« a revendiqué l'attaque menée vendredi à l'aube contre le camp militaire de
Diafarabé », « (JNIM), affilié à Al-Qaïda ») against the Malian general staff's reply in a Bamako paper (« a reconnu que
le poste militaire de Diafarabé avait fait l'objet d'une attaque »); the general staff's third-person communiqué
(« L'état-major général des armées informe l'opinion nationale et internationale que … ») against AFP quoting the
FLA (« de lourdes pertes à l'armée malienne et à ses alliés russes d'Africa Corps »); an AIB report of a VDP ambush
near Toéni (« cinq VDP sont tombés les armes à la main »).

Measured on main (a0f8f2d) before any change: events 0.143/0.2, event_details 1.0/0.143, claims 0.714/0.714,
contradictions 0.0/0.0, places 0.9/0.692.  Missed: the claim of the attack on the Diafarabé camp told no event (an
air strike from a background sentence instead); the general staff, parsed as the subject of the attack it suffered,
became the Diafarabé attacker; Boko Haram, named for the Bosso strikes, became the Sinégodar attackers (still so in the relay: a group named in a
later sentence about another place is still lent to an unnamed attacker — skipping it cost wires_blind its Mondoro
strike); the FLA's
« pertes à l'armée malienne et à ses alliés russes » lost the army; the Toéni VDP « tombés les armes à la main » were
no dead.
After (frwires5): events 0.667/0.8, event_details 0.833/0.714, contradictions 0.667/1.0, the rest unchanged.
Still weak: the Bosso strikes, placed at Tillabéri until frwires6 (the parser cut « Boko | Haram sur une île du lac
Tchad, au nord-est de Bosso. » into a verbless fragment read as a title-case headline), are now at Bosso but still
lack Boko Haram as their target; the relay's Bosso sentence (« Le même document fait état … ») tells no event of
its own; the Bamako paper's army toll is read from « le bilan de dix-huit morts avancé par les
terroristes »; the relay of a bulletin (Aïr Info) is no claim of the ministry; spellings Siné Godar / Bani Bangou /
Anefis i-n-Darane are not matched to the text's names."""

from __future__ import annotations

import pytest

from .conftest import events_at, files_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 0.667, "recall": 0.800},
    "event_details": {"precision": 0.833, "recall": 0.714},
    "contradictions": {"precision": 0.667, "recall": 1.000},
    "claims": {"precision": 0.714, "recall": 0.714},
}


run, report, test_thirteenth_french_blind_wire_score_not_below_floor = own_wire_set("wires_blind_fr13", FLOORS, TOLERANCE)


def test_the_relayed_claim_of_the_camp_attack_joins_the_armys_reply(run):
    (camp,) = events_at(run, "Diafarabé")
    assert camp.sub_event_type == "Armed clash" and camp.disputed
    assert files_of(run, camp) == {"q01_diafarabe_saharamedias_fr.txt", "q02_diafarabe_lerepublicain_fr.txt"}
    parties = {camp.actor1, camp.actor2}
    assert parties == {"jnim", "malian-armed-forces"}, parties   # never al-Qaeda, the parent named after JNIM


def test_the_bulletins_patrol_attack_has_the_attackers_the_bulletin_leaves_unnamed(run):
    bulletin = [e for e in events_at(run, "Siné Godar")
                if "p01_sinegodar_bosso_mdn_bulletin_fr.txt" in files_of(run, e)]
    assert len(bulletin) == 1 and bulletin[0].sub_event_type == "Armed clash"
    assert "boko-haram" not in {bulletin[0].actor1, bulletin[0].actor2}   # named for the Bosso strikes only
    assert _includes(bulletin[0], 15)


def test_the_fla_claim_and_the_army_communique_are_one_fight(run):
    fights = [e for e in events_at(run, "Anefis i-n-Darane") if e.event_type == "Battles"]
    assert len(fights) == 1, [(e.actor1, e.actor2) for e in fights]
    (fight,) = fights
    assert fight.disputed and _includes(fight, 23)
    assert "malian-armed-forces" in {fight.actor1, fight.actor2, *fight.assoc_actor_1, *fight.assoc_actor_2}


def test_the_vdp_fallen_arms_in_hand_are_dead(run):
    (ambush,) = events_at(run, "Toéni")
    assert _includes(ambush, 15), (ambush.fatalities_low, ambush.fatalities_high)


def _includes(event, dead: int) -> bool:
    """Whether the event's toll range (lowest to highest source figure) holds ``dead``."""
    return event.fatalities_low is not None and event.fatalities_low <= dead <= (event.fatalities_high or dead)
