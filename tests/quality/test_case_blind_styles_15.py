"""CASE-style snippets in Indian and Pakistani English, Latin American and Middle Eastern wire copy, with protests met
by lathi-charges and tear gas, strikes and sit-ins, and snippets that tell two events, that the earlier sets did not hold.

``tests/data/case_blind_styles_15.tsv``: 49 snippets written here (main fcc5bce) before any run, 40 ACLED events and
9 that are not: a dharna lathi-charged and its teachers detained (slight injuries), a gherao that ends with an
assurance, a bandh that "passed off peacefully", a gherao in which villagers thrash a police team, two groups brawling
with sticks and stones over land (and police "deployed" after), Naxals killing "police informers", Maoists torching
road machinery "in protest", an IED on a CRPF vehicle, an exchange of fire with the DRG; ISPR's intelligence-based
operations, a polio vaccinator and her police escort shot dead, a shutter-down strike, a sit-in that turns violent,
workers rounded up before a long march and party workers detained where they gathered, a grenade in Srinagar, a
Baloch student "picked up", an RDX haul, a bomb disposal squad; Colombian paramilitaries and the ELN fighting for
rural areas, a social leader killed, a cartel's ambush of state police, Rio's militias, truckers cleared by
carabineros, Santiago's barricades, the National Guard firing on a blockade; Russian warplanes over Idlib, regime
artillery, Katyusha rockets "landing" in the Green Zone, Israeli aircraft, a Turkish drone, a Houthi missile, Nihm
retaken, HTS taking villages; the ADF, Boko Haram, IPOB's sit-at-home enforcers, Tigray's two events in a day, a
ceasefire extended with the NSCN(K); and outside ACLED (scored only for the violent events they must not yield) a
cocaine seizure, a cartel's money laundering, a hawala operator, Indus Waters talks, a foreign minister's visit, two
blames (the BLA's claim, India's blame for Pulwama), a factory fire and monsoon landslides.

Measured on main when written: end to end 0.7956 (accuracy 0.825), 1 ACLED snippet with no event, no decoy violent.
After this round 0.9747 (accuracy 0.975), none with no event, no decoy violent: arrests of "people who gathered"
are the protest's intervention and slight injuries no reason to leave it; villagers who "thrash" a police team are a
mob; two unnamed groups brawling with sticks and stones are a mob, and a police deployment told after such a lead is
its aftermath, no anchor that makes the lead a detail; rockets and missiles told "in a statement" are no figure of
speech; an armed group's arson read as a riot is property destruction (Maoists, Naxals, guerrillas and
paramilitaries are armed doers).  Still weak: a polio vaccinator shot dead with the policeman escorting her (read as
a battle: the parse hides the killing's victims from the rule on people killed by manner).
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figure reached, less about a snippet's worth (one of 40 moves the weighted F1 by about 0.025)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_15.tsv", snippets=49, acled=40, end_to_end_floor=0.945, no_event_ceiling=1)


def test_seizures_talks_blames_and_disasters_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] == 0


def test_thrashing_villagers_and_brawling_groups_are_mobs(styles):
    assert styles["per_label_f1"]["MOB_VIOL"] >= 0.99


def test_dharnas_lathi_charged_and_gatherings_detained_are_protests_with_intervention(styles):
    assert styles["per_label_f1"]["PROTEST_WITH_INTER"] >= 0.99


def test_rockets_landing_told_in_a_statement_are_shelling(styles):
    assert styles["per_label_f1"]["ART_MISS_ATTACK"] >= 0.99


def test_an_armed_groups_arson_is_property_destruction(styles):
    assert styles["per_label_f1"]["PROPERTY_DISTRUCT"] >= 0.99
