"""``tests/data/notes_place_frames_2.csv``: 24 notes in ACLED's export format (Mali and Burkina Faso), written
for the places whose homonyms and other spellings the note's own units decide: "Madougou (Koro, Mopti)" among
four Madougou of the Mopti region and a camp of that name; "Kaya (Tenenkou, Mopti)" and "Nouna … cercle of
Djenne" against Burkina's large towns; "Kossoba, a village in the commune of Pissila" whose only namesake lies
350 km away (the event falls to Pissila).

On main ab6210d 21 of the 24 were placed within ACLED's 25 km; after: 23.  Still missed: "Kerena (Kerena-Peulh)
(Koro cercle, Mopti)", a village the gazetteer lacks, is put at Kérano 115 km off (a vast cercle's village far
from its seat is still allowed by ``place_pins._far_in_region``, which Kidal's cercles need)."""

from __future__ import annotations

import pytest

from .conftest import scored_notes

pytestmark = pytest.mark.xdist_group("quality")

FLOORS = {"found": 0.99, "place": 0.95}


@pytest.fixture(scope="module")
def scored():
    """The file's evaluation report, with the knowledge a new user gets from the CLI."""
    return scored_notes("notes_place_frames_2.csv")


def test_every_note_is_read(scored):
    assert (scored["rows"], scored["skipped_rows"]) == (24, [])


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_place_frames_hold_their_floor(scored, field):
    assert scored["scores"][field] >= FLOORS[field], (field, scored["scores"][field])
