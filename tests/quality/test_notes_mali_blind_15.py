"""A fifteenth measuring stick, on places: 12 own notes in ACLED's export format (``notes_mali_blind_15.csv``),
written before the fix, each naming a conflict place that the shipped gazetteer lacked or knew only under
another spelling: Sobane Da / Sobame Da, Ogossagou, Diabaly, Dogofry, N'Tillit, Djiguibombo (Mali), Yirgou
(Burkina Faso) and Chinegodar (Niger).  Before the rows of ``knowledge/data/sahel_added.tsv``: place 0.50 (every
such note fell on a region or a homonym); after: place 1.00."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_15.csv"
FLOORS = {"found": 0.9, "event_type": 0.9, "place": 0.9, "date": 0.9}


scored, test_every_row_is_read, test_fifteenth_blind_notes_place_their_villages = own_notes_set(NAME, FLOORS, rows=12)
