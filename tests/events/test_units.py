"""Taxonomy, casualty figures, outcome versions: the pure pieces of the event stage."""

from __future__ import annotations

import pytest

from sitrep.analyse.events import types as et
from sitrep.analyse.fatalities import find_fatalities
from sitrep.analyse.versions import LABELS, conflicting, find_version, version_of


def test_taxonomy_has_acled_shape():
    assert len(et.EVENT_TYPES) == 6
    assert len(et.SUB_EVENT_TYPES) == 25
    assert len({s.case for s in et.SUB_EVENT_TYPES}) == 25
    assert et.acled_of("GOV_REGAINS_TERIT") == ("Battles", "Government regains territory")
    assert et.acled_of("PROPERTY_DISTRUCT") == ("Strategic developments", "Looting/property destruction")
    assert et.acled_of("DIPLO") is None
    assert et.case_of("Remote explosive/landmine/IED") == "REM_EXPLOS"
    assert et.plover_of("Arrests") == ("COERCE", "arrest")
    assert et.is_valid("Protests", "Excessive force against protesters")
    assert not et.is_valid("Battles", "Attack")
    with pytest.raises(KeyError):
        et.case_of("Armed Clash")  # ACLED's spelling is "Armed clash"


@pytest.mark.parametrize(
    "text, low, high, vague, kind",
    [
        ("adding that the provisional death toll was at least 17.", 17, None, False, "killed"),
        ("seven of its officers were killed in clashes", 7, 7, False, "killed"),
        ("claimed that “dozens” of fighters had been killed or taken prisoner", 12, None, False, "killed_or_captured"),
        ("several soldiers were killed", 3, None, False, "killed"),
        ("a dozen villagers were killed", 12, 12, False, "killed"),
        ("hundreds of people died", 100, None, False, "killed"),
        ("a raid that resulted in heavy losses for armed insurgents", None, None, True, "killed"),
        ("killing 6 civilians, including 2 women", 6, 6, False, "killed"),
        ("up to 30 people were killed", None, 30, False, "killed"),
        ("The defence minister was killed in the offensive", 1, 1, False, "killed"),
        ("more than 40 people were killed", 40, None, False, "killed"),  # ACLED codes "more than N" as N
    ],
)
def test_fatalities(text, low, high, vague, kind):
    killed, _ = find_fatalities(text)
    assert killed is not None
    assert (killed.low, killed.high, killed.vague, killed.kind) == (low, high, vague, kind)
    assert killed.phrase and killed.phrase in text


def test_fatalities_rejects_absurd_and_years():
    assert find_fatalities("10000000000 killed in the attack") == (None, None)
    assert find_fatalities("On 5 February 2024, gunmen killed 14 civilians")[0].low == 14
    assert find_fatalities("The meeting took place in Gao on Monday.") == (None, None)


def test_injuries_are_separate_from_deaths():
    killed, injured = find_fatalities("Gunmen killed 12 people and wounded 5 others in Gao.")
    assert (killed.low, injured.low) == (12, 5)
    killed, injured = find_fatalities("The attack left 23 dead and dozens wounded")
    assert (killed.low, injured.low, injured.high) == (23, 12, None)


@pytest.mark.parametrize(
    "text, label",
    [
        ("Africa Corps was forced to retreat from the town of Kidal", "forced_withdrawal"),
        ("The Russian mercenaries and Malian troops have fled", "forced_withdrawal"),
        ("the army launched a “pullback” operation", "planned_withdrawal"),
        ("they made a strategic decision to leave the stronghold town", "planned_withdrawal"),
        ("the army completely liberated the city", "attacker_victory"),
        ("its forces defeated the militants and prevented the coup", "defender_victory"),
        ("the helicopter encountered difficulties and made an emergency landing", "accident"),
        ("separatists rammed the helicopter, causing it to crash", "shot_down"),
        ("The minister visited the region", ""),
    ],
)
def test_versions(text, label):
    assert version_of(text) == label
    if label:
        assert find_version(text)[1].lower() in text.lower()


def test_conflicting_pairs():
    assert conflicting("forced_withdrawal", "planned_withdrawal")
    assert conflicting("planned_withdrawal", "forced_withdrawal")
    assert conflicting("accident", "shot_down")
    assert conflicting("forced_withdrawal", "defender_victory")
    assert conflicting("attacker_victory", "planned_withdrawal")
    assert not conflicting("forced_withdrawal", "forced_withdrawal")
    assert not conflicting("accident", "attacker_victory")
    assert not conflicting("", "shot_down")
    assert set(LABELS) >= {"forced_withdrawal", "planned_withdrawal", "accident", "shot_down"}
