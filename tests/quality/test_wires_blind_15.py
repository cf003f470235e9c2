"""A fifteenth blind multi-outlet wire set: ``tests/data/wires_blind_15/`` (7 articles, 5 English and 2 French) and
its gold ``tests/data/gold/wires_blind_15.yaml``: three invented deeds at real Mali and Burkina Faso villages, each
told by outlets that agree on nothing but the deed: a massacre at Diallassagou (Bankass district) told by an
AFP-style wire ("Suspected jihadists", the village named in its second sentence, 26 dead), a government communiqué
read on state television (« des terroristes ont lâchement attaqué des populations civiles dans le cercle de
Bankass », « dans la nuit du dimanche 9 au lundi 10 mai », 17 dead) and a local site three days later (the village
spelled Dialassagou, the katiba Macina of JNIM blamed, « une trentaine de personnes tuées … et de greniers
incendiés »); a second village, Tori, attacked two days later 15 km away (Reuters, and the local site's next
paragraph): two events, never one; JNIM's attack on the army base at Gorgadji told by a Reuters-style wire
("Islamist militants", "overran part of the base before air support arrived", 20 dead), the state agency AIB (only
« une unité … stationnée dans la province du Séno », « appuyés … par des vecteurs aériens ») and JNIM's claim
relayed two days later (53 dead).

Measured on main (6e9e5d1) before any change, with the gold as first written: documents .944/.944, places 1.0/1.0,
events .429/1.0, event_details .5/.4, claims .667/1.0, contradictions .5/.5, actors 1.0/1.0.  Seven events for three
deeds: the communiqué's attack had no victims (« populations civiles » unknown), so nothing tied it to the wire's
(country-level place, JNIM); the local site's killing was read as its burned granaries (looting) and met no attack;
AIB's riposte was a strike of its own at the province; Reuters' "overran part of the base" a takeover beside the
clash; the wire's background "Thousands of civilians have been killed since then" set its event's toll to 1000.
After the fusion round: events 1.0/1.0, event_details .8/.8, claims .667/1.0, contradictions 1.0/1.0.
Still missed: AIB's own toll (« quatre militaires et deux VDP tombés ») is not read beside its strike, so the event's
range starts at ten; the massacre is placed at Bankass (the wire's lead names only "central Mali"); the local site's
Tori paragraph joins the Diallassagou event; the communiqué printed as the document is read as a government claim.
Wire-fusion round (wiresfix): a seat town read for its district (« le cercle de Bankass ») yields to the village
another report names at the same precision: the massacre is placed at Diallassagou.  Reuters' "Islamist militants"
of an attack it says is unclaimed no longer default to JNIM; JNIM's "statement … claiming Thursday's assault" is
its claim, tied to the raid the relay tells after it, so the base attack keeps JNIM: scores unchanged."""

from __future__ import annotations

import pytest

from .conftest import events_of, files_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 0.900, "recall": 0.900},
    "events": {"precision": 1.000, "recall": 1.000},
    "claims": {"precision": 0.650, "recall": 1.000},
    # .667 since the French wires' round read « a permis de mettre en déroute les assaillants » (AIB) as the defenders'
    # victory: an outcome dispute with Reuters' "overran part of the base" that the gold, written before, does not list
    "contradictions": {"precision": 0.667, "recall": 1.000},
    "actors": {"precision": 1.000, "recall": 1.000},
}


run, report, test_fifteenth_blind_wire_score_not_below_floor = own_wire_set("wires_blind_15", FLOORS, TOLERANCE)


def _events_of(run, name: str):
    return [e for e in events_of(run, name) if str(e.date.earliest).startswith("2027")]


def test_three_outlets_of_the_massacre_make_one_event_apart_from_the_next_village(run):
    # the wire's "Suspected jihadists killed at least 26 civilians", the communiqué's « des terroristes ont lâchement
    # attaqué des populations civiles dans le cercle de Bankass », the local site's « une trentaine de personnes tuées »
    (massacre,) = _events_of(run, "a02_bankass_ortm_fr.txt")
    assert {"a01_diallassagou_afp_en.txt", "a03_dialassagou_tori_maliactu_fr.txt"} <= files_of(run, massacre)
    assert massacre.event_type == "Violence against civilians" and str(massacre.date.earliest) == "2027-05-09"
    assert massacre.fatalities_low <= 17 <= massacre.fatalities_high and massacre.disputed  # the communiqué's 17
    (tori,) = _events_of(run, "b01_tori_reuters_en.txt")
    assert tori.event_id != massacre.event_id and str(tori.date.earliest) == "2027-05-11"


def test_the_agencys_province_riposte_and_the_part_overrun_join_the_base_attack(run):
    # AIB: « une unité … stationnée dans la province du Séno … appuyés … par des vecteurs aériens »;
    # Reuters: "overran part of the base before air support arrived"
    (attack,) = _events_of(run, "c01_gorgadji_reuters_en.txt")
    assert files_of(run, attack) == {"c01_gorgadji_reuters_en.txt", "c02_seno_aib_fr.txt",
                                     "c03_gorgadji_jnim_claim_en.txt"}
    assert (attack.event_type, attack.sub_event_type) == ("Battles", "Armed clash")
    assert attack.actor1 == "jnim" and attack.actor2 == "burkina-faso-armed-forces"


def test_a_background_recall_sets_no_toll_of_the_news_event(run):
    # "Thousands of civilians have been killed since then in jihadist attacks": the campaign's dead, not Sunday's
    (massacre,) = _events_of(run, "a01_diallassagou_afp_en.txt")
    assert massacre.fatalities_high is not None and massacre.fatalities_high < 100, massacre.fatalities_high


def test_the_massacre_is_placed_at_the_village_not_at_the_district_seat(run):
    # AFP: "in Diallassagou, in the Bankass area"; ORTM: « dans le cercle de Bankass »; Mali Actu: « à Dialassagou »
    (massacre,) = _events_of(run, "a02_bankass_ortm_fr.txt")
    assert massacre.location == "Diallassagou", massacre.location
