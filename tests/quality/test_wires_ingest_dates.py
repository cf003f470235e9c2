"""An own wire set for the wire-ingest round: ``tests/data/wires_ingest_dates/`` (a01-a02) and its gold
``tests/data/gold/wires_ingest_dates.yaml``, one invented incident at Ansongo (Mali) told by an English
broadcaster (a numeral month-first stamp "11/23/2026" under a headline and a standfirst, "overnight on 21-22
November", "over the past week", a "Follow us on…" closing) and a French radio (« dans la nuit du 21 au 22
novembre », a slogan plus « Écoutez nos journaux… » closing).  Outlets invented.

Measured on main (c915112) before the round: the stamp under the standfirst is not the page's date (the page
is estimated), both promotion lines stay in the clean text.  After: documents 1.0, places 1.0, events
0.5/1.0 (the event dated 2026-11-21 from both wordings), event details 1.0.  Later, "the Niger river valley"
stopped counting as the country Niger (``actor_countries._river_named``): both reports are one event with Mali's
actors, and "the army says" is Mali's army (events and claims 1.0).  Floors at the figures reached."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 1.000, "recall": 1.000},
    "event_details": {"precision": 1.000, "recall": 1.000},
}

run, report, test_ingest_dates_wire_score_not_below_floor = own_wire_set("wires_ingest_dates", FLOORS, 0.02)


def test_every_report_dates_the_night_on_its_first_day(run):
    days = {(e.date.earliest, e.date.latest) for e in run.view.events.values()} if isinstance(run.view.events, dict) \
        else {(e.date.earliest, e.date.latest) for e in run.view.events}
    assert days == {(dt.date(2026, 11, 21), dt.date(2026, 11, 21))}
