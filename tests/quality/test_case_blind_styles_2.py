"""CASE-style snippets in registers the other CASE files do not cover, scored end to end.

``tests/data/case_blind_styles_2.tsv``: 55 snippets written here, 28 over ACLED's sub-event types (a headline with
no verb of saying, a survivor's quote first, FARC dissidents and the ELN, herdsmen, shelling across the Line of
Control, a tiffin-box bomb, a mob that killed a man accused of theft, a video on social media) and 27 in CASE's
five classes outside ACLED told with violence's words: claims and blames (a group's statement that its fighters
carried out "Sunday's" blast, officers "it holds responsible for" an attack), diplomacy (sanctions "over attacks
on civilians", an envoy summoned over a raid), organised crime (a cartel's killing, armed robbers of a bullion van),
man-made disasters (a boiler blast, an oxygen cylinder, a derailed fuel train) and natural ones (a cloudburst,
lightning, a quake).  Measured when written (main eb25aab): end to end 0.9439 beside the classifier alone 0.8929;
3 of the 27 outside ACLED yielded a violent event (the claim, the officers held responsible, the sanctions with
no violent word anchoring the label) → 0 once a deed held responsible for, a deed known already that a group
says its men carried out, and a diplomatic act that is the sentence's own news are read as such.

Gang violence (``events/gang_violence.py``'s convention, case_blind_styles_19's round): the cartel's killing of a
rival dealer relabelled from ORG_CRIME to ATTACK: a gang's or a cartel's own killing is an armed party's deed; its
members killed by rivals a clash.
"""

from __future__ import annotations

import pytest

from sitrep.eval.case import evaluate_case_end_to_end

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

SNIPPETS = DATA / "case_blind_styles_2.tsv"
# floors: the figures reached, less a snippet's worth (one snippet of 28 moves the weighted F1 by about 0.035)
END_TO_END_FLOOR = 0.90
CLASSIFIER_FLOOR = 0.85


@pytest.fixture(scope="module")
def result():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return evaluate_case_end_to_end(SNIPPETS, analyzer=Analyzer(load_knowledge(None, actor_files=[])))


def test_every_snippet_is_read(result):
    assert result["n"] == 55 and result["acled_snippets"] == 29


def test_end_to_end_floor(result):
    assert result["end_to_end_weighted_f1"] >= END_TO_END_FLOOR, result["worst_confusions"]


def test_classifier_floor(result):
    assert result["classifier_weighted_f1"] >= CLASSIFIER_FLOOR


def test_at_most_one_snippet_outside_acled_reads_as_violence(result):
    assert result["non_acled_with_violent_event"] <= 1


def test_few_acled_snippets_yield_nothing(result):
    assert result["no_event"] <= 3
