"""The quality gate: every pinned score must stay at or above its floor (minus the noise tolerance).

Floors live in floors.yaml (see README.md beside it: lowering one is an explicit, explained change).
Each gold suite runs the pipeline once per session (``shared_run``) and is scored here.
"""

from __future__ import annotations

import json

import pytest

from sitrep.eval.scoring import below_floors

from .conftest import load_floors

pytestmark = pytest.mark.xdist_group("quality")

_FLOORS = load_floors()
GOLD_SUITES = ("seeds", "articles")


def _params(suite: str) -> list:
    return [
        pytest.param(suite, section, measure, id=f"{suite}-{section}-{measure}")
        for section, measures in (_FLOORS.get(suite) or {}).items()
        for measure in measures
    ]


def _report(request, suite: str):
    return request.getfixturevalue(f"{suite}_report")


@pytest.mark.parametrize("suite, section, measure", _params("seeds") + _params("articles"))
def test_gold_score_not_below_floor(request, floors, suite, section, measure):
    report = _report(request, suite)
    floor = floors[suite][section][measure]
    got = report.scores().get(section, {}).get(measure, 0.0)
    misses = [f"{i.key}: {i.why}" for i in report.section(section).misses][:10]
    assert got >= floor - floors["tolerance"], f"{suite} {section} {measure} {got:.3f} < floor {floor}; misses: {misses}"


def test_every_floor_names_a_real_section(floors, seeds_report, articles_report):
    for suite, report in (("seeds", seeds_report), ("articles", articles_report)):
        names = {s.name for s in report.sections}
        assert set(floors[suite]) <= names
        assert all(set(m) <= {"precision", "recall", "f1"} for m in floors[suite].values())


def test_case_weighted_f1_not_below_floor(floors, case_result):
    floor = floors["case"]["own_snippets"]["weighted_f1"]
    assert case_result["weighted_f1"] >= floor - floors["tolerance"], case_result["worst_confusions"]


def test_case_end_to_end_weighted_f1_not_below_floor(floors, case_end_to_end_result):
    floor = floors["case_end_to_end"]["own_snippets"]["weighted_f1"]
    got = case_end_to_end_result["end_to_end_weighted_f1"]
    assert got >= floor - floors["tolerance"], case_end_to_end_result["worst_confusions"]


def test_notes_accuracy_not_below_floor(floors, notes_result):
    scores = notes_result.scores()
    for measure, floor in floors["notes"]["own_notes"].items():
        value = notes_result.accuracy if measure == "accuracy" else scores[measure]
        assert value >= floor - floors["tolerance"], (measure, scores)


def test_gold_reports_serialise_to_json(seeds_report, articles_report):
    for report in (seeds_report, articles_report):
        data = json.loads(json.dumps(report.to_dict()))
        assert [s["section"] for s in data["sections"]][:3] == ["documents", "actors", "persons"]
        assert all(0.0 <= s["precision"] <= 1.0 and 0.0 <= s["recall"] <= 1.0 for s in data["sections"])


def test_the_gate_helper_flags_a_drop():
    floors = {"events": {"recall": 0.5}, "places": {"precision": 0.9}}
    assert below_floors({"events": {"recall": 0.49}, "places": {"precision": 0.9}}, floors, 0.02) == []
    failures = below_floors({"events": {"recall": 0.40}}, floors, 0.02)
    assert len(failures) == 2 and failures[0].startswith("events.recall")
