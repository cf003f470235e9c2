"""An own wire set of articles published days after the events they tell: ``tests/data/wires_blind_dates_2/``
(d01-d04) and its gold ``tests/data/gold/wires_blind_dates_2.yaml``, written before any run, so that relative days
count from a true writing day (an ACLED note is published on its event's day): "on Tuesday night" under a Thursday
stamp with an earlier raid "on 27 February" beside it; « dans la nuit de mardi à mercredi » then « le lendemain »
for a sweep that is no deed; bodies "found on Saturday, two days after unidentified gunmen seized and killed them"
under a Monday stamp; « mardi dernier » under a Thursday stamp.  Outlets invented.

On main (a0f8f2d): events .75/.75 (the herders' killing dated the day their bodies were found), event details
.857, places .889 (« Gayéri » is read in the title only).  After: events 1.0, event details 1.0 (the offset that
opens the clause of the killing counts back from the finding's day: ``told_offsets``, ``events.dating``)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.model import DateInterval, Precision

from .conftest import own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 1.000, "recall": 1.000},
    "event_details": {"precision": 1.000, "recall": 1.000},
}

run, report, test_dates_wire_score_not_below_floor = own_wire_set("wires_blind_dates_2", FLOORS, 0.02)

D = dt.date
MONDAY = DateInterval(earliest=D(2026, 6, 22), latest=D(2026, 6, 22), precision=Precision.day)


def days(text: str, language: str = "en") -> dict[str, tuple[dt.date, dt.date]]:
    return {text[s:e]: (iv.earliest, iv.latest) for s, e, iv in parse_dates(text, MONDAY, language)}


@pytest.mark.parametrize("text,language,surface", [
    ("The bodies were found on Saturday, two days after gunmen seized and killed them.", "en", "two days after"),
    ("Les corps ont été retrouvés samedi, deux jours après que des hommes armés les ont tués.", "fr", "deux jours après"),
])
def test_an_offset_opening_a_clause_counts_back_from_the_day_before_it(text, language, surface):
    assert days(text, language)[surface] == (D(2026, 6, 18), D(2026, 6, 18))


@pytest.mark.parametrize("text,language", [
    ("The bodies were found, two days after gunmen seized and killed them.", "en"),  # no day told before it
    ("Soldiers arrived on Saturday, two days after the attack.", "en"),  # a thing, not a clause
    ("Les soldats sont arrivés samedi, deux jours après l'attaque.", "fr"),
])
def test_an_offset_with_no_day_before_it_or_from_a_thing_is_no_clause_day(text, language):
    assert not any("after" in s or "après" in s for s in days(text, language)), days(text, language)
