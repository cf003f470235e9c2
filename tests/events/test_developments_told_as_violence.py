"""Strategic developments that a note tells in the words of violence (``events.codebook_developments``), and the
codebook's other precedences added with them: a bomb stopped before it went off, a mass grave found, a coup, a
development that carries no dead, a leftover munition's blast, a riot that grew from a quarrel."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.codebook_developments import bomb_stopped, carries_no_dead, development_label, grave_found
from sitrep.analyse.events.weapons import leftover_blast

from .conftest import make_document


def _events(analyzer, text: str):
    return analyzer.analyse(make_document(text, dt.date(2025, 4, 2))).events


def _sub(analyzer, text: str) -> str:
    events = _events(analyzer, text)
    assert events, "no event"
    return events[0].sub_event_type


def _toll(analyzer, text: str) -> int:
    f = _events(analyzer, text)[0].fatalities
    return 0 if f is None or f.low is None else f.low


@pytest.mark.parametrize("text", [
    "Gendarmes at the Sevare checkpoint shot dead the driver of a truck loaded with explosives before he could detonate it.",
    "VDP intercepted a would-be suicide bomber near the market of Kaya before the vest could go off.",
    "The army said it had foiled a car bomb attack on its camp in Gao.",
])
def test_a_bomb_stopped_before_it_went_off_is_disrupted_weapons_use(analyzer, text):
    assert _sub(analyzer, text) == "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "A suicide bomber blew himself up at the gate of the camp in Gao, killing two soldiers.",
    "A car bomb exploded at the entrance of the camp before the guards could stop it.",
])
def test_a_bomb_that_went_off_is_no_disruption(text):
    assert not bomb_stopped(text)


@pytest.mark.parametrize("text", [
    "Residents of a village near Kona unearthed a mass grave with the bodies of nine men.",
    "A common grave holding about twenty bodies was found by shepherds outside Djibo.",
])
def test_a_mass_grave_found_is_other_with_no_dead_of_its_own(analyzer, text):
    assert (_sub(analyzer, text), _toll(analyzer, text)) == ("Other", 0)
    assert not any(a.startswith("civilians") for a in _events(analyzer, text)[0].side1)  # its finders are no party


def test_killing_people_and_burying_them_in_a_grave_is_the_attack(analyzer):
    text = "Soldiers executed eight herders near Kona and buried them in a mass grave."
    assert not grave_found(text)
    assert _sub(analyzer, text) == "Attack"


def test_a_coup_is_other_whatever_its_acts_look_like():
    text = "Officers of the presidential guard detained the head of state and announced that they had ousted the government."
    assert development_label(text, "ARREST") == "OTHER"
    assert development_label("Gendarmes arrested three officers accused of plotting a coup.", "ARREST") is None


@pytest.mark.parametrize("sub", ["Agreement", "Headquarters or base established", "Non-violent transfer of territory",
                                 "Change to group/activity"])
def test_developments_non_violent_by_definition_carry_no_dead(sub):
    assert carries_no_dead(sub, "Any sentence.")
    assert not carries_no_dead("Arrests", "Police arrested two men.")


def test_an_agreement_takes_no_toll_told_beside_it(analyzer):
    text = ("Dozo and Fulani elders of Macina signed a truce in Macina on 1 April 2025. "
            "The pact follows months of fighting in which 35 people died.")
    assert (_sub(analyzer, text), _toll(analyzer, text)) == ("Agreement", 0)


@pytest.mark.parametrize("text", [
    "Two boys were killed when a grenade they had picked up near the school of Kaya went off.",
    "A herder was wounded by an unexploded shell he found in his field near Djibo.",
])
def test_a_leftover_munition_that_went_off_is_a_remote_explosive(analyzer, text):
    assert leftover_blast(text, "GRENADE") == "REM_EXPLOS"
    assert _sub(analyzer, text) == "Remote explosive/landmine/IED"


def test_a_thrown_grenade_stays_a_grenade(analyzer):
    assert _sub(analyzer, "A man threw a grenade into a crowded bar in Gao, wounding five people.") == "Grenade"


def test_a_riot_from_a_quarrel_is_mob_violence_and_one_over_a_grievance_a_violent_demonstration(analyzer):
    quarrel = ("A quarrel over a field between two villages near Ziniare turned into riots in which granaries were "
               "burned. Police restored order with tear gas.")
    grievance = "Youths rioted in Ziniare over repeated power cuts, burning tyres and blocking the main road."
    assert (_sub(analyzer, quarrel), _sub(analyzer, grievance)) == ("Mob violence", "Violent demonstration")


def test_the_bomber_is_counted_among_his_own_dead(analyzer):
    text = "A suicide bomber drove a car into the gate of the camp in Djibo, killing two soldiers and himself."
    assert _toll(analyzer, text) == 3


def test_a_device_attributed_to_a_group_names_actor_1(analyzer):
    text = "A minibus hit a landmine near Boni, killing six passengers. The device was attributed to JNIM."
    assert _events(analyzer, text)[0].side1 == ["jnim"]


def test_a_duration_before_a_deed_is_no_date_counted_back(analyzer):
    text = "On 2 April 2025, police arrested a blogger in Bamako. He was held for two days before being released."
    assert str(_events(analyzer, text)[0].date.earliest) == "2025-04-02"
