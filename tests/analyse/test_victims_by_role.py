"""Victims named by their trade or rank with "the" (« le », « la »), alone or in a list of counted victims, and the
breakdown of a toll told after it: each person counts once, and a later clause's subject is not among the dead."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.fatalities import find_fatalities
from tests.events.conftest import make_document


@pytest.mark.parametrize("text, language, dead", [
    ("Militants ambushed a truck near Boni, killing the driver and two soldiers.", "en", 3),
    ("Militants ambushed a truck near Boni, killing two soldiers and the driver.", "en", 3),
    ("Gunmen attacked the police station, killing the station chief.", "en", 1),
    ("The raid killed the commander and four of his men.", "en", 5),
    ("Seven passengers and the driver were killed when the bus hit a mine.", "en", 8),
    ("A drone strike on a wedding killed the groom and 12 guests.", "en", 13),
    ("Ten assailants were killed; on its side, a lieutenant and two soldiers died.", "en", 13),
    ("Several militants and two soldiers were killed.", "en", 2),  # a vague item beside an exact one is left out
    ("Des hommes armés ont tué le chef du village et deux de ses fils.", "fr", 3),
    ("Les assaillants ont ouvert le feu, tuant le chauffeur et deux soldats.", "fr", 3),
])
def test_each_person_named_counts_once(text: str, language: str, dead: int) -> None:
    killed, _ = find_fatalities(text, language)
    assert killed is not None and killed.low == dead == killed.high, killed


@pytest.mark.parametrize("text, language, dead", [
    ("Gunmen killed the village chief and his son was abducted.", "en", 1),
    ("Gunmen killed two soldiers and the driver fled.", "en", 2),
    ("Des hommes armés ont tué le chef du village et son fils a été enlevé.", "fr", 1),
])
def test_a_later_clause_subject_is_not_among_the_dead(text: str, language: str, dead: int) -> None:
    killed, _ = find_fatalities(text, language)
    assert killed is not None and killed.low == dead, killed


@pytest.mark.parametrize("text", ["Militants killed the soldiers guarding the bridge.",
                                  "The attackers killed the cattle of the village."])
def test_the_plural_or_no_person_is_no_count(text: str) -> None:
    killed, _ = find_fatalities(text)
    assert killed is None or killed.low != 1, killed


def test_a_breakdown_after_a_toll_names_the_dead_not_a_new_side(default_analyzer) -> None:
    """"The attack left 8 dead, including 3 soldiers." folds into the attack told before it: the soldiers are
    among the dead, not a side that killed them in another incident."""
    doc = make_document("On 17 May 2024, militants attacked Dinangourou (Koro, Mopti). The attack left 8 dead, "
                        "including 3 soldiers.", published=dt.date(2024, 5, 17))
    events = default_analyzer.analyse(doc).events
    assert len(events) == 1 and events[0].fatalities is not None and events[0].fatalities.low == 8
