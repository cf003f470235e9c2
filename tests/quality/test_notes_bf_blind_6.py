"""Burkina blind notes set 6 (``notes_bf_blind_6.csv``, 32 notes in ACLED's export format, written with their gold
before any run) in the terse older style of ACLED's 2012-2018 notes for Burkina Faso, Niger and Mali: headline-like
fragments with no date and, but for one, no place in the text ("Protest against the arrest of a trade unionist",
"Clashes between herders and farmers left two dead", "Unknown gunmen killed a village chief"), prefixes ("Mob
violence:", "Looting:", "Non-violent activity:", "Coup attempt:", "Grenade attack:"), a mutiny, the 2015 coup, a prison
riot, students stoning police, a gendarmerie post burned, Koglweogo whipping suspects, the army "'neutralising'"
militants; event types mixed evenly.  The place is only in the columns, as ACLED's export gives it, so the place
score and every actor's country rest on what the text cannot tell.

Before any fix it measured found 1.000, event_type 0.938, sub_event_type 0.875, place 0.031, fatalities 0.969,
date 0.969, actor1 0.313 (a flogging "in public" read as a public act, 'neutralised' in scare quotes counting no one,
"the 2018 finance law" dating the protest to the year, the RSP of no country, and, with a place, mutineers fighting
loyal troops recast as an unnamed group's target and a grenade's "assailants" left no doer).  Row 32's gold paired
Strategic developments with a Battles sub-event and was corrected to the text's non-violent transfer.  Its floors sit
just under what the branch measured when they were set."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_bf_blind_6.csv"
FLOORS = {"found": 0.98, "event_type": 0.95, "sub_event_type": 0.90, "place": 0.03,
          "fatalities": 0.95, "date": 0.95, "actor1": 0.31}


scored, test_every_row_is_read, test_notes_bf_blind_6_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=32, every_actor_known=True)


def _failed(scored, row: int) -> set[str]:
    return {x["field"] for f in scored["failures"] if f["row"] == row for x in f["failures"]}


def test_the_terse_rows_the_branch_mended_hold(scored):
    # 'neutralised' in scare quotes counts five; the RSP is Burkina Faso's; "the 2018 finance law" dates nothing;
    # Koglweogo whipping suspects in public is an attack
    assert "fatalities" not in _failed(scored, 13)
    assert "actor1" not in _failed(scored, 30)
    assert "date" not in _failed(scored, 10)
    assert not {"event_type", "sub_event_type"} & _failed(scored, 18)
