"""CASE-style snippets from South Asia, Latin America, Africa, the Middle East and Europe in registers the earlier sets
did not hold: passive headline fragments, police-report wording, land invasions and road blockades, prison breaks and
riots, grenades at shops, hartals and bandhs, booth capturing, acid attacks, cattle-raid clashes and naval incidents.

``tests/data/case_blind_styles_14.tsv``: 44 snippets written here (main 53c81007) before any run, 36 ACLED events and
8 that are not: "Two held for torching bus during … bandh", "A case has been registered against 40 unidentified
persons … for pelting stones at a Ram Navami procession", an FIR over an abducted RTI activist, a crude bomb hurled at a
councillor's house, a custodial rape case; families who invade an estate near Cali, peasants evicted who fight back,
coca growers' blockade, piqueteros on a bridge detained; a prison stormed with RPGs and a
gunfight, a prison riot; grenades at a sweet shop and a Malmo pizzeria; bandh supporters on the rails lathi-charged
and shot on a highway, a peaceful hartal and one whose picketers bombed a bus; a booth captured by men with pistols,
party workers exchanging fire at a polling station; acid on schoolgirls and an activist; Karamojong rustlers against
the UPDF, Dinka and Mundari youth over grazing land, a peace pact between herding communities; a Houthi missile at a
tanker, fishermen arrested by a navy, pirates taking a crew, a navy base commissioned, a coast guard's arms haul;
barras bravas brawling, an ELN armed strike, a suicide bomber, Corsican bombs; and outside ACLED a ransomware attack,
hacked websites, two tribunal sentences, a cyclone, a cylinder blast, a trawler collision and a football headline.
Measured on main when written: end to end 0.571 (accuracy 0.583), 2 ACLED snippets with no event, no decoy violent.
After this round 1.000: cues for "N held for X" headlines, acid thrown, armed strikes, land invasions and civilians'
blockades; hartals, bandhs and picketers tell a protest to the cues of force, intervention and riot; rocket-propelled
grenades are neither grenades nor shelling; the codebook reads rifles a boat carries as cargo, a crowd that trades
gunfire as armed, hooligans, ultras and barras bravas as a crowd, stones thrown at a procession as a mob's, acid thrown
as harm to the unarmed, and polling staff among the civilians an attack strikes.  Still weak: crude bombs hurled by
hartal supporters read as grenades (ACLED's Bangladesh coding would make them a violent demonstration).
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figure reached, less about a snippet's worth (one of 36 moves the weighted F1 by about 0.028)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_14.tsv", snippets=44, acled=36, end_to_end_floor=0.97, no_event_ceiling=1)


def test_cyber_attacks_verdicts_and_disasters_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] == 0


def test_land_invasions_blockades_and_hartals_are_peaceful_protests(styles):
    assert styles["per_label_f1"]["PEACE_PROTEST"] >= 0.99


def test_acid_and_booth_capturing_are_attacks(styles):
    assert styles["per_label_f1"]["ATTACK"] >= 0.99


def test_fans_and_procession_stoners_are_mobs(styles):
    assert styles["per_label_f1"]["MOB_VIOL"] >= 0.99


def test_a_headline_of_people_held_is_an_arrest(styles):
    assert styles["per_label_f1"]["ARREST"] >= 0.99
