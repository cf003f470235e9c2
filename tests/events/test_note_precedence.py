"""A note's several acts coded by ACLED's precedence: a fight told between armed sides is the event, whatever it came
with (an IED that opened it, people or goods taken, arms seized, an attack its defenders fought back); with no fight
told, each act keeps its own type."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.fight_words import fight_told

from .conftest import make_document

DAY = dt.date(2024, 3, 9)


def _types(analyzer, text: str, language: str = "en") -> set[str]:
    """The sub-event types the note's mentions told as fact carry."""
    events = analyzer.analyse(make_document(text, published=DAY, language=language)).events
    return {e.sub_event_type for e in events if e.modality.value == "fact"}


@pytest.mark.parametrize("text, language", [
    # an IED that opened a gunfight, told in two sentences
    ("On 9 March 2024, a FAMa truck hit an improvised explosive device near Douentza. Gunmen hiding in the bush then "
     "opened fire on the soldiers, who returned fire. One soldier was killed.", "en"),
    ("Le 9 mars 2024, un camion des FAMa a sauté sur un engin explosif improvisé près de Douentza. Des hommes armés "
     "ont ensuite ouvert le feu sur les militaires, qui ont riposté. Un militaire a été tué.", "fr"),
    # a post stormed, then hostages and loot
    ("On 9 March 2024, IS Sahel fighters stormed the army post of Tillia. After two hours of fighting, they took three "
     "soldiers hostage and carried off fuel and rifles.", "en"),
    # an attack on a village that its volunteers fought back, with civilians killed and cattle stolen
    ("On 9 March 2024, militants raided the village of Sollé, killing two herders and stealing cattle. Volunteers for "
     "the Defence of the Homeland fought back and the assailants fled.", "en"),
])
def test_a_fight_told_in_a_note_is_its_event(default_analyzer, text, language):
    assert _types(default_analyzer, text, language) == {"Armed clash"}


@pytest.mark.parametrize("text, language, expected", [
    # a device alone, however the note goes on
    ("On 9 March 2024, a Nigerien army vehicle struck a landmine near Tamou. Two soldiers were wounded. No exchange of "
     "fire followed.", "en", "Remote explosive/landmine/IED"),
    ("Le 9 mars 2024, un véhicule de l'armée a sauté sur une mine près de Tamou. Deux soldats ont été blessés. Aucun "
     "accrochage n'a suivi l'explosion.", "fr", "Remote explosive/landmine/IED"),
    # people taken and nobody fought
    ("On 9 March 2024, gunmen abducted four traders on the road near Niono and drove off with their goods.", "en",
     "Abduction/forced disappearance"),
])
def test_with_no_fight_each_act_keeps_its_type(default_analyzer, text, language, expected):
    assert _types(default_analyzer, text, language) == {expected}


@pytest.mark.parametrize("text, language", [
    ("On 9 March 2024, soldiers repelled an attack on their position near Arbinda and recovered rifles and ammunition "
     "left by the assailants.", "en"),
    ("On 9 March 2024, gendarmes on patrol came upon a group of militants near Kantchari. 6 militants were killed and "
     "motorbikes and rifles were seized.", "en"),
    ("Le 9 mars 2024, les FDS ont déjoué une attaque contre le détachement de Gayéri. Plusieurs assaillants ont été "
     "neutralisés et du matériel récupéré.", "fr"),
])
def test_arms_seized_in_a_fight_are_its_spoils(default_analyzer, text, language):
    assert _types(default_analyzer, text, language) == {"Armed clash"}


@pytest.mark.parametrize("sentence, told", [
    ("In the exchange of fire, 3 militants were killed.", True),
    ("The VDP repelled the attackers.", True),
    ("Après des échanges de tirs avec les soldats, les assaillants ont fui.", True),
    ("Un convoi est tombé dans une embuscade près de Boni.", True),
    # (one side's blows on the unarmed are no fight: an assault counts when it is aimed at armed men or held places)
    ("Les assaillants, venus à moto, ont ouvert le feu sur des paysans qui battaient le mil.", False),
    ("Gunmen ambushed a passenger bus and opened fire on worshippers.", False),
    ("The reason behind the clashes is a land dispute.", False),
    ("No clash with security forces was reported.", False),
    ("Aucun accrochage n'a suivi l'explosion.", False),
    ("Two soldiers died.", False),
])
def test_a_fight_is_told_by_its_deed_not_by_its_name(sentence, told):
    assert fight_told(sentence) is told


def test_people_taken_in_a_one_sided_assault_are_an_abduction(default_analyzer):
    """Storming a place of unarmed people is no fight: the people taken there were abducted."""
    text = "Gunmen stormed a quarry near Kayes on 9 March 2024 and took away two foreign workers and their driver."
    assert _types(default_analyzer, text) == {"Abduction/forced disappearance"}
