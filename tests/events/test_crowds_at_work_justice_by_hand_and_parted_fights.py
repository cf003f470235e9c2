"""Riots and their look-alikes in wordings of these tests' own (none is a row of a blind set): a trade's crowd whose
verb the parser hung on the place it came from; a fight among people that grew into a riot (no demonstration); a
crowd that caught a suspect and then burned his goods (no arrest); justice done by people's own hands in the words
that tell it, and the same words said of an organised doer (an attack); fans who set on a game's people; shots at
people at their trade (an attack, no fight); a toll told with forces that only parted the crowd; one victim told by
a pronoun; the coastal neighbours' crowds and police; a titled man's name before an institution, and a note's
bracket of units with a particle."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.fatalities import find_fatalities
from sitrep.analyse.place_name_context import UNITS_BRACKET_AFTER
from sitrep.analyse.place_entity_words import closes_titled_name_of_institution

from .conftest import make_document

MOB = ("Riots", "Mob violence")
VIOLENT_DEMO = ("Riots", "Violent demonstration")
ATTACK = ("Violence against civilians", "Attack")


def _events(analyzer, text: str):
    doc = make_document(text, dt.date(2026, 11, 20))
    return sorted(analyzer.analyse(doc).events, key=lambda e: (-e.confidence, e.span.char_start))


def _kind(analyzer, text: str):
    events = _events(analyzer, text)
    return (events[0].event_type, events[0].sub_event_type) if events else None


@pytest.mark.parametrize("text", [
    "On 6 May 2026, diggers from Bouroum and from a nearby hamlet fought with sticks and stones at the gold site of "
    "Bouroum (Namentenga, Centre-Nord) over a shaft. One digger was killed.",
    "On 6 May 2026, a brawl between two groups of detainees at the prison of Dori (Seno, Sahel) turned into a riot: "
    "they burned blankets and hit warders with iron bars.",
    "On 6 May 2026, residents of Yako (Passore, Nord) caught a suspected burglar; he fled, and the crowd burned his "
    "bicycle and his bag.",
    "On 6 May 2026, traders in Gourcy (Zondoma, Nord) took the law into their own hands and beat a presumed pickpocket "
    "unconscious.",
    "On 6 May 2026, residents of Zorgho (Ganzourgou, Plateau-Central) settled the score of a suspected goat thief, who "
    "was beaten with sticks.",
    "On 6 May 2026, after a cup match in Dedougou (Mouhoun, Boucle du Mouhoun), fans of the losing side attacked the "
    "referee and two players.",
])
def test_crowds_at_work_and_justice_by_hand_are_a_mob(default_analyzer, text):
    assert _kind(default_analyzer, text) == MOB


@pytest.mark.parametrize("text", [
    # the same words said of an organised doer: its attack
    "On 6 May 2026, Koglweogo members in Boulsa (Namentenga, Centre-Nord) meted out their justice to a suspected "
    "thief, flogging him until he died.",
    # shots at people at their trade: no fight
    "On 6 May 2026, unidentified armed men opened fire on gold miners at a site near Sebba (Yagha, Sahel), killing three.",
])
def test_an_armed_or_organised_doer_attacks(default_analyzer, text):
    assert _kind(default_analyzer, text) == ATTACK


def test_a_catch_handed_to_the_police_stays_an_arrest(default_analyzer):
    text = "On 6 May 2026, residents of Kaya (Sanmatenga, Centre-Nord) caught a suspected thief and handed him to the police."
    assert _kind(default_analyzer, text) != MOB


def test_forces_that_part_a_crowd_are_no_second_perpetrator(default_analyzer):
    text = ("On 6 May 2026, pupils of two high schools fought with stones and knives in Koupela (Kouritenga, Centre-Est). "
            "One pupil was killed; gendarmes intervened to separate them.")
    events = _events(default_analyzer, text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [MOB], events
    assert events[0].fatalities is not None and events[0].fatalities.low == 1


def test_a_crowd_in_lome_is_togos_and_stones_togos_police(default_analyzer):
    text = ("On 6 May 2026, taxi-moto drivers in Lome (Golfe, Maritime) protesting a new tax blocked a road with burning "
            "tyres and stoned police officers.")
    events = _events(default_analyzer, text)
    assert events and (events[0].event_type, events[0].sub_event_type) == VIOLENT_DEMO
    assert events[0].side1 == ["rioters-togo"], events[0].side1
    assert "malian-police" not in events[0].side2


@pytest.mark.parametrize("text, dead", [
    ("A suspected thief was caught at the market; he was stoned to death.", 1),
    ("She was burnt alive by the crowd.", 1),
])
def test_one_victim_told_by_a_pronoun(text, dead):
    killed, _ = find_fatalities(text, "en")
    assert killed is not None and killed.low == dead, killed


def test_a_titled_mans_name_before_an_institution_is_no_place():
    text = "fans fought outside the General Lamizana Sangoule stadium in Ouagadougou"
    start = text.index("Sangoule")
    assert closes_titled_name_of_institution(text, start, start + len("Sangoule"))
    town = "fans fought outside the Tenkodogo stadium"
    start = town.index("Tenkodogo")
    assert not closes_titled_name_of_institution(town, start, start + len("Tenkodogo"))


@pytest.mark.parametrize("bracket, units", [
    (" (Mouhoun, Boucle du Mouhoun)", True),
    (" (Marahoue, Sassandra-Marahoue)", True),
    (" (which is far)", False),
])
def test_a_bracket_of_units_may_hold_a_particle(bracket, units):
    assert (UNITS_BRACKET_AFTER.match(bracket) is not None) == units
