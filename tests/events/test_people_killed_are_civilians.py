"""People killed whom the text does not call armed ("two men were shot dead by militants", "militants
killed three men") are civilians for ACLED: the event is an attack, active or passive; victims named
as armed, or a post attacked, keep it a battle.  Notes written for this test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "On 12 May 2024, three men were shot dead near Dioura (Kareri, Tenenkou) by suspected JNIM militants.",
    "On 12 May 2024, JNIM militants killed two men near Dioura (Kareri, Tenenkou), accusing them of informing.",
    "On 12 May 2024, two herders were killed near Dioura (Kareri, Tenenkou) by IS Sahel militants.",
])
def test_unarmed_people_killed_are_an_attack(first_event, text):
    event = first_event(text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "On 12 May 2024, JNIM militants attacked a FAMa post near Dioura (Kareri, Tenenkou) and killed four soldiers.",
    "On 12 May 2024, two armed men were killed near Dioura (Kareri, Tenenkou) in a clash with Dozo hunters.",
])
def test_armed_victims_keep_a_battle(first_event, text):
    assert first_event(text).event_type == "Battles"
