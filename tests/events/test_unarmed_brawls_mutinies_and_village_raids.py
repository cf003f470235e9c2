"""The Riots / Protests / Battles boundary in wordings of these tests' own: soldiers mutinying with shots
in the air (a violent demonstration of the mutiny) or fighting loyal troops (a battle); a crowd's barricades and stones
beside a cause of violence it protests; a calm gathering scattered by the forces; a village's armed men raiding another
(its people's militia, or a communal one)."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities

from .conftest import most_confident_event as _first


MOB = ("Riots", "Mob violence")
CLASH = ("Battles", "Armed clash")


def test_a_mutiny_with_shots_in_the_air_is_its_violent_demonstration(analyzer):
    event = _first(analyzer, "On 3 October 2020, soldiers at the Fada N'Gourma camp (Gourma) mutinied over their "
                             "allowances, firing shots into the air; nobody was hurt.")
    assert event is not None and (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert "mutiny-burkina-faso-armed-forces" in event.side1 + event.assoc1
    assert "burkina-faso-armed-forces" not in event.side1 + event.assoc1


def test_mutineers_against_loyal_troops_are_a_battle_against_the_army(analyzer):
    event = _first(analyzer, "On 5 May 2024, mutineers holding the camp of Tahoua (Tahoua) exchanged fire with loyal "
                             "troops; 3 mutineers were killed.")
    assert event is not None and (event.event_type, event.sub_event_type) == CLASH
    assert event.side1 == ["mutiny-niger-armed-forces"] and "niger-armed-forces" in event.side2


def test_stones_and_barricades_beside_a_violence_protested_make_a_violent_demonstration(analyzer):
    event = _first(analyzer, "Residents of Kaya (Sanmatenga), protesting the murder of a shopkeeper, barricaded the "
                             "main road on 2 May 2022 and hurled stones at gendarmes, who fired tear gas.")
    assert event is not None and (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")


def test_a_calm_gathering_scattered_by_the_forces_is_a_protest_with_intervention(analyzer):
    event = _first(analyzer, "Women of Gorom-Gorom (Oudalan) who had assembled quietly at the town hall to demand "
                             "food aid were scattered by police firing tear gas on 4 April 2023.")
    assert event is not None and (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")


def test_a_crowd_that_burned_and_stoned_before_its_dispersal_stays_a_violent_demonstration(analyzer):
    # a residents' blockade is a protest word, but the crowd's own fires and stones outweigh the dispersal
    event = _first(analyzer, "On 12 March 2024, hundreds of residents of Titao (Loroum) demonstrating against the "
                             "blockade of their town set tyres ablaze and stoned the prefect's office; gendarmes fired "
                             "warning shots to disperse them.")
    assert event is not None and (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text,doer", [
    ("On 2 June 2021, armed men from a Gourmantche village near Fada N'Gourma (Gourma) raided a Fulani hamlet and "
     "killed 3 herders.", "gourmantche-militia-burkina-faso"),
    ("On 2 June 2021, armed youths from a neighbouring village stormed a hamlet near Kaya (Sanmatenga) and killed "
     "2 people.", "unidentified-communal-militia-burkina-faso"),
])
def test_a_villages_armed_men_are_its_communal_militia(analyzer, text, doer):
    event = _first(analyzer, text)
    assert event is not None and event.event_type == "Violence against civilians"
    assert event.side1 == [doer]
    assert not any(a.startswith("unidentified-armed-group") for a in event.side1 + event.side2)


def test_a_reprisals_motive_does_not_hide_the_deeds_toll():
    assert find_fatalities("gunmen raided the village in revenge for the theft of goats and shot dead 4 residents.",
                           "en")[0].low == 4
    assert find_fatalities("in reprisal for an attack which had killed 11 VDP, militants burned the village.",
                           "en")[0] is None
