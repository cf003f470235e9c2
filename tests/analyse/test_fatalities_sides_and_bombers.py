"""Tolls told across two sides, a suicide bomber's own death, a count after a possessive noun and a body of people
killed without a figure (sentences written for this test, English and French): ACLED sums both sides' dead, counts the
bomber who blew himself up with his victims, and codes an unknown number of dead at its low estimate of 3."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, language, expected", [
    # a side's own losses told as a figure, the other side's dead beside them
    ("Army losses stood at 4, while 11 attackers were neutralised.", "en", 15),
    ("The troops reported 2 dead on their side and 9 militants killed.", "en", 11),
    # one side labelled, the other's dead after the semicolon
    ("Côté armée, le bilan est de 3 morts ; 7 terroristes ont été neutralisés.", "fr", 10),
    # the bomber who blew himself up, with his victims
    ("A suicide bomber blew himself up at the gate of the camp, killing two soldiers.", "en", 3),
    ("A bomber blew himself up near the market, killing four traders along with himself.", "en", 5),
    ("Un kamikaze s'est fait exploser devant le poste, tuant trois gendarmes.", "fr", 4),
    # a count after a possessive noun
    ("Gunmen shot dead the imam's three sons near the mosque.", "en", 3),
    ("The hamlet's two guards were killed during the night.", "en", 2),
])
def test_both_sides_the_bomber_and_possessive_counts(text, language, expected):
    killed, _ = find_fatalities(text, language)
    assert killed is not None and (killed.low, killed.high) == (expected, expected)


@pytest.mark.parametrize("text, language, expected", [
    ("A suicide bomber blew himself up at a checkpoint; only the attacker was killed.", "en", 1),
    ("Côté armée, 2 morts ; 5 blessés.", "fr", 2),  # the wounded after the semicolon add nothing
    ("Army losses stood at 6.", "en", 6),
])
def test_what_adds_nothing(text, language, expected):
    killed, _ = find_fatalities(text, language)
    assert killed is not None and killed.low == expected


def test_a_body_of_people_killed_without_a_figure_is_the_low_estimate():
    killed, _ = find_fatalities("A group of gunmen was neutralised by the troops near the river.", "en")
    assert killed is not None and (killed.low, killed.high) == (3, None)
