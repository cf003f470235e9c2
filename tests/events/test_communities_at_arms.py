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
    "Youths from Kouna and Sio fought with clubs over the chieftaincy.",
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


def test_forces_who_arrest_after_a_communal_clash_are_a_third_party(first_event):
    e = first_event("On 9 July 2021, three people died in clashes between cultivators and Fulani herders near Sofara "
                    "(Djenne, Mopti); gendarmes later detained nine people to calm the area.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert e.side1 == ["unidentified-communal-militia-mali"]  # the cultivators, named first
    assert "fulani-militia-mali" in e.side2 and "malian-gendarmerie" not in e.side1 + e.side2


def test_two_peoples_joined_as_the_subject_keep_their_order(first_event):
    e = first_event("On 4 June 2022, Dogon and Fulani armed men fought near Sangha (Bandiagara, Mopti), leaving five dead.")
    assert e.side1 == ["dan-na-ambassagou"] and e.side2 == ["fulani-militia-mali"]


@pytest.mark.parametrize("text, doer", [
    ("On 3 May 2022, armed youths from Tenemakanda stabbed two Fulani shepherds near Sofara (Djenne, Mopti).",
     "unidentified-communal-militia-mali"),
    ("On 3 May 2022, a fisherman was stabbed to death by herders near Sofara (Djenne, Mopti).",
     "unidentified-communal-militia-mali"),
    ("On 3 May 2022, Fulani herders wounded three Dogon cultivators near Sangha (Bandiagara, Mopti).", "fulani-militia-mali"),
])
def test_a_communitys_people_doing_violence_are_its_militia(first_event, text, doer):
    e = first_event(text)
    assert e.event_type == "Violence against civilians"
    assert e.side1 == [doer]


def test_a_crowds_lynching_stays_a_riot(first_event):
    e = first_event("On 3 May 2022, villagers lynched a suspected cattle thief in Sangha (Bandiagara, Mopti).")
    assert e.event_type == "Riots" and e.side1 == ["rioters-mali"]


def test_a_mixed_unit_is_its_forces_after_a_coders_heading(first_event):
    e = first_event("Defusal: On 2 March 2023, a joint army and gendarmerie patrol found and destroyed a landmine near "
                    "Sangha (Bandiagara, Mopti).")
    assert e.sub_event_type == "Disrupted weapons use"
    assert "malian-armed-forces" in e.side1
