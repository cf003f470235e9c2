"""Dates in an aside between spaced dashes: six notes in ACLED's Mali export format (``notes_dates_blind_2.csv``), written
before the fix, where an aside about someone named before the event tells an earlier deed's day ("A cousin of Amadou
Sangare - shot dead in February - was killed by JNIM militants…", "- himself abducted in June 2023 -").  On main
(ae23155's parent a6405c7 and ae23155 alike) date .333: the aside's month dated the event; after
``events.dating`` sets an aside's date aside, .833 (the one row left fails every field: no event found)."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_dates_blind_2.csv"
FLOORS = {"found": 0.8, "event_type": 0.8, "sub_event_type": 0.8, "place": 0.8, "fatalities": 0.6, "date": 0.8,
          "actor1": 0.8}


scored, test_every_row_is_read, test_dates_in_dash_asides_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=6, every_actor_known=True)
