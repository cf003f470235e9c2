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

from sitrep.eval.case import evaluate_case_end_to_end

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figures reached, less about a snippet's worth (one of 26 moves the weighted F1 by about 0.04)
END_TO_END_FLOOR = 0.76
NO_EVENT_CEILING = 2


@pytest.fixture(scope="module")
def styles():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return evaluate_case_end_to_end(DATA / "case_blind_styles_5.tsv", analyzer=Analyzer(load_knowledge(None, actor_files=[])))


def test_every_snippet_is_read(styles):
    assert styles["n"] == 26 and styles["acled_snippets"] == 26


def test_end_to_end_floor(styles):
    assert styles["end_to_end_weighted_f1"] >= END_TO_END_FLOOR, styles["worst_confusions"]


def test_few_snippets_yield_nothing(styles):
    assert styles["no_event"] <= NO_EVENT_CEILING


def test_killings_of_civilians_by_manner_are_attacks(styles):
    assert styles["per_label_f1"]["ATTACK"] >= 0.9
