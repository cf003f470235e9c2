"""The villages table folds a country's keys in one pass (``loose_keys``): each key must come out as
``loose_key`` folds it alone, whatever its neighbours, since no substitution may reach across two keys."""

from __future__ import annotations

import random

from sitrep.analyse.place_spellings import loose_key, loose_keys


def test_keys_folded_together_as_one_by_one():
    # neighbours that would join into a pattern if a match could span them: "t|ch", "d|ia", "n|b",
    # doubled letters across the seam ("o|o"), empty keys, and keys that are only a pattern
    keys = ["ad", "ia", "t", "ch", "o", "o", "", "", "dy", "n", "b", "nf", "tchadi", "kaya", "ouahigouya",
            "diapaga", "djibo", "tyenkodogo", "nbanga", "gorom gorom", "sebba", "a", "a", "aa", "yy", "e"]
    assert loose_keys(keys) == [loose_key(k) for k in keys]
    rng = random.Random(5)
    pieces = ["t", "c", "h", "d", "i", "y", "a", "o", "u", "w", "z", "n", "b", "f", "m", "e", " ", "-"]
    for _ in range(200):
        sample = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 7))) for _ in range(rng.randint(0, 12))]
        assert loose_keys(sample) == [loose_key(k) for k in sample]


def test_a_key_with_a_newline_is_still_folded_alone():
    keys = ["dia\nouahigouya", "oo"]
    assert loose_keys(keys) == [loose_key(k) for k in keys]
    assert loose_keys([]) == []
