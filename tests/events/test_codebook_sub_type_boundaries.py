"""Sub-event types at the codebook's boundaries, in notes of the Mali register (``notes_mali_blind_22``'s classes):

- a place reached through the people a gain verb took ("seized the village chief of Kolongo") only says whose
  people they were: an abduction, not territory overtaken; a place seized itself stays a change of hands;
- a device destroyed "in a controlled detonation" by those who found it was taken out of use (Disrupted
  weapons use); a device that went off and hurt people is the explosion;
- fighters "neutralised" (the armies' word for enemies killed) with no weapon named are a battle, not a weapon
  taken out of use;
- a crowd's grievance is no deed of the forces: "protested against the arrest of their husbands" is a peaceful
  protest (arrests made at the protest are its intervention), and "gathered peacefully to ask for news of troops
  besieged in Nara" is a protest, not the siege.
"""

from __future__ import annotations

import datetime as dt

import pytest


def _coded(first_event, text: str) -> tuple[str, str]:
    event = first_event(text, published=dt.date(2025, 6, 1))
    return event.event_type, event.sub_event_type


@pytest.mark.parametrize("text", [
    "On 19 November 2024, gunmen seized the village chief of Kolongo (Douentza, Mopti) at his house.",
    "On 2 March 2025, armed men took the mayor of Dioura (Tenenkou, Mopti) from his car on the road home.",
])
def test_people_of_a_place_seized_are_abducted(first_event, text):
    assert _coded(first_event, text) == ("Violence against civilians", "Abduction/forced disappearance")


def test_a_place_seized_itself_still_changes_hands(first_event):
    coded = _coded(first_event, "On 13 August 2023, CSP-PSD rebels seized the town of Ber (Timbuktu, Timbuktu) after "
                                "heavy fighting with FAMa troops, and took control of it.")
    assert coded[1] in ("Non-state actor overtakes territory", "Armed clash"), coded
    assert coded[1] != "Abduction/forced disappearance"


@pytest.mark.parametrize("text", [
    "On 9 February 2021, deminers of the UN mission located an explosive device outside Tessalit (Tessalit, Kidal) "
    "and destroyed it in a controlled detonation.",
    "On 4 June 2025, an army bomb disposal unit carried out a controlled explosion of a device left on the bridge "
    "of Sofara (Djenne, Mopti).",
])
def test_a_controlled_detonation_is_disrupted_weapons_use(first_event, text):
    assert _coded(first_event, text) == ("Strategic developments", "Disrupted weapons use")


def test_a_device_that_went_off_on_people_is_an_explosion(first_event):
    coded = _coded(first_event, "On 4 April 2025, a minibus ran over a landmine on the road near Boni (Douentza, "
                                "Mopti); seven passengers died.")
    assert coded == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text", [
    "On 3 April 2025, soldiers' wives protested in Kati (Kati, Koulikoro) against the arrest of their husbands.",
    "On 24 April 2024, relatives of soldiers gathered peacefully in Kayes (Kayes, Kayes) to ask for news of troops "
    "besieged in Nara.",
    "On 21 March 2024, traders of Douentza (Douentza, Mopti) closed their shops and marched to the town hall, angry at "
    "the siege imposed on Boni by militants.",
])
def test_a_grievance_is_no_deed_of_the_forces(first_event, text):
    assert _coded(first_event, text) == ("Protests", "Peaceful protest")


def test_arrests_made_at_a_protest_are_its_intervention(first_event):
    coded = _coded(first_event, "On 3 April 2025, police arrested ten youths who were protesting in Kati (Kati, "
                                "Koulikoro).")
    assert coded == ("Protests", "Protest with intervention")


@pytest.mark.parametrize("text", [
    "On 11 April 2025, 12 terrorists were neutralised by a FAMa patrol near Nampala (Niono, Segou).",
    "On 30 April 2025, 7 jihadist fighters were neutralised in a combined operation near Dioura (Tenenkou, Mopti).",
])
def test_fighters_neutralised_are_a_battle_not_a_weapon_disrupted(first_event, text):
    assert _coded(first_event, text) == ("Battles", "Armed clash")


def test_a_weapon_neutralised_is_still_disrupted(first_event):
    coded = _coded(first_event, "On 30 April 2025, soldiers neutralised two explosive devices planted by militants on "
                                "the road to Dioura (Tenenkou, Mopti).")
    assert coded == ("Strategic developments", "Disrupted weapons use")
