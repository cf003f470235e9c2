"""An eighteenth Mali measuring stick, on notes that yield no event: 42 notes in ACLED's Mali export format
(``notes_mali_blind_18.csv``), written before any fix to stress the checks that drop a note's only candidate: a first
sentence that is background or an earlier incident, "reportedly" / "allegedly" / "according to local sources", a
negation ("No casualties were reported", "No group claimed the blast"), a note told in reported speech or as an
accusation the army denies, an aftermath or a statement at the end, "overnight" and "in the early hours", several
incidents in one note, terse notes ("Clashes between FAMa and JNIM near Tessit"), the coder's brackets and
"Fatalities coded as" lines, in English and French.  Before the fix (main 4109a5f) found .952, type .905, sub .881,
place .905, fatalities .857, date .929, actor1 .881; after the note's last resort (``last_resorts.note_event``) and the
one-victim tolls ("lost his life", "was hit by a stray bullet and died") found 1.0, type .929, sub .905, place .929,
fatalities .976, date .976, actor1 .905 (still missed: a toll told in the sentence before its deed, read as a fight
of its own; a shot at a post coded as an air strike; "Drone strike by the Malian air force" with no day)."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_18.csv"
FLOORS = {"found": 0.97, "event_type": 0.9, "sub_event_type": 0.87, "place": 0.9, "fatalities": 0.95, "date": 0.95,
          "actor1": 0.87}


scored, test_every_row_is_read, test_eighteenth_blind_mali_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=42, every_actor_known=True)
