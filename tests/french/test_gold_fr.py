"""``sitrep eval gold`` on the French corpus (tests/data/fr): floors a little under the scores
measured on 2026-11-22 (bench/figures/french.md), so a regression in the French path fails here."""

from __future__ import annotations

import pytest

from sitrep.eval.gold import evaluate_gold, load_gold

# section → minimum F1 (measured: actors/persons/places 1.0, events 0.5, claims 0.78, contradictions 0.67)
FLOORS = {"actors": 0.9, "persons": 0.9, "places": 0.9, "events": 0.35, "claims": 0.6, "contradictions": 0.5}


@pytest.fixture(scope="module")
def report(analyzer, fr_dir):
    return evaluate_gold(fr_dir / "gold.yaml", fr_dir / "articles", analyzer=analyzer)


def test_gold_file_lists_every_article(fr_dir):
    gold = load_gold(fr_dir / "gold.yaml")
    files = {p.name for p in (fr_dir / "articles").glob("*.txt")}
    assert {d.file for d in gold.documents} == files


@pytest.mark.parametrize("section", sorted(FLOORS))
def test_french_gold_floor(report, section):
    s = next(s for s in report.sections if s.name == section)
    assert s.summary()["f1"] >= FLOORS[section], s.summary()
