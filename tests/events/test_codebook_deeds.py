"""The codebook reads what a deed was done to and whether it was done: goods seized are looting, not
territory; people taken and killed are attacked; people beaten while robbed make the looting an attack;
violence only threatened leaves a protest peaceful; an establishment word that only says where a protest
stood establishes nothing; men armed with rifles who destroy crops are an armed group, not a mob; fighters
among the dead of an operation make it a battle, and so do strikes flown as one arm of an air-ground
operation; a crowd that protested and burned riots; a conflict
between herders and farmers is a fight of communal militias.  Notes written for these tests (Mali and
Burkina Faso, ACLED's style and others')."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.codebook_deeds import only_threatened, robbed_with_harm
from sitrep.analyse.events.fates import killed_once_taken

from .conftest import first_coding as _first


@pytest.mark.parametrize("text,expected", [
    # goods or animals seized: looting, whatever verb of seizing
    ("On 3 May 2024, suspected JNIM militants seized three tricycles and a pickup from traders near "
     "Dioura (Tenenkou, Mopti).", ("Strategic developments", "Looting/property destruction")),
    # taken and killed as one deed, or the victim of a killing said to have been taken before
    ("On 12 June 2024, presumed Katiba Macina militants abducted and killed a water and forestry agent on his "
     "field near Djenne (Djenne, Mopti).", ("Violence against civilians", "Attack")),
    ("On 2 July 2024, suspected IS Sahel militants killed a Daoussahak herder near Inekar (Menaka, Menaka). "
     "The victim had been kidnapped two days earlier.", ("Violence against civilians", "Attack")),
    # looting in which the owners were beaten: violence against them
    ("On 9 August 2024, Dozo hunters raided the hamlet of Sare Bouli (Bankass, Mopti); the herders were beaten "
     "and their granaries and huts were burned.", ("Violence against civilians", "Attack")),
    # a demonstration that only threatened to block a road
    ("On 4 October 2024, dozens of traders marched to the town hall of Koutiala (Koutiala, Sikasso) against the "
     "new market tax. They warned that if the tax was not withdrawn they would block the national road.",
     ("Protests", "Peaceful protest")),
    # the headquarters is where the protesters stood, not a base established
    ("On 2 May 2025, traders staged a protest in front of the Bamako District Chamber of Commerce headquarters "
     "against new market fees.", ("Protests", "Peaceful protest")),
    # crops destroyed by men with rifles, nobody hurt: an armed group's property destruction
    ("On 20 August 2024, a band of men armed with hunting rifles destroyed two hectares of millet near "
     "Ouenkoro (Bankass, Mopti) in a dispute over a field.", ("Strategic developments", "Looting/property destruction")),
    # a crowd that protested and then burned: a violent demonstration
    ("A crowd of young people from Kati protested and burned the car of the mayor over the sale of "
     "communal land.", ("Riots", "Violent demonstration")),
    # a conflict between herders and farmers: communal militias fighting
    ("Three people were killed and six wounded during a conflict between Fulani herders and Bambara farmers "
     "near Macina (Macina, Segou).", ("Battles", "Armed clash")),
    # strikes flown as one arm of a ground operation: the battle the troops fought
    ("On 14 March 2024, FAMa and Africa Corps troops conducted an air-land operation with drone strikes and "
     "heliborne commandos against JNIM militants near Nampala (Niono, Segou).", ("Battles", "Armed clash")),
])
def test_what_the_deed_was_done_to(default_analyzer, text, expected):
    assert _first(default_analyzer, text) == expected


def test_the_readings_hold_only_for_their_class():
    assert killed_once_taken("Gunmen abducted and killed a trader near Gao.")
    assert not killed_once_taken("Gunmen abducted a trader near Gao and killed his driver's dog in March.")
    assert robbed_with_harm("the farmers were beaten and their houses burned")
    assert not robbed_with_harm("the houses were burned and the shops looted")
    assert only_threatened("The youths threatened to burn the prefecture if the chief was not released.")
    assert not only_threatened("The youths burned the prefecture after the chief was arrested.")
