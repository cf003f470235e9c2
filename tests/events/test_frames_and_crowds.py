"""Violence told as another act's matter is no incident; crowds, unopposed takeovers and a
protest's arrests coded as ACLED codes them.  Sentences written here, several phrasings each."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from sitrep.analyse.events.frames import counted_over_a_period

from .conftest import most_confident_event

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
DAY = dt.date(2024, 6, 12)


# the most confident event of a text published on DAY
_first = partial(most_confident_event, published=DAY)


def _violent(analyzer, make_doc, text, published=None):
    return [e for e in analyzer.analyse(make_doc(text, published=published)).events if e.event_type in VIOLENT]


@pytest.mark.parametrize("text", [
    # a court's act: the violence is the matter of the sentence, not its news
    "A court in Mopti sentenced four men to life in prison for their role in the 2019 attack on a village, in which 30 people were killed.",
    "The trial of six gendarmes accused of killing two traders at a checkpoint opened in Niamey on Tuesday.",
    "Prosecutors have opened an investigation into the ambush that killed 12 soldiers near Tessit last year.",
    "The court confirmed charges of murder and torture against a former militia commander.",
    # a reaction
    "The African Union condemned the massacre of villagers in central Mali and called for an independent inquiry.",
    # a tally over a period
    "Armed groups have killed more than 500 civilians in the past six months, the report said.",
])
def test_violence_told_as_a_trial_a_reaction_or_a_tally_makes_no_violent_event(analyzer, make_doc, text):
    assert _violent(analyzer, make_doc, text) == []


@pytest.mark.parametrize("text", [
    "On 4 May 2024, JNIM militants ambushed a FAMa convoy near Konna. 4 soldiers were killed.",
    "Gunmen killed 11 villagers in an attack on the village of Ogossagou on Sunday.",
    "The army said its aircraft struck a militant camp near Menaka, killing about 20 fighters.",
])
def test_an_incident_told_plainly_is_still_an_event(analyzer, make_doc, text):
    assert _violent(analyzer, make_doc, text)


def test_a_period_count_is_a_window_not_a_date():
    assert counted_over_a_period("killed 40 people over the last three years")
    assert counted_over_a_period("so far this year, 12 attacks were recorded")
    assert not counted_over_a_period("seized the highway for the first time since 2012")
    assert not counted_over_a_period("On 3 May 2024, militants attacked the town")


@pytest.mark.parametrize("text", [
    "On 12 June 2024, the army withdrew from its camp in Lerneb, which was then occupied by JNIM militants without fighting.",
    "On 12 June 2024, JNIM militants entered Lerneb unopposed after the soldiers had left.",
])
def test_a_change_of_hands_without_a_fight_is_a_non_violent_transfer(analyzer, text):
    event = _first(analyzer, text)
    assert event is not None and event.sub_event_type == "Non-violent transfer of territory"


@pytest.mark.parametrize("text", [
    "On 14 December 2024, police used tear gas to disperse traders who were protesting new taxes in Sikasso. 6 protesters were arrested.",
    "On 14 December 2024, hundreds of students marched in Bamako against the closure of the university. Police arrested 10 protesters.",
])
def test_the_arrests_of_a_notes_protesters_are_its_intervention(analyzer, make_doc, text):
    events = analyzer.analyse(make_doc(text, published=DAY)).events
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


@pytest.mark.parametrize("text", [
    "On 12 March 2024, youths clashed with police in Kaya after the arrest of a local leader. Several people were injured.",
    "On 12 March 2024, youths clashed with gendarmes in Sikasso. Two officers were injured.",
])
def test_a_crowd_that_fights_the_police_riots_even_when_the_parser_misses_its_verb(analyzer, text):
    event = _first(analyzer, text)
    assert event is not None and event.event_type == "Riots"


@pytest.mark.parametrize("text", [
    "On 17 February 2024, JNIM militants took away more than 300 head of cattle from herders in Dogofry. No casualties were reported.",
    "On 9 October 2023, JNIM militants stopped six trucks near Boulkessi and carried off the goods.",
    "Looting: On 17 May 2022, unidentified gunmen seized seven oxen at a farm about 3km from the town of Kaya.",
])
def test_livestock_and_goods_carried_off_are_looting(analyzer, text):
    event = _first(analyzer, text)
    assert event is not None and event.sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize("text", [
    "On 7 June 2022, presumed JNIM militants attacked the FDS in Solenzo. 3 FDS members and 2 civilians were killed.",
    "On 3 April 2024, FAMa and Wagner Group forces conducted an operation in the village of Welingara, killing 14 civilians.",
])
def test_who_was_attacked_decides_battle_or_attack(analyzer, text):
    event = _first(analyzer, text)
    want = "Battles" if "FDS" in text else "Violence against civilians"
    assert event is not None and event.event_type == want


@pytest.mark.parametrize("text", [
    "On 14 March 2022, suspected IS Sahel militants attacked a gold mining site near Sebba guarded by VDP. 9 people were killed, including 4 VDP.",
    # (a civilian convoy's escort is a side once it fights: ACLED codes the attack on the traders alone as an attack)
    "On 2 August 2021, militants ambushed a convoy of traders escorted by soldiers near Gorgadji. The soldiers returned "
    "fire; 15 people died.",
])
def test_a_place_or_convoy_held_by_armed_men_makes_a_battle(analyzer, text):
    event = _first(analyzer, text)
    assert event is not None and event.event_type == "Battles"


@pytest.mark.parametrize("text, want", [
    ("Police used live bullets and tear gas to disperse a peaceful anti-government protest in Luanda, killing one protester.",
     "Excessive force against protesters"),
    ("Dozens of people were injured as security forces fired rubber bullets and tear gas to disperse anti-government demonstrators.",
     "Excessive force against protesters"),
    ("Police fired tear gas to disperse a rally of opposition supporters in Niamey.", "Protest with intervention"),
    ("Farmers blocked roads and railways across the country to protest new farm bills.", "Violent demonstration"),
])
def test_what_befell_a_protest_decides_its_sub_type(analyzer, text, want):
    event = _first(analyzer, text, published=None)
    assert event is not None and event.sub_event_type == want


@pytest.mark.parametrize("text", [
    "Three years after the massacre, survivors say they still fear returning to their village.",
    "The family of a journalist killed in Kidal is still waiting for answers, ten years after the murder.",
])
def test_violence_recalled_years_later_is_no_incident(analyzer, make_doc, text):
    assert _violent(analyzer, make_doc, text) == []
