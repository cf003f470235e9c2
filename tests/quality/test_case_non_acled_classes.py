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

Gang violence (``events/gang_violence.py``'s convention, case_blind_styles_19's round): three snippets are no longer
outside ACLED and are relabelled, gang members who killed two shopkeepers over protection money and the bodies of bus
drivers shot dead over extortion to Barrio 18 (ATTACK), sicarios who gunned down a drug boss and his bodyguard
(ARMED_CLASH: an armed party's men struck by another's).  The 31 others stay outside ACLED.
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
# the gangs' own killings, ACLED events under the convention on gang violence
GANG_LABELS = ("ATTACK", "ARMED_CLASH")


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
    outside = {r["SubType"] for r in rows if r["SubType"] not in GANG_LABELS}
    assert outside == {"ATTRIB", "DIPLO", "ORG_CRIME", "MAN_MADE_DISASTER", "NATURAL_DISASTER"}
    assert sum(r["SubType"] in GANG_LABELS for r in rows) == 3


def test_few_snippets_outside_acled_read_as_violence(analyzer):
    violent = [r["SubType"] + ": " + r["EventSnippet"][:70] for r in _rows() if r["SubType"] not in GANG_LABELS
               and any(e.event_type in VIOLENT for e in _events(analyzer, r["EventSnippet"]))]
    assert len(violent) <= VIOLENT_CEILING, violent


def test_the_end_to_end_scorer_takes_a_file_with_no_acled_label(analyzer, tmp_path):
    # a file of non-events only has no label to score: the scorer reports its leak count instead of failing
    from sitrep.eval.case import evaluate_case_end_to_end

    lines = SNIPPETS.read_text(encoding="utf-8").splitlines()
    outside = tmp_path / "outside.tsv"
    outside.write_text("\n".join([lines[0], *(ln for ln in lines[1:] if ln.split("\t")[-1] not in GANG_LABELS)]) + "\n",
                       encoding="utf-8")
    result = evaluate_case_end_to_end(outside, analyzer=analyzer)
    assert result["acled_snippets"] == 0 and result["end_to_end_weighted_f1"] is None
    assert result["non_acled_snippets"] == 31 and result["non_acled_with_violent_event"] <= VIOLENT_CEILING


def test_gangs_own_killings_are_read_as_the_violence_they_are(analyzer):
    from sitrep.eval.case import evaluate_case_end_to_end

    result = evaluate_case_end_to_end(SNIPPETS, analyzer=analyzer)
    assert result["acled_snippets"] == 3 and result["no_event"] == 0
    assert result["end_to_end_weighted_f1"] >= 0.99, result["worst_confusions"]
