"""A toll told over several parties is their sum, as ACLED counts the dead of every side: "killed 12 soldiers
and four Russian mercenaries" is 16, whoever the parties are (paramilitaries, contractors, servicemen, a
quoted name) and in whichever order the sentence lists them; a share of the dead ("two soldiers, including a
captain") is no further party, and a count inside a reporting clause ("a statement that four soldiers…") is
the count, not the statement."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, total", [
    ("The rebels say they killed nine Russian mercenaries and 31 government soldiers near the well.", 40),
    ("Our fighters inflicted heavy losses: 16 soldiers and 3 Wagner mercenaries killed, a truck seized.", 19),
    ('The group claimed it had killed 14 troops and five "Wagner mercenaries" at the crossing.', 19),
    ("The attack left six servicemen and two Russian instructors dead, the source added.", 8),
    ("Gunmen killed four soldiers, three paramilitaries and a customs officer at the post.", 8),
    ("Six soldiers, two gendarmes and a herder were killed when the convoy was hit.", 9),
    ("The militants killed two foreign contractors and their driver on the mine road.", 3),
])
def test_a_toll_listed_over_several_parties_is_summed(text, total):
    killed, _ = find_fatalities(text)
    assert killed is not None and killed.low == total, killed


@pytest.mark.parametrize("text, total", [
    ("Gunmen killed three soldiers, including a lieutenant, at the checkpoint.", 3),
    ("Five people, among them two women, were killed in the raid.", 5),
    ("The army said in a communique that five soldiers were killed and 19 assailants neutralized.", 24),
    ("Officials said in a report that three villagers were killed.", 3),
])
def test_a_share_or_a_reporting_clause_adds_no_party(text, total):
    killed, _ = find_fatalities(text)
    assert killed is not None and killed.low == total, killed


@pytest.mark.parametrize("text, total", [
    ("Rebels attacked the base on Friday, killing at least 11 soldiers, a district official and a nurse said.", 11),
    ("Gunmen killed seven villagers, a resident and an aid worker told reporters.", 7),
    # a list told before the speakers' own clause is all victims
    ("Gunmen killed four soldiers, two gendarmes and a civilian, residents said.", 7),
])
def test_the_people_who_told_the_toll_are_no_victims(text, total):
    killed, _ = find_fatalities(text)
    assert killed is not None and killed.low == total, killed


@pytest.mark.parametrize("text, low", [
    ("Between 6 and 9 herders were killed near the well.", 6),
    ("Four to five soldiers and two militiamen were killed.", 6),
])
def test_a_range_in_a_list_counts_its_lowest_figure(text, low):
    killed, _ = find_fatalities(text)
    assert killed is not None and killed.low == low, killed
