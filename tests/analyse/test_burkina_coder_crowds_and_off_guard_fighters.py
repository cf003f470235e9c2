"""Burkina notes written the way ACLED's coders write them, on the readings the Burkina blind sets found missing: a
crowd whose violence is its own deed (premises "set ablaze", a headquarters attacked with stones, displaced people who
loot, a crowd the parser hung on its mood), fighters struck off guard (at home, after leaving the ranks: one-sided
violence, unless a fight is told), and the state's aircraft named without their country.  Each reading has a control
that must keep its code.  Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.analyse.small_world import one_paragraph


def _first(analyzer, text: str):
    events = analyzer.analyse(one_paragraph(text, dt.date(2025, 12, 31), doc_id="c" * 16)).events
    assert events, text
    return events[0]


@pytest.mark.parametrize("text, sub_event", [
    # the crowd's own burning after its march: a violent demonstration, not the killing it marched over
    ("On 4 March 2025, residents of Kaya angry over the killing of a driver by police marched to the police station "
     "and set it on fire.", "Violent demonstration"),
    # a headquarters struck by a crowd: nothing was set up
    ("On 9 March 2025, villagers of Titao attacked the Koglweogo headquarters with stones after a man died in their "
     "custody.", "Mob violence"),
    # the uprooted as a crowd
    ("On 12 March 2025, displaced persons in Djibo looted a food store and stoned two guards.", "Mob violence"),
    # a crowd the parser hangs on its mood ("angry"), the verb left without a subject
    ("On 18 March 2025, residents of Dori angry about the arrest of a trader marched on the prefecture, looted it and "
     "set vehicles on fire.", "Violent demonstration"),
    ("On 20 March 2025, youths in Koupela set the police station ablaze after a motorcyclist died in a police chase.",
     "Violent demonstration"),
])
def test_a_crowd_doing_the_violence_is_a_riot(default_analyzer, text, sub_event):
    event = _first(default_analyzer, text)
    assert event.sub_event_type == sub_event, (text, event.sub_event_type)


@pytest.mark.parametrize("text, sub_event", [
    # a crowd marching over a burning it did not do: a peaceful protest still
    ("On 4 March 2025, residents of Kaya marched to the town hall to denounce the burning of their granaries by "
     "militants.", "Peaceful protest"),
    # a headquarters set up stays one
    ("On 9 March 2025, JNIM militants set up a new headquarters in a forest near Titao.", "Headquarters or base established"),
])
def test_controls_keep_their_code(default_analyzer, text, sub_event):
    event = _first(default_analyzer, text)
    assert event.sub_event_type == sub_event, (text, event.sub_event_type)


@pytest.mark.parametrize("text", [
    "On 4 September 2024, suspected militants killed a VDP member at his home in Zabre.",
    "On 7 June 2025, gunmen shot dead a former VDP in his field near Djibasso.",
])
def test_a_fighter_struck_off_guard_is_an_attack(default_analyzer, text):
    event = _first(default_analyzer, text)
    assert event.sub_event_type == "Attack", (text, event.sub_event_type)


@pytest.mark.parametrize("text", [
    # the same fighters met at home who fought back: a battle
    "On 4 September 2024, militants attacked VDP members at their homes in Zabre; the VDP fought back and killed two "
    "assailants.",
    # a VDP post struck: a battle as ever
    "On 5 October 2024, JNIM militants attacked the VDP post of Liptougou. The VDP repelled the assault; three VDP "
    "were killed.",
])
def test_fighters_who_fought_or_held_a_post_stay_a_battle(default_analyzer, text):
    event = _first(default_analyzer, text)
    assert event.sub_event_type == "Armed clash", (text, event.sub_event_type)


@pytest.mark.parametrize("text", [
    "On 14 January 2025, military drones struck a gathering of suspected militants near Sindou (Leraba, Cascades).",
    "On 13 June 2025, military aircraft bombed a gathering near Bani (Gnagna, Est). 15 people were killed.",
])
def test_the_states_aircraft_named_without_a_country_are_its_army(default_analyzer, text):
    event = _first(default_analyzer, text)
    assert event.sub_event_type == "Air/drone strike", (text, event.sub_event_type)
    assert "burkina-faso-armed-forces" in event.side1, event.side1


@pytest.mark.parametrize("text", [
    # the kin of armed men, named by whose kin they are: the one they belong to is armed, they are not
    "On 14 June 2024, unidentified armed men stopped a minibus near Pissila and shot dead 4 passengers, including a "
    "VDP's wife.",
    "On 14 June 2024, unidentified armed men killed the wife and two children of a VDP near Pissila.",
    "On 14 June 2024, gunmen opened fire on the relatives of a soldier near Pissila, killing two.",
])
def test_the_kin_of_armed_men_are_civilians(default_analyzer, text):
    event = _first(default_analyzer, text)
    assert event.sub_event_type == "Attack", (text, event.sub_event_type)


@pytest.mark.parametrize("text", [
    # the armed men themselves, or their kin beside them: still a fight's dead
    "On 14 June 2024, gunmen killed 3 VDP near Pissila.",
    "On 14 June 2024, gunmen killed 3 VDP members and a soldier's son near Pissila.",
    "On 14 June 2024, gunmen ambushed a VDP patrol near Pissila, killing 3 VDP.",
])
def test_armed_men_beside_kin_keep_the_battle(default_analyzer, text):
    event = _first(default_analyzer, text)
    assert event.sub_event_type == "Armed clash", (text, event.sub_event_type)


@pytest.mark.parametrize("text, doer, struck", [
    # the state's auxiliaries who met a device were struck by it: its author is the unnamed group
    ("On 10 April 2024, a VDP vehicle struck an IED near Sebba, killing 3 VDP.", "unidentified-armed-group-burkina-faso",
     "vdp"),
    # a battle a device opened: the party told hitting the device was struck, the gunmen named after it fought it
    ("On 2 April 2024, a military convoy hit an IED near Kelbo, after which JNIM militants opened fire on the convoy. "
     "The soldiers fought back.", "jnim", None),
    # control: an armed group that set the device off stays its doer
    ("On 2 April 2024, JNIM militants detonated a landmine against soldiers near Kelbo.", "jnim",
     "burkina-faso-armed-forces"),
])
def test_who_met_a_device(default_analyzer, text, doer, struck):
    event = _first(default_analyzer, text)
    assert event.side1[:1] == [doer], (text, event.side1, event.side2)
    assert struck is None or struck in event.side2, (text, event.side2)
