"""``tests/data/notes_mali_tolls_dates_2.csv``: 10 notes in ACLED's Mali export format written for this test,
at least two per class of toll or date wording that a blind file coded wrongly: the coder's own figure told
after a sentence read as another event ("The army said it had retaken control … Fatalities coded as 9", "…
Fatalities coded as 6 for Sofara; a second attack … is coded separately"); the coder's bare count closing the
note ("1 fatality.", "4 fatalities."); an act-saying whose object is a thing, dated the day it is said ("announced
the suspension of its participation", "declared a blockade", "announced the dissolution"); a French toll after a
place bracket (« près de Ténenkou (Ténenkou, Ténenkou), faisant sept morts »).

Scored as ``sitrep eval acled`` scores them.  On main fac7b7d: fatalities 0.7, date 0.7; on the branch that
wrote them: fatalities 1.0, date 1.0.  The floors sit a note under that."""

from __future__ import annotations

import pytest

from sitrep.eval.acled import evaluate_acled

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

NOTES = DATA / "notes_mali_tolls_dates_2.csv"
FLOORS = {"found": 0.9, "fatalities": 0.9, "date": 0.9}


@pytest.fixture(scope="module")
def scored():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return evaluate_acled(NOTES, analyzer=Analyzer(load_knowledge(None, actor_files=[]))).to_dict()


def test_every_row_is_read(scored):
    assert (scored["rows"], scored["skipped_rows"]) == (10, [])


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_toll_and_date_notes_hold_their_floor(scored, field):
    assert scored["scores"][field] >= FLOORS[field], (field, scored["scores"][field])
