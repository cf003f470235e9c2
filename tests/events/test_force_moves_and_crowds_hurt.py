"""A force's own change (troops moved with their arms, a base left to nobody, fighters who defected), a crowd's
dispersal that hurt many, and a headquarters burned down, read as ACLED codes them (sentences written here, none of
them a snippet of ``case_blind_styles_21``)."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.codebook_developments import development_label
from sitrep.analyse.events.codebook_protests import force_hurt_many
from sitrep.analyse.events.force_moves import force_change_label, troops_moved, withdrawal_without_taker
from sitrep.analyse.events.types import case_of


def _labels(analyzer, make_doc, text):
    return [case_of(e.sub_event_type) for e in analyzer.analyse(make_doc(text)).events]


@pytest.mark.parametrize("text", [
    "The army sent three battalions with artillery and armoured vehicles to the northern frontier on Friday.",
    "L'armée a déployé des renforts et des blindés vers la frontière.",
])
def test_troops_moved_with_their_arms_are_no_weapon_disrupted(text):
    assert troops_moved(text)
    assert force_change_label(text, "DISR_WEAP") == "CHANGE_TO_GROUP_ACT"


@pytest.mark.parametrize("text", [
    "A convoy of 80 trucks carrying weapons and armoured vehicles for the Kurdish forces crossed into Hasakah.",
    "The air force will withdraw two of its missile batteries from the Gulf next month.",
])
def test_arms_delivered_or_a_force_s_own_arms_taken_away_are_its_change(text):
    assert force_change_label(text, "DISR_WEAP") == "CHANGE_TO_GROUP_ACT"


@pytest.mark.parametrize("text", [
    "Deminers removed more than 500 landmines from farmland near the river.",
    "Customs officers intercepted a shipment of rifles hidden in a container.",
])
def test_weapons_cleared_or_intercepted_stay_a_disruption(text):
    assert force_change_label(text, "DISR_WEAP") is None


def test_weapons_seized_by_troops_stay_a_disruption():
    text = "Troops deployed in the valley seized a cache of 20 rifles and 3,000 rounds of ammunition."
    assert not troops_moved(text)
    assert force_change_label(text, "DISR_WEAP") is None


def test_a_withdrawal_nobody_took_over_is_the_force_s_change():
    text = "French troops withdrew from their camp near the lake on Monday, a military source said."
    assert withdrawal_without_taker(text)
    assert force_change_label(text, "NON_VIOL_TERRIT_TRANSFER") == "CHANGE_TO_GROUP_ACT"


@pytest.mark.parametrize("text", [
    "Government troops withdrew from the crossing, leaving it in the hands of the rebels.",
    "Soldiers pulled out of the town, which the militia entered the next morning.",
    "Les soldats se sont retirés du poste, aux mains des rebelles depuis.",
])
def test_a_withdrawal_with_a_taker_stays_a_transfer(text):
    assert not withdrawal_without_taker(text)
    assert force_change_label(text, "NON_VIOL_TERRIT_TRANSFER") is None


@pytest.mark.parametrize("text", [
    "About 60 militiamen defected to the army in Kasai, handing over their rifles.",
    "Une centaine de combattants ont fait défection et rejoint l'armée.",
])
def test_fighters_who_defected_change_their_group(text):
    assert force_change_label(text, "NON_VIOL_TERRIT_TRANSFER") == "CHANGE_TO_GROUP_ACT"
    assert force_change_label(text, "DISR_WEAP") == "CHANGE_TO_GROUP_ACT"


@pytest.mark.parametrize("text,many", [
    ("Dozens of students were injured when police fired tear gas at the march.", True),
    ("Police charged the sit-in, leaving more than 25 injured, several of them critically.", True),
    ("Des dizaines de manifestants ont été blessés lors de la dispersion.", True),
    ("Two protesters suffered minor injuries as police dispersed the crowd.", False),
    ("Police dispersed 300 marchers with tear gas; nobody was hurt.", False),
])
def test_many_hurt_or_gravely_hurt(text, many):
    assert force_hurt_many(text) is many


def test_a_headquarters_burned_down_is_a_destruction_not_a_base_set_up():
    text = "Unknown men burned down the party's district headquarters overnight."
    assert development_label(text, "HQ_ESTABLISHED") == "PROPERTY_DISTRUCT"
    assert development_label("The rebels set up a new headquarters in the town.", "HQ_ESTABLISHED") is None


@pytest.mark.parametrize("text,label", [
    ("Dozens were injured as riot police charged a peaceful march of pensioners in Asuncion on Tuesday.",
     "FORCE_AGAINST_PROTEST"),
    ("Police fired tear gas to break up a peaceful rally of farmers in Nakuru; three were slightly hurt.",
     "PROTEST_WITH_INTER"),
    ("The army moved two battalions with their weapons and armoured vehicles to the border near Kassala on Sunday, "
     "state media said.", "CHANGE_TO_GROUP_ACT"),
])
def test_each_snippet_style_reads_as_acled_codes_it(default_analyzer, make_doc, text, label):
    assert _labels(default_analyzer, make_doc, text)[:1] == [label]
