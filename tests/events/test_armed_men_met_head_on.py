"""Who was armed and who fought back, beyond the Sahel's own words: the police or troops who engage kidnappers fight an
armed gang (a battle, though the model reads "kidnappers" as a kidnapping), a village's vigilance committee or the CJTF
that resists raiders is an armed defender (a battle, not a crowd's mob violence), while kidnappers who abduct
their captives, and a crowd that lynches suspected kidnappers, stay one-sided.  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "On 5 March 2024, police tactical teams engaged kidnappers holding 6 passengers near Kajuru (Kaduna); 2 kidnappers "
    "were killed in the gunfight and the victims were rescued.",
    "On 2 January 2024, Boko Haram militants raided a village near Fotokol; members of the vigilance committee resisted "
    "with bows and arrows, killing 2 attackers.",
    "On 11 May 2023, ISWAP fighters attacked members of the CJTF near Mafa (Borno); 3 CJTF were killed.",
])
def test_armed_men_met_head_on_make_a_battle(first_event, text):
    ev = first_event(text)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash"), (ev.event_type, ev.sub_event_type)


@pytest.mark.parametrize("text, sub", [
    ("On 2 March 2024, kidnappers abducted 15 pupils of a Qur'anic school in Gada (Sokoto).", "Abduction/forced disappearance"),
])
def test_kidnappers_deeds_on_captives_stay_one_sided(first_event, text, sub):
    ev = first_event(text)
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", sub), (ev.event_type, ev.sub_event_type)


def test_a_crowd_lynching_suspected_kidnappers_stays_a_riot(first_event):
    ev = first_event("On 5 March 2024, a crowd lynched two suspected kidnappers in Kaduna.")
    assert ev.event_type == "Riots", ev.event_type
