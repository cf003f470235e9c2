"""The trigger read two ways (``syntax.Trigger``): the side rules start from the doers a participle describes, else
from the verb."""

from sitrep.analyse.events.syntax import Trigger


def test_the_side_rules_start_from_the_described_doers():
    assert Trigger("killed", "militants").for_sides == "militants"


def test_without_described_doers_they_start_from_the_verb():
    assert Trigger("killed").for_sides == "killed"
    assert Trigger(None).for_sides is None
