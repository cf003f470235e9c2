"""The Riots / Protests / Battles boundary in wordings of these tests' own: two groups of unarmed people fighting with
sticks, stones or tools, or told as a brawl (mob violence, not communal militias at arms); soldiers mutinying with shots
in the air (a violent demonstration of the mutiny) or fighting loyal troops (a battle); a crowd's barricades and stones
beside a cause of violence it protests; a calm gathering scattered by the forces; a village's armed men raiding another
(its people's militia, or a communal one); and what must not move: communities trading gunfire stay a battle."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.communal import brawl_fight, groups_brawling
from sitrep.analyse.fatalities import find_fatalities

from .conftest import make_document


def _first(analyzer, text: str):
    doc = make_document(text, dt.date(2026, 11, 16))
    events = sorted(analyzer.analyse(doc).events, key=lambda e: (-e.confidence, e.span.char_start))
    return events[0] if events else None


MOB = ("Riots", "Mob violence")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("text,expected", [
    ("On 3 June 2021, an argument between Gourmantche farmers and Fulani herders near Diapaga (Tapoa) turned into a "
     "brawl; five people were hurt.", MOB),
    ("Cultivators and herdsmen of Sebba (Yagha) exchanged blows with sticks and whips on 4 May 2020 after goats ate "
     "a groundnut crop.", MOB),
    ("On 9 April 2022, artisanal miners and the landowners of a village near Bouroum came to blows over royalties, "
     "using cudgels and stones. One miner died.", MOB),
    ("Herders and farmers clashed near Dosso (Dosso) on 1 May 2022. Armed only with sticks, the two groups fought a "
     "free-for-all until gendarmes arrived.", MOB),
    # communities fighting with clubs, told as no brawl, stay communal militias (ACLED's own notes)
    ("On 1 May 2022, herders and farmers fought with clubs near Dosso (Dosso); one man was killed.", CLASH),
    # what must not move: armed communities, and two villages' people, whatever their arms (ACLED's own notes)
    ("On 3 May 2021, youths from Boulsa and Zeguedeguin fought with clubs over a field near Boulsa (Namentenga); one "
     "man was killed.", CLASH),
    ("On 7 March 2021, Dozo hunters and Fulani herders exchanged fire near Barani (Kossi); 4 people were killed.", CLASH),
    ("On 7 March 2021, herders and farmers clashed with rifles near Tera (Tillaberi); 3 people were killed.", CLASH),
])
def test_a_fight_of_unarmed_groups_is_mob_violence_and_an_armed_one_a_battle(analyzer, text, expected):
    event = _first(analyzer, text)
    assert event is not None and (event.event_type, event.sub_event_type) == expected


def test_brawl_words_and_arms():
    assert brawl_fight("the quarrel degenerated into a free-for-all")
    assert brawl_fight("armed only with sticks and paddles, the two groups fought")
    assert not brawl_fight("armed with rifles and sticks, the two groups fought")
    assert not brawl_fight("Dozo militiamen and herders fought with sticks")
    assert groups_brawling("Herders and farmers clashed at a well.", "It was a brawl with hoes and stones.")
    assert not groups_brawling("Herders and farmers clashed at a well.", "They fought with hoes and stones.")
    assert not groups_brawling("Soldiers and militants clashed with sticks and stones.")


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
