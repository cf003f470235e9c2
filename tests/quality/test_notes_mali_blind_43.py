"""The forty-third Mali blind notes set (``notes_mali_blind_43.csv``, 33 notes in ACLED's export format, written with
their gold before any run): acts of Mali's military government and its partners (militants freed in a swap or a deal,
a regional body left, diplomatic ties cut, a diplomat expelled, a mandate decreed), bases handed over by Barkhane and
MINUSMA, Wagner's departure, arrests of politicians, an economist and a journalist, agreements, looting and property
destroyed by JNIM, ISSP, FAMa with Wagner or the Africa Corps, riots by students' and traders' associations, a union,
journalists and a youth association, and ordinary attacks (a camp stormed, herders executed, an IED, drone strikes),
in English and French.

Its floors sit just under what the branch that wrote it measured (found 1.000, event_type 0.970, sub_event_type 0.970,
place 0.970, fatalities 1.000, date 1.000, actor1 0.879; main before it: 0.879, 0.788, 0.909, 1.000, 0.909, 0.667),
so that a change costing a row or two shows here."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_43.csv"
FLOORS = {"found": 0.98, "event_type": 0.94, "sub_event_type": 0.94, "place": 0.94, "fatalities": 0.98, "date": 0.97, "actor1": 0.84}


scored, test_every_row_is_read, test_notes_mali_blind_43_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=33, every_actor_known=True)


def test_crowds_of_civil_bodies_riot(scored):
    """Members of a students' association who clash with machetes, and journalists who ransack an office, riot (no
    battle, no looting by nobody): they are rows 24 and 26."""
    failing = {f["row"]: {x["field"] for x in f["failures"]} for f in scored.get("failures", [])}
    for row in (24, 26):
        assert not {"event_type", "actor1"} & failing.get(row, set()), (row, failing.get(row))
