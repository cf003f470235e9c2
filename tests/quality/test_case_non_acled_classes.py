"""CASE's five classes outside ACLED (claims and denials, diplomacy, organised crime, man-made and natural disasters)
told with violence's words, one snippet a document.

``tests/data/case_non_acled_classes.tsv``: 34 snippets written here after ``case_blind_styles_2.tsv`` to probe the
same classes in other phrasings: a group's claim in an audio message or a video, a denial ("had nothing to do
with the landmine blast"), a claim with no "responsibility" ("claimed the roadside bomb"), an envoy summoned over a
drone strike, cartel and gang killings, pirates, a fuel tanker, a chemical plant's blasts whose toll a second
sentence tells, unexploded ordnance from an old war, a typhoon.  Measured when written (after the claim and
diplomacy checks of case_blind_styles_2): 6 of 34 yielded a violent event; 3 once a known deed that "claim"
governs, a deed someone "had nothing to do with" and a disaster's doerless toll are read as such; 2 once a deed
told in a relative clause on doers whose identity is the news ("the gunmen who killed the journalist last month
belonged to a gang") is read as an attribution.  Left: a leader's video saying "his men had abducted the
schoolgirls", pirates who kidnap a crew for ransom.
"""

from __future__ import annotations

import csv
import hashlib

import pytest

from sitrep.model import Document, Published, Segment

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

SNIPPETS = DATA / "case_non_acled_classes.tsv"
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
# the 2 left, and one more for a change elsewhere
VIOLENT_CEILING = 3


@pytest.fixture(scope="module")
def analyzer():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return Analyzer(load_knowledge(None, actor_files=[]))


def _rows() -> list[dict]:
    return list(csv.DictReader(SNIPPETS.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))


def _events(analyzer, text: str):
    doc = Document(doc_id=hashlib.sha256(text.encode()).hexdigest()[:16], source="-", text=text,
                   segments=[Segment(char_start=0, char_end=len(text))], language="en", published=Published())
    return analyzer.analyse(doc).events


def test_the_file_is_read_whole():
    rows = _rows()
    assert len(rows) == 34
    assert {r["SubType"] for r in rows} == {"ATTRIB", "DIPLO", "ORG_CRIME", "MAN_MADE_DISASTER", "NATURAL_DISASTER"}


def test_few_snippets_outside_acled_read_as_violence(analyzer):
    violent = [r["SubType"] + ": " + r["EventSnippet"][:70] for r in _rows()
               if any(e.event_type in VIOLENT for e in _events(analyzer, r["EventSnippet"]))]
    assert len(violent) <= VIOLENT_CEILING, violent


def test_the_end_to_end_scorer_takes_a_file_with_no_acled_label(analyzer):
    # a file of non-events only has no label to score: the scorer reports its leak count instead of failing
    from sitrep.eval.case import evaluate_case_end_to_end

    result = evaluate_case_end_to_end(SNIPPETS, analyzer=analyzer)
    assert result["acled_snippets"] == 0 and result["end_to_end_weighted_f1"] is None
    assert result["non_acled_snippets"] == 34 and result["non_acled_with_violent_event"] <= VIOLENT_CEILING
