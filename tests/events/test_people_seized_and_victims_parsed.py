"""People carried off are an abduction, whatever the model makes of "seized"; a killing's victim is read from the
verb's object even where the parser misplaces it ("shot dead the deputy mayor" hung on "dead", an opening "On 21
January" hung on the verb as if it were aimed at); "fired on" is an attack's word."""

from __future__ import annotations

import datetime as dt

import pytest


def _coded(first_event, text: str) -> tuple[str, str]:
    event = first_event(text, published=dt.date(2024, 6, 1))
    return event.event_type, event.sub_event_type


@pytest.mark.parametrize("text", [
    "On 21 November 2022, men on motorcycles seized a health worker on the road to Tenenkou (Tenenkou, Mopti).",
    "On 3 March 2023, gunmen seized two traders at a checkpoint they had set up near Nara (Nara, Koulikoro).",
    "On 9 May 2023, suspected JNIM militants seized three cattle traders returning from the market near Koro (Koro, Mopti).",
])
def test_people_seized_are_abducted(first_event, text):
    assert _coded(first_event, text) == ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize("text, coded", [
    ("On 17 May 2022, unidentified gunmen seized seven oxen at a farm near Nara (Nara, Koulikoro).",
     ("Strategic developments", "Looting/property destruction")),
    ("On 13 April 2012, MNLA rebels took Bourem (Bourem, Gao) after the Malian army left its camp there. No fighting "
     "was reported.", ("Strategic developments", "Non-violent transfer of territory")),
])
def test_goods_and_towns_seized_are_not_abductions(first_event, text, coded):
    assert _coded(first_event, text) == coded


@pytest.mark.parametrize("text", [
    "On 20 June 2022, unidentified gunmen shot dead the Niono deputy mayor in Kogoni (Niono, Segou).",
    "On 21 January 2023, a native of Douentza was shot dead by unidentified gunmen near Hombori (Douentza, Mopti).",
    "On 10 October 2023, JNIM militants fired on a river boat carrying passengers near Bourem (Gao). Several passengers "
    "were wounded.",
    "On 23 January 2023, gunmen attacked a gold-panning site near Kayes (Kayes, Kayes). Two miners were wounded.",
])
def test_one_sided_violence_on_unarmed_people_is_an_attack(first_event, text):
    assert _coded(first_event, text) == ("Violence against civilians", "Attack")


def test_fire_on_a_patrol_stays_a_battle(first_event):
    text = "On 3 May 2023, militants fired on a FAMa patrol near Boni (Douentza, Mopti)."
    assert _coded(first_event, text) == ("Battles", "Armed clash")


def test_people_taken_reads_the_object(default_analyzer):
    from sitrep.analyse.events.takings import people_taken

    nlp = default_analyzer.nlp("en")
    assert people_taken(nlp("Gunmen seized a health worker on the road.")[:])
    assert not people_taken(nlp("Gunmen seized seven oxen on the road.")[:])
    assert not people_taken(nlp("Militants seized two soldiers near the post.")[:])


@pytest.mark.parametrize("text, first, second", [
    ("On 6 March 2013, French and Chadian troops battled AQIM fighters north of Tessalit (Kidal).",
     "french-armed-forces", "chad-armed-forces"),
    ("On 26 January 2013, Malian and French soldiers fought MUJAO militants near Gao (Gao).",
     "malian-armed-forces", "french-armed-forces"),
])
def test_two_adjectives_of_one_noun_name_two_forces(first_event, text, first, second):
    """"French and Chadian troops": the French are named as much as the Chadians, and first."""
    assert first_event(text, published=dt.date(2013, 4, 1)).side1[:2] == [first, second]


def test_armed_men_among_the_dead_make_the_fight(first_event):
    """"9 people were killed, including 4 VDP": armed men fell, whoever else died (a battle)."""
    text = "On 14 March 2023, militants attacked a gold mining site near Kayes (Kayes, Kayes). Seven people were killed, " \
           "including three VDP."
    assert first_event(text).event_type == "Battles"


def test_a_device_set_off_before_opening_fire_opens_the_fight(first_event):
    """An ambush whose device goes off "before opening fire" is one fight (ACLED: the armed clash), as after "opened fire"."""
    text = "On 12 May 2023, JNIM militants ambushed an army convoy between Boni and Hombori (Douentza, Mopti), detonating " \
           "an IED before opening fire. Several soldiers were killed."
    assert (first_event(text).event_type, first_event(text).sub_event_type) == ("Battles", "Armed clash")
