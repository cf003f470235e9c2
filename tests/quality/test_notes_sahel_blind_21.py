"""The twenty-first Sahel blind notes set (``notes_sahel_blind_21.csv``, 30 notes in ACLED's export format, written with
their gold before any run): the Riots / Protests / Battles boundary in Burkina Faso and Niger, 2019-2025.  9 fights of
unarmed groups (herders and farmers, landowners and gold panners, two quarters, two villages at a borehole, fishermen
and herders, two lineages) told as a brawl, a pitched battle with stones, a free-for-all, volleys of stones (mob
violence); 5 battles (communities trading gunfire, a Koglweogo group against Fulani gunmen, mutineers against loyal
troops); 3 raids by a village's or an encampment's armed men (attacks on civilians); 5 protests (a peaceful crowd
scattered with tear gas, fired on with live rounds, a silent march); 8 violent demonstrations (tyres torched and rocks
hurled, students fighting running battles with riot police, traders rioting after a tax raid, and soldiers mutinying
with volleys in the air, coded as the mutiny's violent demonstration: no second armed side, a grievance pressed with
arms).

Before the work it measured: event_type 0.700, sub_event_type 0.667 (seven unarmed fights read as communal militias at
arms, the mutiny as a battle, stones beside a kidnapping protested read as a protest with intervention), actor1 0.433,
fatalities 0.900, place 0.933, found 0.967.  After: event_type 0.767, sub_event_type 0.767, actor1 0.700,
fatalities 0.933, place 0.933, found 0.967.  The seven unarmed fights still read as communal militias at arms are this
set's gold against the base's rule (communities fight as militias whatever their arms, after ACLED's own notes) and
against notes_sahel_blind_6's gold (a brawl between farmers and herders coded a battle): a mechanism for them moved that
set down and was withdrawn; the conflict of conventions is left open.  Floors sit just under the after-figures."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_sahel_blind_21.csv"
FLOORS = {"found": 0.95, "event_type": 0.73, "sub_event_type": 0.73, "place": 0.9, "fatalities": 0.9, "date": 0.95,
          "actor1": 0.66}


scored, test_every_row_is_read, test_notes_sahel_blind_21_holds_its_floor = own_notes_set(NAME, FLOORS, rows=30)


def test_violent_demonstrations_and_battles_are_all_read(scored):
    """Every gold violent demonstration (the mutiny's shots in the air among them) and every gold battle is read."""
    per_class = {c["class"]: c for c in scored["per_class"]["event_type"]}
    assert per_class["Battles"]["recall"] >= 0.99, per_class
    subs = {c["class"]: c for c in scored["per_class"]["sub_event_type"]}
    assert subs["Violent demonstration"]["recall"] >= 0.99, subs
