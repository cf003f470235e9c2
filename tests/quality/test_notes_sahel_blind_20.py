"""The twentieth Sahel blind notes set (``notes_sahel_blind_20.csv``, 30 notes in ACLED's export format, written with
their gold before any run): one-sided violence told beside armed men who were not its victims, from Burkina Faso,
Mali, Niger, Nigeria and Chad.  20 attacks on civilians (soldiers killing civilians in a sweep or an operation, a
checkpoint shooting, a weapons-collection operation; JNIM executing a VDP's relatives or killing a man who would not
pay zakat; jihadists stopping a bus before soldiers arrived, killing villagers near a detachment that did not
intervene, or killing civilians "accused of informing the army"; ISSP raiding a gold mining site; men on motorbikes
killing a village chief; Dozos raiding a Fulani hamlet; a massacre told with its motive, "in retaliation for the
killing of two militants by a local self-defence group"), 2 drone strikes on civilians (Mali, Nigeria), and 8
battles (security forces killing militants with civilians caught in the crossfire, attacks on a detachment or a base
that were repelled, an ambush, VDP exchanging fire with militants, two communities' men fighting over a well).

Before the work it measured: event_type 0.967, sub_event_type 0.967 (the retaliation massacre read as a battle, its
motive's dead militants taken for a foe met), actor1 0.900 (a Nigerian "military drone" given to Mali's army: the
base let only the Sahel armies stand behind a drone named without its country).  After: event_type 1.000,
sub_event_type 1.000, actor1 0.933; place 0.767 (five villages' hand-typed coordinates corrected to GeoNames' before
the fix; seven villages are outside the embedded gazetteer).  Floors sit just under the after-figures."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_sahel_blind_20.csv"
FLOORS = {"found": 0.98, "event_type": 0.96, "sub_event_type": 0.96, "place": 0.73, "fatalities": 0.93, "date": 0.98,
          "actor1": 0.9}


scored, test_every_row_is_read, test_notes_sahel_blind_20_holds_its_floor = own_notes_set(NAME, FLOORS, rows=30)


def test_one_sided_violence_beside_armed_men_is_not_a_battle(scored):
    """Every gold battle is read as one, and no attack on civilians told beside soldiers, VDP or dead militants is."""
    per_class = {c["class"]: c for c in scored["per_class"]["event_type"]}
    assert per_class["Battles"]["recall"] >= 0.99 and per_class["Battles"]["precision"] >= 0.99, per_class
    assert per_class["Violence against civilians"]["recall"] >= 0.99, per_class
    assert per_class["Explosions/Remote violence"]["recall"] >= 0.99, per_class
