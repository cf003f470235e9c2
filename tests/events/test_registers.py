"""The text checks of ``events.registers``: history before conflict data, statistics, combat sports.
Sentences written here; each check is asserted both ways."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.registers import combat_sport, historical, statistical


@pytest.mark.parametrize("text, expected", [
    ("In 1972, soldiers shot dead dozens of students who had occupied the university.", True),
    ("Survivors remembered the massacre of 1993 at the village memorial.", True),
    ("A mass grave from the civil war of the 1980s was exhumed.", True),
    ("On Monday, gunmen attacked a village that had been attacked in 1990.", False),  # the day of the news is told
    ("Rebels who have fought the army since 1983 attacked a post.", False),  # a conflict's start, not a date
    ("On 12 May 2024, militants killed 1500 cattle near Gao.", False),
])
def test_history_needs_an_old_year_and_no_day_of_news(text, expected):
    assert historical(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("Gun violence killed more people this year than road accidents, a public health study found.", True),
    ("Murder rates in the capital remain high, with 60 killings per 100,000 residents.", True),
    ("Gunmen killed 12 people on Monday, the third attack this year in the district.", False),
])
def test_a_statistic_is_not_an_incident(text, expected):
    assert statistical(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("The champion knocked out his challenger to keep his heavyweight title.", True),
    ("Fans watched the fighters exchange blows in the ring until the bout ended.", True),
    ("Gunmen shot dead a former boxing champion outside his gym in Kaduna.", False),
    ("Protesters knocked down the wall of the town hall in the fourth round of protests.", False),
])
def test_combat_sport_unless_armed(text, expected):
    assert combat_sport(text) is expected
