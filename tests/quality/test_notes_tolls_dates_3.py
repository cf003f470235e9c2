"""``tests/data/notes_tolls_dates_3.csv`` (38 notes) and ``notes_tolls_dates_4.csv`` (12): notes in ACLED's export format
from Mali, Burkina Faso and Niger, written here (English and a few French), for the tolls and dates the readers
missed.

Classes of the first file: deaths told by the manner of killing ("beat two suspected thieves to death", "burned them
alive" after the count, "hanged a herder", "slit the throats of five herders"); armies' words for kills ("neutralising
15 of them", "put out of action 22 terrorists", "eliminated eight of them", « neutralisé une vingtaine »); bodies
found told before the deed; tolls in words and approximations ("a score of", "dozens", "a dozen or so", "nearly 20",
"more than 30", "up to 40"); a toll split across events; date spans ("Around 10 June 2022 (between 9 - 11 June)",
"in the night of 4 to 5 May").  Its last six notes were kept aside while tuning (1.0 on every field before and after).
On main 7842aff: fatalities 0.711, event type 0.921; on the branch that wrote them: fatalities 1.0, type 0.974.

Classes of the second: "on 3 or 4 March", "Around … (between 29 December - 1 January)" across a year, the first
day of a night's span read as a toll, a range of figures ("two to three"), each side's dead told in two sentences,
the killing of a pronoun ("executed them", "burned him alive"), bodies found then how they died, a toll "divided
between this event and the attack on X" or "coded across three events".  On main 7842aff: fatalities 0.417, date
0.917, type 0.917; on the branch: 1.0, 1.0, 1.0.  The floors sit a little under the branch."""

from __future__ import annotations

import pytest

from .conftest import scored_notes

pytestmark = pytest.mark.xdist_group("quality")

FLOORS = {
    "notes_tolls_dates_3.csv": {"found": 0.97, "fatalities": 0.97, "date": 0.97, "event_type": 0.94},
    "notes_tolls_dates_4.csv": {"found": 0.99, "fatalities": 0.89, "date": 0.89, "event_type": 0.89},
}
ROWS = {"notes_tolls_dates_3.csv": 38, "notes_tolls_dates_4.csv": 12}


@pytest.fixture(scope="module")
def scored():
    """Each file's evaluation report, with the knowledge a new user gets from the CLI."""
    return {name: scored_notes(name) for name in FLOORS}


@pytest.mark.parametrize("name", sorted(ROWS))
def test_every_note_is_read(scored, name):
    assert (scored[name]["rows"], scored[name]["skipped_rows"]) == (ROWS[name], [])


@pytest.mark.parametrize("name, field", [(n, f) for n in sorted(FLOORS) for f in sorted(FLOORS[n])])
def test_tolls_and_dates_hold_their_floor(scored, name, field):
    got = scored[name]["scores"][field]
    misses = [(f["row"], [x["field"] for x in f["failures"]]) for f in scored[name].get("failures", [])]
    assert got >= FLOORS[name][field], (field, got, misses)
