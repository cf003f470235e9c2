"""Tolls and days of ACLED-style notes that the thirteenth Mali blind file (``notes_mali_blind_13.csv``) found
misread: a bracket listing the people a count already holds ("killed 2 civilians (a man and his wife)") read as
more dead; a toll told as "the death of" a list of people read only to its first item; one victim told found
dead after the words of what befell him; French trades (« pêcheurs », « boutiquier », « transporteurs ») that
were no victims; a pluperfect relative clause's day ("gunmen who had entered the town the previous night")
taken for the event's own."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.fatalities import find_fatalities
from tests.analyse.small_world import one_paragraph


def _dead(text: str, language: str = "en") -> int | None:
    killed = find_fatalities(text, language)[0]
    return killed.low if killed is not None else None


@pytest.mark.parametrize("text, dead", [
    ("Gunmen killed 2 civilians (a man and his wife) near the village.", 2),
    ("Bandits shot dead three traders (two brothers and their cousin) on the road.", 3),
    ("The raid killed 6 people (4 soldiers and 2 civilians), residents said.", 6),
    # a bracket naming the count's people once lists nobody: the count stays
    ("Militants killed 9 VDP (volunteer fighters) near the post.", 9),
    ("Militants killed 9 VDP (volunteer fighters) and 2 civilians near the post.", 11),
])
def test_a_bracket_listing_the_counted_adds_no_dead(text, dead):
    assert _dead(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("Militants ambushed a patrol, resulting in the death of 4 soldiers and 3 militants.", 7),
    ("The blast caused the deaths of two passengers and a driver.", 3),
    ("The ambush caused the death of five soldiers.", 5),
])
def test_the_death_of_a_list_counts_each_item(text, dead):
    assert _dead(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("On 24 June 2024, a man abducted on 20 June by gunmen near the town was found dead.", 1),
    ("A herder who had gone missing with his animals two days earlier was found dead near the well.", 1),
    ("Two herders were found dead near the well.", 2),
])
def test_one_victim_found_dead_after_his_story(text, dead):
    assert _dead(text) == dead


def test_found_dead_needs_a_person():
    assert _dead("A vehicle abandoned near the town was found burnt.") is None


@pytest.mark.parametrize("text, dead", [
    ("Un boutiquier a été abattu par des bandits armés dans le marché.", 1),
    ("La veille, des militants avaient tué quatre pêcheurs sur le fleuve.", 4),
    ("Trois transporteurs ont été tués sur l'axe routier.", 3),
    ("Des hommes armés ont tué six ouvriers d'une carrière.", 6),
])
def test_french_trades_are_victims(text, dead):
    assert _dead(text, "fr") == dead


def _event_day(analyzer, text: str, published: dt.date):
    analysis = analyzer.analyse(one_paragraph(text, published, doc_id="b" * 16))
    events = [e for e in analysis.events if e.date is not None]
    return events[0].date


def test_a_pluperfect_relative_clause_keeps_its_day_to_itself(analyzer):
    published = dt.date(2024, 3, 5)
    got = _event_day(analyzer, "A trader was killed in the market by gunmen who had entered the town the previous night.",
                     published)
    assert got.earliest == got.latest == published


def test_a_day_of_the_main_clause_still_dates_the_event(analyzer):
    published = dt.date(2024, 3, 5)
    got = _event_day(analyzer, "Gunmen killed a trader in the market the previous night.", published)
    assert got.earliest == got.latest == dt.date(2024, 3, 4)


@pytest.mark.parametrize("text", [
    "Two herders were killed near the well, which sparked a weekend of clashes where four villagers died over the weekend.",
    "A trader was shot dead at the market, setting off a week of reprisals in which three men were killed during the week.",
])
def test_the_days_of_the_violence_an_incident_set_off_are_not_its_own(analyzer, text):
    published = dt.date(2024, 3, 6)  # a Wednesday: "the weekend" would be the 2nd and 3rd
    got = _event_day(analyzer, text, published)
    assert got.earliest == got.latest == published
