"""Acts of Sahel juntas and their partners, and violence by the bodies of civil society, as notes tell them.

- members of a union or an association, journalists and strikers are a crowd: their violence is a riot by Rioters
  (not a battle by an unidentified armed group, not looting by nobody);
- a place handed over ("handed it over to", « rétrocédé aux ») has its receiver as actor 1, and a departure that
  hands over a camp is a transfer of territory;
- prisoners freed in a swap or as part of a deal are an agreement; an agreement keeps both parties;
- property burned with harm to anyone denied is looting/property destruction, but a killing told with it is the
  attack;
- a broadcaster's name ("Djoliba TV") and an article opening a name ("La Francophonie") are no places;
- a French note opening on its full day is coded on that day even when its verb is a saying (« a déclaré »)."""

from __future__ import annotations

import datetime as dt

import pytest

from .dated_notes import fused_note_event


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 9 May 2024, members of the teachers' union clashed with rival unionists at the labour exchange in Segou "
     "(Segou, Segou); three people were injured.", "Mob violence"),
    ("Le 3 juin 2024, des journalistes ont forcé l'entrée du siège de la radio publique à Ségou (Ségou, Ségou) et "
     "saccagé le studio, protestant contre le licenciement de leurs collègues.", "Violent demonstration"),
])
def test_violence_of_civil_bodies_is_a_riot(text, sub_event_type):
    event = fused_note_event(text, dt.date(2024, 6, 3))
    assert (event.event_type, event.sub_event_type) == ("Riots", sub_event_type), (text, event.event_type, event.sub_event_type)
    assert event.actor1 == "rioters-mali", (text, event.actor1)


def test_the_receiver_of_a_camp_handed_over_is_actor_1():
    event = fused_note_event("On 2 July 2024, UN peacekeepers left their camp in Tessalit (Tessalit, Kidal) and handed "
                             "it over to the Malian army, as part of the mission's withdrawal.", dt.date(2024, 7, 2))
    assert event.sub_event_type == "Non-violent transfer of territory", event.sub_event_type
    assert (event.actor1, event.actor2) == ("malian-armed-forces", "minusma"), (event.actor1, event.actor2)


def test_militants_freed_in_a_deal_are_an_agreement():
    event = fused_note_event("On 6 July 2025, the junta freed 25 jihadist prisoners from the prison of Sevare (Mopti, "
                             "Mopti) as part of a deal to lift the blockade of the town.", dt.date(2025, 7, 6))
    assert event.sub_event_type == "Agreement", event.sub_event_type


def test_prisoners_freed_in_a_swap_are_an_agreement():
    event = fused_note_event("On 5 May 2024, Niger's military authorities freed 40 suspected Islamic State Sahel fighters "
                             "held in Niamey (Niamey, Niamey) in exchange for a police officer and three soldiers held "
                             "by the group.", dt.date(2024, 5, 5))
    assert event.sub_event_type == "Agreement", event.sub_event_type
    assert event.actor1 == "government-of-niger", event.actor1


def test_a_fight_told_beside_a_swap_stays_the_fight():
    event = fused_note_event("On 5 May 2024, Malian soldiers and JNIM militants clashed near Boni (Douentza, Mopti), "
                             "killing five soldiers, a day after the militants had freed 12 hostages in exchange for "
                             "prisoners.", dt.date(2024, 5, 5))
    assert event.sub_event_type == "Armed clash", event.sub_event_type


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 12 May 2024, JNIM militants burned a school and a health centre in Dinangourou (Koro, Mopti); no one was "
     "hurt as the staff had fled the week before.", "Looting/property destruction"),
    ("On 12 May 2024, JNIM militants burned a school in Dinangourou (Koro, Mopti) and killed two teachers.", "Attack"),
])
def test_property_burned_with_harm_denied_is_looting(text, sub_event_type):
    event = fused_note_event(text, dt.date(2024, 5, 12))
    assert event.sub_event_type == sub_event_type, (text, event.sub_event_type)
    assert event.date is not None and event.date.earliest == event.date.latest == dt.date(2024, 5, 12), event.date


@pytest.mark.parametrize("text, location", [
    ("On 4 June 2024, police arrested a presenter of Djoliba TV in Bamako (Bamako, Bamako).", "Bamako"),
    ("On 2 April 2025, Niger's junta announced in Niamey (Niamey, Niamey) that it was leaving the International "
     "Organisation of La Francophonie.", "Niamey"),
])
def test_a_station_or_an_article_is_no_place(text, location):
    event = fused_note_event(text, dt.date(2025, 4, 2))
    assert event.location == location, (text, event.location)


def test_a_french_note_is_coded_on_its_opening_day():
    event = fused_note_event("Le 9 mars 2024, la junte burkinabè a déclaré persona non grata trois diplomates français "
                             "à Ouagadougou (Ouagadougou, Kadiogo).", dt.date(2024, 3, 9))
    assert event.date is not None and event.date.earliest == event.date.latest == dt.date(2024, 3, 9), event.date
