"""An own measuring stick for attacks told in wordings other than the classic attack verbs
(``notes_attack_wordings.csv``, 18 notes in ACLED's Mali export format), scored as ``sitrep eval acled`` scores
them with the CLI's default knowledge.  The floors sit a note or so under the figures reached.

It stresses: posts, patrols and convoys that "came under fire", "were targeted by assailants", "were the target of
an assault", "were hit by assailants" or "subjected to gunfire"; soldiers who "engaged" or "made contact with" an
armed band; air strikes told as "aerial vectors", "air assets", "aerial means" or "air-to-ground fire"; kamikaze,
suicide and explosive-laden drones.  Measured on main e86215e before the work it was written for: found 0.833,
event_type 0.611, sub_event_type 0.556 (three attacks read as nothing, strikes read as a protest, a riot or a
suicide bomb); after the cues for these wordings (``data/event_cues_en.tsv``): found, event_type and
sub_event_type 1.0, actor1 0.833."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_attack_wordings.csv"
FLOORS = {"found": 0.94, "event_type": 0.94, "sub_event_type": 0.94, "actor1": 0.77, "date": 0.94,
          "fatalities": 0.83, "place": 0.94}


scored, test_every_row_is_read, test_attacks_in_other_wordings_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=18, every_actor_known=True)
