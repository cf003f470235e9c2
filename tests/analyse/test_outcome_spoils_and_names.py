"""Outcome words: a place taken is the attackers' victory in both languages (« se sont emparés du camp »); and a
statement re-read at fusion names groups whose names carry an outcome word ("Azawad Liberation Front"), which tell no
liberation.  (Arms carried off after an ambush are still read as the attackers' victory, against a defender's
"repelled": the project's golds disagree on whether that is a dispute; wires 6, French 17 and 19 hold that it is.)"""

from __future__ import annotations

import pytest

from sitrep.analyse.versions import version_of, version_outside_names


@pytest.mark.parametrize("text, language", [
    ("Militants seized the army camp after a four-hour battle.", "en"),
    ("The jihadists overran the post and captured the base.", "en"),
    ("Les jihadistes se sont emparés du camp militaire.", "fr"),
])
def test_a_place_taken_stays_the_attackers_victory(text, language):
    assert version_of(text, language) == "attacker_victory"


def test_a_groups_name_tells_no_outcome_in_a_statement():
    said = "Mohamed Ag Ahmed, spokesman for the Azawad Liberation Front (FLA), said in a post on X."
    assert version_of(said) == "attacker_victory"  # what a reading without the names blanked would say
    assert version_outside_names(said) == ""
    assert version_outside_names("The Azawad Liberation Front said it had liberated the town.") == "attacker_victory"

