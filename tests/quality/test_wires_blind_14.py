"""A fourteenth blind multi-outlet wire set: ``tests/data/wires_blind_14/`` (5 articles, 3 English and 2 French) and
its gold ``tests/data/gold/wires_blind_14.yaml``: two invented incidents at real Niger and Burkina Faso towns, told
by outlets that relay claims of responsibility and institutions' tolls: the Islamic State Sahel Province's ambush of
an army patrol near Banibangou (an AFP-style wire with local sources' seventeen dead, the army's twelve and the
group's claim relayed by Amaq, a Reuters-style wire where "the army put the death toll at 12", an undated relay of
the claim with background years) and JNIM's attack on the army detachment at Sebba (a Lefaso-style page with « selon
un bilan officiel communiqué vendredi par le gouvernement » and JNIM's claim « lié à Al-Qaïda », an AP-style wire
with security sources' 35 dead, "JNIM, al-Qaida's Sahel affiliate, claimed the attack" and "The government gave a
toll of eight").

Measured on main (5a18859) before any change, with the gold as first written: documents .857/.857, places .5/.5,
events 0.0/0.0, event_details 0.0/0.0, claims 1.0/.889, contradictions 0.0/0.0, actors 1.0/1.0.  The claims of
responsibility were tied to the riposte or the toll statement told just before them, so the attack kept an
unidentified side 1 (Banibangou) or set JNIM beside the army it struck (Sebba); the army's « avait annoncé lundi un
bilan de douze militaires tués …, appuyée par des frappes aériennes » was an air strike of its own dated Monday.
After this round: events .4/1.0, event_details 1.0/1.0, claims 1.0/.889, contradictions .667/1.0: a claim of "the
attack" answers the article's lead attack; the claimant on the struck side (or facing nobody) becomes side 1; an
announced toll (« annoncé un bilan ») reports an earlier deed, so its sentence's air support joins the fight.
Still missed: the Reuters-style copy stays apart (its "jihadists" read as JNIM by default, and "Banibangou" left
unresolved in that article); the undated relay of the claim is dated from its background years (2021) and joins the
November 2021 recall instead of the attack; "The government gave a toll of eight" is no claim (a rule for toll verbs
made the same sentence a claim on wires_blind_4 and _7, whose gold does not count it, and was taken out);
Banibangou's homonym hamlet 180 km off is chosen for one mention.
Places round (wireplaces): "Nigerien" in "the western Nigerien town of" is no place (a demonym); a name recurring
in one article keeps its most confident reading; a dateline's transliterated namesake ("NIAMEY" -> a hamlet
"Niamé") and a region's seat town no longer lift the homonym near them: places .5/.5 -> 1.0/1.0.  Left: the
Reuters copy's "Banibangou" stays unresolved there (the article's country context is Russia, the only country
the model tags; counting "the Nigerien town of" for Niger fused it with AFP's report, whose event then took the
copy's default JNIM and lost recall, so that was left out).
Unclaimed-attack round (wiresfix): the Reuters copy says "No group has yet claimed responsibility", so its
"Suspected jihadists" name no default group; its unresolved "Banibangou" anchors AFP's "Bani Bangou" (one spelling
folded) and the located reading places the event: events .4/1.0 -> .667/1.0, contradictions .667/1.0 unchanged.
Left: the undated claim relay still joins the November 2021 recall."""

from __future__ import annotations

import pytest

from .conftest import files_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 0.850, "recall": 0.850},
    "events": {"precision": 0.650, "recall": 1.000},
    "claims": {"precision": 0.950, "recall": 0.850},
    "contradictions": {"precision": 0.650, "recall": 1.000},
    "actors": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 1.000, "recall": 1.000},
}


run, report, test_fourteenth_blind_wire_score_not_below_floor = own_wire_set("wires_blind_14", FLOORS, TOLERANCE)


def _event_of(run, name: str):
    (event,) = [e for e in run.view.events if name in files_of(run, e) and e.event_type == "Battles"
                and str(e.date.earliest).startswith("2027")]
    return event


def test_the_claimant_is_the_author_of_the_attack_it_claims(run):
    # « Le … (JNIM), lié à Al-Qaïda, a revendiqué l'attaque » / "JNIM, al-Qaida's Sahel affiliate, claimed the attack"
    sebba = _event_of(run, "b01_sebba_lefaso_fr.txt")
    assert "b02_sebba_ap_en.txt" in files_of(run, sebba)
    assert (sebba.actor1, sebba.actor2) == ("jnim", "burkina-faso-armed-forces"), (sebba.actor1, sebba.assoc_actor_1,
                                                                                  sebba.actor2, sebba.assoc_actor_2)


def test_the_armys_toll_and_air_support_join_the_claimed_ambush(run):
    # « L'armée nigérienne avait annoncé lundi un bilan de douze militaires tués …, appuyée par des frappes aériennes »
    banibangou = _event_of(run, "a01_banibangou_afp_fr.txt")
    assert banibangou.actor1 == "islamic-state-sahel" and banibangou.actor2 == "niger-armed-forces"
    a01 = run.view.documents["a01_banibangou_afp_fr.txt"].doc_id
    assert len([r for r in banibangou.reports if r.doc_id == a01]) >= 2, [r.quote[:60] for r in banibangou.reports]
    assert (banibangou.fatalities_low, banibangou.sub_event_type) == (12, "Armed clash")
    assert banibangou.disputed


def test_an_unclaimed_copys_jihadists_join_the_claimed_ambush(run):
    # Reuters: "Suspected jihadists ambushed an army patrol near the western Nigerien town of Banibangou … No group has
    # yet claimed responsibility. Affiliates of both al Qaeda and Islamic State operate in the Tillaberi region."
    banibangou = _event_of(run, "a02_banibangou_reuters_en.txt")
    assert "a01_banibangou_afp_fr.txt" in files_of(run, banibangou)
    assert banibangou.actor1 == "islamic-state-sahel" and banibangou.latitude is not None
