"""CASE-style snippets in registers the other CASE files do not cover, and short texts whose lead is not an
incident, scored end to end.

``tests/data/case_blind_styles_3.tsv``: 53 one-sentence snippets written here (main 4109a5f): 32 outside ACLED
told with violence's words (cartel raids and gang shootouts, extortion rackets, smuggling rings, a building's
collapse, a garment-factory fire, a train crash, a ferry, floods, a cyclone, a cold wave, a ministry blaming a
group weeks after a bombing, talks, summits and visits, a trial, a statistic, a budget debate) and 21 ACLED events
from India, Pakistan, Colombia, Mexico, Nigeria, Iraq and Syria.  Measured when written: end to end 0.9016 beside
the classifier alone 0.9524, 1 of 32 outside ACLED violent (peace talks with "kidnapped soldiers" on the agenda)
→ 0 once a trigger inside the object of talks or a visit takes the diplomatic doubt.

``tests/data/case_blind_lead_sentence.tsv``: 24 snippets of two or three sentences: 16 outside ACLED whose first
sentence is a claim, a blame, a denial, talks, a visit or a police raid on a cartel and whose next sentence tells
the violence it is about ("… claimed responsibility for the blast at a mosque. The explosion killed 84 people"),
and 8 ACLED events told over two sentences (a lead, then its toll).  Measured when written: 6 of the 16 outside
ACLED yielded a violent event (the later sentence read as news) → 0 once a short text's lead that is not an
incident casts its doubt on what follows (``events.lead_topic``); the 8 ACLED events all kept.

Gang violence (``events/gang_violence.py``'s convention, case_blind_styles_19's round): two street-gang members shot
dead in a turf dispute relabelled from ORG_CRIME to ARMED_CLASH: a gang's or a cartel's own killing is an armed
party's deed; its members killed by rivals a clash.
"""

from __future__ import annotations

import pytest

from sitrep.eval.case import evaluate_case_end_to_end

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figures reached, less about a snippet's worth
STYLES_END_TO_END_FLOOR = 0.86
STYLES_CLASSIFIER_FLOOR = 0.90
LEAD_END_TO_END_FLOOR = 0.87  # (one snippet of 8 moves it by about 0.12)


def _analyzer():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return Analyzer(load_knowledge(None, actor_files=[]))


@pytest.fixture(scope="module")
def styles():
    return evaluate_case_end_to_end(DATA / "case_blind_styles_3.tsv", analyzer=_analyzer())


@pytest.fixture(scope="module")
def leads():
    return evaluate_case_end_to_end(DATA / "case_blind_lead_sentence.tsv", analyzer=_analyzer())


def test_every_snippet_is_read(styles, leads):
    assert styles["n"] == 53 and styles["acled_snippets"] == 22
    assert leads["n"] == 24 and leads["acled_snippets"] == 8


def test_end_to_end_floor(styles):
    assert styles["end_to_end_weighted_f1"] >= STYLES_END_TO_END_FLOOR, styles["worst_confusions"]


def test_classifier_floor(styles):
    assert styles["classifier_weighted_f1"] >= STYLES_CLASSIFIER_FLOOR


def test_no_snippet_outside_acled_reads_as_violence(styles):
    assert styles["non_acled_with_violent_event"] == 0


def test_a_lead_that_is_no_incident_keeps_what_follows_out(leads):
    assert leads["non_acled_with_violent_event"] <= 1


def test_acled_events_told_over_two_sentences_are_kept(leads):
    assert leads["end_to_end_weighted_f1"] >= LEAD_END_TO_END_FLOOR, leads["worst_confusions"]
    assert leads["no_event"] == 0
