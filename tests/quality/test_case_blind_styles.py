"""CASE-style snippets written here, in registers the training sentences do not use, scored end to end.

``tests/data/case_blind_styles.tsv``: 80 snippets, 70 over ACLED's 25 sub-event types and 10 outside ACLED (crime,
disasters, diplomacy, claims of authorship), in the words of South Asian and Middle-Eastern press ("jawans were
martyred", "miscreants", "lathi-charged", "a dharna outside the collectorate", "ISPR said"), wire leads and short
notes.  Written before the changes that they measure, to see whether the rules after the classifier win on text
they were not written for.  Measured when written (main 22e2491): end to end 0.7882 beside the classifier alone
0.8361 (the rules after the classifier lost more here than they won); no snippet outside ACLED yielded violence.
After the regional-press training rows and the driven-vehicle-bomb check: 0.8029 beside 0.8508.

``tests/data/case_blind_precedence.tsv``: 16 snippets written to probe the precedence rules after the classifier
(vehicle bombs parked, driven or found; a fight and the ground it won; a deed and its sequel).  Measured when written:
0.6927 end to end; 0.7031 once a vehicle laden with explosives needs to be told driven to be a suicide bomb.
"""

from __future__ import annotations

import pytest

from sitrep.eval.case import evaluate_case_end_to_end

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

SNIPPETS = DATA / "case_blind_styles.tsv"
# floors: the figures reached, less a snippet's worth (one snippet of 70 moves the weighted F1 by about 0.015)
END_TO_END_FLOOR = 0.79
CLASSIFIER_FLOOR = 0.835
PRECEDENCE = DATA / "case_blind_precedence.tsv"
PRECEDENCE_FLOOR = 0.69


@pytest.fixture(scope="module")
def result():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return evaluate_case_end_to_end(SNIPPETS, analyzer=Analyzer(load_knowledge(None, actor_files=[])))


def test_every_snippet_is_read(result):
    assert result["n"] == 80 and result["acled_snippets"] == 70


def test_end_to_end_floor(result):
    assert result["end_to_end_weighted_f1"] >= END_TO_END_FLOOR, result["worst_confusions"]


def test_classifier_floor(result):
    assert result["classifier_weighted_f1"] >= CLASSIFIER_FLOOR


def test_nothing_outside_acled_reads_as_violence(result):
    assert result["non_acled_with_violent_event"] == 0


def test_few_acled_snippets_yield_nothing(result):
    assert result["no_event"] <= 3


def test_precedence_snippets_floor():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    result = evaluate_case_end_to_end(PRECEDENCE, analyzer=Analyzer(load_knowledge(None, actor_files=[])))
    assert result["end_to_end_weighted_f1"] >= PRECEDENCE_FLOOR, result["worst_confusions"]
