"""The event classifier scored from its stored arrays equals sklearn's ``decision_function`` bit for
bit, and scoring a document never imports sklearn."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from sitrep.analyse.events import classifier
from sitrep.analyse.events.linear_scorer import LinearScorer

ROOT = Path(__file__).resolve().parents[2]

ODD = ["", " ", "a", "ab ab ab", "Gunmen  attacked\tKidal\n\nnow now", "\u200bGunmen\u200battacked",
       "\u202eKıdal İ ſ \u212a\u202c", "x " * 40, "zzqx qqzx", "FIGHTING!! fighting; Fighting."]


def _article_lines(language: str) -> list[str]:
    d = "tests/data/fr/articles" if language == "fr" else "tests/data/articles"
    out = []
    for p in sorted((ROOT / d).glob("*.txt")):
        out += [line for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


@pytest.mark.parametrize("language", ["en", "fr"])
def test_scores_equal_sklearn_on_the_training_set_and_articles(language):
    pipeline = classifier.fit_pipeline(language)
    scorer = LinearScorer.from_pipeline(pipeline)
    assert scorer is not None and scorer.labels == [str(c) for c in pipeline.classes_]
    texts, _ = classifier.load_training(language)
    texts = texts + _article_lines(language) + ODD
    ours = scorer.decision(texts)
    assert ours.dtype == np.float64
    assert np.array_equal(ours, pipeline.decision_function(texts))  # exact, not allclose
    for chunk in (texts[:1], texts[-12:], texts[:30]):  # small batches and the word cache's second reading
        assert np.array_equal(scorer.decision(chunk), pipeline.decision_function(chunk))
    assert scorer.decision([]).shape == (0, len(scorer.labels))


def test_a_very_long_line_is_scored_exactly_too():
    """A whole article without a full stop is one sentence of thousands of n-grams (long sums,
    where a different order of additions would show in the last bits)."""
    pipeline = classifier.fit_pipeline("en")
    scorer = LinearScorer.from_pipeline(pipeline)
    long_line = " ".join(_article_lines("en")) * 3
    texts = [long_line, "Gunmen killed 12 civilians near Kidal.", ""]
    assert np.array_equal(scorer.decision(texts), pipeline.decision_function(texts))


def test_a_configuration_it_cannot_repeat_is_refused():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline, make_union
    from sklearn.svm import LinearSVC

    texts, labels = ["army town fighting", "rain market school", "army school"], ["X", "Y", "X"]
    for vectoriser in (TfidfVectorizer(norm="l1"), TfidfVectorizer(binary=True), TfidfVectorizer(analyzer="char")):
        pipeline = make_pipeline(make_union(vectoriser), LinearSVC()).fit(texts, labels)
        assert LinearScorer.from_pipeline(pipeline) is None


def test_analysing_with_a_stored_model_imports_neither_sklearn_nor_scipy(tmp_path):
    env_cache = tmp_path / "cache"
    warm = "from sitrep.analyse.events import classifier; classifier.model('en')"
    probe = (
        "import sys\n"
        "from sitrep.analyse.events import classifier\n"
        "s = classifier.score_texts(['Gunmen attacked an army post near Kidal, killing 12 soldiers.'])\n"
        "assert s[0].best != 'NONE', s[0].best\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy')))\n"
    )
    env = {**os.environ, "SITREP_CACHE": str(env_cache)}
    subprocess.run([sys.executable, "-c", warm], check=True, env=env)  # fits once, into the artifact
    out = subprocess.run([sys.executable, "-c", probe], check=True, env=env, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"
