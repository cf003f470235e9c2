"""The gate must notice a broken stage: break one on purpose, score, and expect scores under floors.

Each test runs the pipeline on the project's own articles (4 documents) or the seeds (5) with one
stage replaced, through the same scorer and floors as the gate.
"""

from __future__ import annotations

import pytest

from sitrep.eval.gold import default_analyzer, run_corpus, score
from sitrep.eval.goldfile import load_gold
from sitrep.eval.scoring import below_floors

from .conftest import ARTICLES_CORPUS, ARTICLES_GOLD, SEEDS_CORPUS, SEEDS_GOLD

pytestmark = pytest.mark.xdist_group("quality")


SUITES = {"articles": (ARTICLES_GOLD, ARTICLES_CORPUS), "seeds": (SEEDS_GOLD, SEEDS_CORPUS)}


def _failures(floors, suite: str = "articles") -> tuple[list[str], dict]:
    gold, corpus = SUITES[suite]
    report = score(load_gold(gold), run_corpus(corpus, analyzer=default_analyzer()))
    scores = report.scores()
    return below_floors(scores, floors[suite], floors["tolerance"]), scores


def test_gate_fails_when_places_are_not_found(monkeypatch, floors):
    import sitrep.analyse.places as places

    monkeypatch.setattr(places, "find_places", lambda ctx: [])
    failures, scores = _failures(floors)
    assert scores["places"]["recall"] == 0.0
    assert any(f.startswith("places.recall") for f in failures), failures


def test_gate_fails_when_actors_are_not_linked(monkeypatch, floors):
    import sitrep.analyse.actors as actors

    monkeypatch.setattr(actors, "find_actors", lambda ctx: ([], [], []))
    failures, scores = _failures(floors)
    assert any(f.startswith("actors.recall") for f in failures), failures
    assert any(f.startswith("persons.recall") for f in failures), failures


def test_gate_fails_when_the_event_classifier_is_constant(monkeypatch, floors):
    """Every event coded as a peaceful protest: type-sensitive scores fall."""
    import sitrep.analyse.events.stage as events

    real = events.find_events

    def constant(ctx):
        return [e.model_copy(update={"event_type": "Protests", "sub_event_type": "Peaceful protest"})
                for e in real(ctx)]

    monkeypatch.setattr(events, "find_events", constant)
    failures, scores = _failures(floors, "seeds")  # the seeds gold has the most events
    assert scores["events"]["recall"] == 0.0
    assert any(f.startswith("events.recall") for f in failures), failures
