"""Two communities' people fighting each other, told by a quarrel's noun, by their two sides as the subject or
as two rival camps of one place: an armed clash between communal militias (``events/communal.py``), not a
crime nor a mob; and a killing told in French with the herd taken away is an attack (``events/takings.py``)."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.communal import communities_at_arms, communities_fighting
from sitrep.analyse.events.takings import takings_with_violence


@pytest.mark.parametrize("text", [
    "A row over a well between cattle breeders' herders and millet farmers degenerated into open fighting at dawn.",
    "Somono fishermen and Bozo fishermen clashed over nets on the river bank.",
    "Youths from the upper and lower quarters fought with clubs over the chieftaincy.",
    "Two rival camps of villagers armed with axes clashed over the boundary of a rice field.",
    "Une querelle entre éleveurs et agriculteurs a dégénéré en affrontements près du puits.",
])
def test_two_communities_fighting_are_at_arms(text):
    assert communities_at_arms(text)


@pytest.mark.parametrize("text", [
    "Soldiers and militants clashed near the bridge.",  # the state and an armed group: another rule's battle
    "Supporters of the two candidates clashed outside the town hall.",  # a crowd held by a cause
    "A dispute between farmers and herders led to riots in which houses were burned.",  # a riot, told as one
    "Two families of the same village fought over a dowry.",  # kin: a family's quarrel
    "The farmers clashed with the police.",  # one side only
])
def test_other_fights_are_not_communities_at_arms(text):
    assert not communities_at_arms(text)


def test_a_quarrel_between_communities_is_a_fight():
    assert communities_fighting("A quarrel over pasture between Bella herders and Songhai growers escalated overnight.")


@pytest.mark.parametrize("text, violent", [
    ("Des hommes armés ont tué deux bergers et emporté une centaine de moutons.", True),
    ("Des assaillants ont abattu un commerçant avant de piller sa boutique.", True),
    ("Des hommes armés ont emporté une centaine de moutons sans blesser personne.", False),
])
def test_french_killing_with_a_taking(text, violent):
    assert takings_with_violence(text) is violent


def test_killing_with_cattle_taken_is_an_attack(first_event):
    e = first_event("On 2 May 2023, gunmen shot dead two shepherds near Dioura and drove away their sheep.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")


def test_rival_camps_of_villagers_fight_a_battle(first_event):
    e = first_event("On 4 April 2022, two rival groups of residents armed with spears clashed over a field near Sofara. "
                    "Six people were wounded.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
