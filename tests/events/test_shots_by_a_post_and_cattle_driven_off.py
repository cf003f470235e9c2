"""Where a shot was fired is not what it struck: a civilian vehicle fired on at a checkpoint is an attack on
civilians, while soldiers fired on at their checkpoint fight a battle.  Armed men who raid a village and make off
with its cattle, nobody hurt, loot; killing a herder as they do is an attack.  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Soldiers opened fire on a civilian vehicle at a checkpoint in Anefis on 18 August 2025, killing three civilians.",
    "On 4 May 2025, troops fired on a bus at a roadblock near Sevare, killing its two occupants.",
])
def test_a_vehicle_fired_on_at_a_post_is_struck_as_civilians(first_event, text):
    ev = first_event(text)
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack"), (ev.event_type, ev.sub_event_type)


def test_fire_opened_at_a_checkpoint_is_a_battle(first_event):
    ev = first_event("Gunmen opened fire at a checkpoint in Anefis on 18 August 2025, killing two soldiers.")
    assert ev.event_type == "Battles", ev.event_type


@pytest.mark.parametrize("text, expected", [
    ("Unidentified armed men raided the village of Ogossagou on 14 May 2025 and made off with dozens of cattle and "
     "goats. No one was hurt.", ("Strategic developments", "Looting/property destruction")),
    ("Gunmen raided the village of Ogossagou on 14 May 2025 and made off with dozens of cattle, killing two herders.",
     ("Violence against civilians", "Attack")),
])
def test_cattle_driven_off_loot_unless_people_are_hurt(first_event, text, expected):
    ev = first_event(text)
    assert (ev.event_type, ev.sub_event_type) == expected, (ev.event_type, ev.sub_event_type)
