"""``tests/data/notes_type_sides.csv``: 39 notes in ACLED's Mali and Burkina Faso export format, written for this
test before reading the code they measure, in the classes of type miss that who did what to whom decides:

- detentions by militias and self-defence groups (Koglweogo, Dan Na Ambassagou, VDP, Dozo): an abduction, not
  ACLED's arrests, which are the state's (one gendarmes' arrest kept as the contrast);
- forces that fight together named in one breath ("soldiers and VDP", "FAMa and their Wagner allies", "FAMa and
  the Dozo"): one side, the armed group the other;
- one armed party killing people it does not call armed ("shot dead a transport operator", "killed nine gold
  panners", "executed two imams"): an attack on civilians; militias killing herders likewise;
- supporting fire inside a ground battle ("backed by drones and artillery", "with air support"): the battle, a
  mortar attack alone being shelling;
- an ambush that meets resistance (an armed clash) against a device that hits a convoy or a bus with no fight
  (a remote explosive).

The last seven rows were kept aside and not looked at while the code was changed.  On main 7842aff the first 32
rows scored event type and sub-type 0.844 (27/32: three militia detentions coded as arrests, two killings of
unarmed people coded as clashes), the seven set aside 0.857; after: 39/39 on both."""

from __future__ import annotations

import pytest

from .conftest import scored_notes

pytestmark = pytest.mark.xdist_group("quality")

FLOORS = {"found": 0.97, "event_type": 0.95, "sub_event_type": 0.95, "actor1": 0.95, "date": 0.95}


@pytest.fixture(scope="module")
def scored():
    """The file's evaluation report, with the knowledge a new user gets from the CLI."""
    return scored_notes("notes_type_sides.csv")


def test_every_note_is_read(scored):
    assert (scored["rows"], scored["skipped_rows"]) == (39, [])


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_type_sides_hold_their_floor(scored, field):
    assert scored["scores"][field] >= FLOORS[field], (field, scored["scores"][field])
