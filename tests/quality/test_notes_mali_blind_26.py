"""A twenty-sixth Mali measuring stick, on one victim whom the victim lexicon does not list: 32 own notes in ACLED's
Mali export format (``notes_mali_blind_26.csv``), English and French, Malian and Burkinabè places, written before any
fix: a trade noun shot, wounded, beaten or executed ("a motorbike taxi driver", "a pharmacist", « un boutiquier »), a
named person with an apposition or a title ("X, president of the breeders' association", « X, conseiller municipal
», "a marabout, X") wounded or seized, a soldier or an officer as the victim (a clash), animals or shops only
(property destroyed).  Before the fix (main e02503b) event_type .812, sub_event_type .781; after .969 and .969
(still missed: "a jeweller was found dead …; gunmen had attacked him", a victim told by a pronoun)."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_26.csv"
FLOORS = {"found": 0.96, "event_type": 0.93, "sub_event_type": 0.93, "place": 0.96, "fatalities": 0.93, "date": 0.96,
          "actor1": 0.93}


scored, test_every_row_is_read, test_twenty_sixth_blind_mali_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=32, every_actor_known=True)
