"""CASE-style snippets where the pipeline used to overrule a classifier that read them right, scored end to end.

``tests/data/case_blind_styles_5.tsv``: 26 snippets written here (main 1fd7713), all ACLED events, in three classes:
strikes and shelling whose doer is named only by its weapon (warplanes, drones, barrel bombs, mortars, artillery;
Syria, Yemen, Ukraine, Sudan, Pakistan), takeovers told as coming after the holder's forces left (Iraq, Yemen,
Afghanistan, Nigeria, Somalia), and one-sided killings of people of any trade told by their manner ("hacked to
death", "shot dead", "gunned down"), with police named as investigating or suspecting (India, Pakistan,
Mozambique, DR Congo, Colombia).  Measured on main when written: end to end 0.742 beside the classifier alone
0.8739; after this round 0.7896 (weapons as an armed party, killings by manner, an inquiry told after a semicolon).
The four takeovers stay non-violent transfers: ACLED codes a taking after the holder left as non-violent, and the
held CASE snippets agree (restoring the classifier's overtake there cost one of them), so they are known misses here.
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figures reached, less about a snippet's worth (one of 26 moves the weighted F1 by about 0.04)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_5.tsv", snippets=26, acled=26, end_to_end_floor=0.76, no_event_ceiling=2)


def test_killings_of_civilians_by_manner_are_attacks(styles):
    assert styles["per_label_f1"]["ATTACK"] >= 0.9
