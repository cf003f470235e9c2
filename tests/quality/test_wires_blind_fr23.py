"""The twenty-third French blind wire set: ``tests/data/wires_blind_fr23/`` and its gold
``tests/data/gold/wires_blind_fr23.yaml`` (8 short French stories, April 2034, in shapes the earlier sets do not have),
written with its gold before any run: the FLA's communiqué (« le 3 courant », « près de Milala, à une cinquantaine de
kilomètres à l'est de Tombouctou », a drone shot down, « plus d'une trentaine de soldats ennemis » put out of action,
« trois martyrs »); the transitional government's communiqué read on ORTM (« a permis de neutraliser une vingtaine de
terroristes », then « Côté ami, le bilan est de deux morts », denying « la perte d'un aéronef »); RFI's « avant-hier »
with an anonymous notable's « Au moins quinze corps »; France 24's roundup of two attacks of one Sunday in two towns
(Léré, « 12 soldats », claimed by the JNIM « l'attaque de Léré »; Niono, two civilians, unclaimed) beside Le Monde
Afrique's interview-led story of Léré and RFI's brief of Niono; RFI's question-and-answer interview of a named mayor
(« en fin de semaine dernière », « Nous avons enterré une vingtaine de personnes ») and France 24's « Plus d'une
trentaine de civils » from the village's natives, the katiba Macina named only as the area's long plague.

Measured by the branch that wrote it (the gold corrected once after the first run: the drone shot down is an event of
its own, as the project codes an aircraft lost in a battle).  Before (the first gold, four events): places 0.889/0.800,
events 0.167/0.250 (the roundup's claim given to the Niono attack and Léré's attackers unnamed, the drone's paragraph
dated to the publication, the katiba Macina made Dinangorou's attacker), event_details 0.500/0.143 (Milala's range
2–15 without the communiqué's « a permis de neutraliser »), claims 1.000/0.714, contradictions 0.250/0.333 (Léré's
« 12 soldats » read as a rival count of Niono's dead).  After: documents, actors, persons 1.000/1.000, places
0.889/0.800, events 0.833/1.000, event_details 1.000/0.857, claims 1.000/0.714, contradictions 0.667/0.667.

Still missed: « Ils ont tiré dans la foule » (the Niono mayor's quote) is a mob-violence event of its own; Léré's third
mention resolves to the Mopti homonym; « Fait à Tinzaouaten » is no place mention; « ce que dément le gouvernement
malien » is no claim; the RFI interview's « Hamidou Guindo : … » answers are no statement of his; the mayor's « une
vingtaine » and the association's « plus d'une trentaine » are one toll told two ways for the slack of approximate
figures (the gold disputes them); the government's denial of an aircraft lost sits on the clash, not the drone; the
FLA's « trois martyrs dans ses rangs » (one side's count) is the clash's lowest figure.

Then (the twenty-fourth set's branch): « ce que dément le gouvernement malien » is the government's claim beside the
FLA's (``analyse.inverted_denials``), and « Ils ont tiré dans la foule » an attack on the crowd, not mob violence, so no
event of its own: events 1.000/1.000, claims 1.000/0.857; the rest unchanged.

Then (the twenty-fifth set's branch): « Fait à Tinzaouaten » is a place mention (a communiqué's signing line is kept as a
segment for its place, ``ingest.clean.signing_places``); Le Monde's « élu de Léré … cette commune du cercle de
Niafunké » is Timbuktu's Léré (the unit's seat's region counts where GeoNames files the cercle under Mopti's code, and
the one homonym in a named unit's region is the near one: ``place_frame``, ``place_cohesion``); the mayor's « une
vingtaine » and « plus d'une trentaine » are two accounts (a rough floor keeps its floor, ``fuse.revisions.toll_range``):
places 1.000/1.000, event_details 1.000/1.000, contradictions 0.750/1.000.  Still missed: the interview's answers are
no claim of the mayor's, and the government's denial of an aircraft lost is a dispute on the clash the gold does not
list."""

from __future__ import annotations

import pytest

from .conftest import events_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "actors": {"precision": 1.000, "recall": 1.000},
    # places 0.889/0.800 -> 1.0/1.0, event_details recall 0.857 -> 1.0, contradictions 0.667/0.667 -> 0.75/1.0: the
    # twenty-fifth set's branch (see the docstring)
    "places": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 1.000, "recall": 1.000},
    "event_details": {"precision": 1.000, "recall": 1.000},
    "claims": {"precision": 1.000, "recall": 1.000},  # 0.857 -> 1.0: the interview's answers (frwires26)
    "contradictions": {"precision": 0.750, "recall": 1.000},
}

run, report, test_twenty_third_french_blind_wire_score_not_below_floor = own_wire_set("wires_blind_fr23", FLOORS, TOLERANCE)

ROUNDUP = "b01_lere_niono_france24_fr.txt"


def test_the_roundups_two_attacks_stay_two_events_with_their_own_doers(run):
    (camp,) = events_of(run, ROUNDUP, "b02_lere_lemonde_fr.txt")
    (market,) = events_of(run, ROUNDUP, "b03_niono_rfi_fr.txt")
    assert camp.event_id != market.event_id
    assert camp.actor1 == "jnim" and market.actor1 == "unidentified-armed-group-mali", (camp.actor1, market.actor1)
    assert (camp.fatalities_low, market.fatalities_low) == (12, 2)
    assert not market.disputed  # Léré's « 12 soldats » is no rival count of Niono's dead


def test_the_communiques_sum_is_in_the_clashs_range(run):
    clashes = [e for e in events_of(run, "a01_milala_fla_fr.txt", "a02_milala_ortm_fr.txt", "a03_milala_rfi_fr.txt")
               if e.sub_event_type == "Armed clash"]
    assert clashes
    clash = clashes[0]
    assert clash.fatalities_low <= 22 <= clash.fatalities_high, (clash.fatalities_low, clash.fatalities_high)
    assert str(clash.date.earliest) == "2034-04-03"


def test_the_village_is_attacked_by_no_group_the_area_is_prey_to(run):
    (village,) = events_of(run, "c01_dinangorou_rfi_fr.txt", "c02_dinangorou_france24_fr.txt")
    assert village.actor1 == "unidentified-armed-group-mali", village.actor1
    assert (village.fatalities_low, village.fatalities_high) == (20, 30)  # the mayor's burials, the natives' « plus d'une trentaine »
    assert village.disputed  # « une vingtaine » does not reach « plus d'une trentaine »: two accounts


def test_the_camp_is_the_lere_of_the_named_cercle(run):
    (camp,) = events_of(run, ROUNDUP, "b02_lere_lemonde_fr.txt")
    assert camp.latitude is not None and camp.latitude > 15.0, (camp.location, camp.latitude)  # Timbuktu's, not Mopti's
