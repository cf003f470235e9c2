"""Fitted models as artifacts: built once, loaded after, rebuilt when stale or corrupt."""

from __future__ import annotations

import numpy as np
import pytest

from sitrep import artifacts
from sitrep.analyse.events import classifier


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    return tmp_path


def test_cached_builds_once_then_loads(cache):
    calls = []

    def build():
        calls.append(1)
        return {"weights": [1.5, 2.5]}

    assert artifacts.cached("thing", "k" * 64, build) == {"weights": [1.5, 2.5]}
    assert artifacts.cached("thing", "k" * 64, build) == {"weights": [1.5, 2.5]}
    assert len(calls) == 1
    assert artifacts.cached("thing", "j" * 64, build) and len(calls) == 2  # other inputs: other artifact


@pytest.mark.parametrize("damage", ["truncate", "flip", "foreign"])
def test_corrupt_artifact_is_rebuilt(cache, damage):
    key = "a" * 64
    path = artifacts.save("thing", key, list(range(1000)))
    blob = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(blob[: len(blob) // 2])
    elif damage == "flip":
        path.write_bytes(blob[:-10] + bytes([blob[-10] ^ 0xFF]) + blob[-9:])
    else:  # a file of the right name built from other inputs
        path.write_bytes(blob.replace(key.encode(), b"b" * 64, 1))
    assert artifacts.load("thing", key) is None
    assert artifacts.cached("thing", key, lambda: "rebuilt") == "rebuilt"
    assert artifacts.load("thing", key) == "rebuilt"


def test_digest_separates_parts():
    assert artifacts.digest(["ab", "c"]) != artifacts.digest(["a", "bc"])


def test_event_model_loaded_from_its_artifact_scores_as_the_fitted_one(cache, monkeypatch):
    texts = ["Gunmen attacked a village near Kidal, killing 12 civilians.", "The minister opened a school."]
    fitted = classifier.fitted_model("en")
    assert list(cache.glob("event-model-en-*.artifact"))

    def refit(*_a, **_k):
        raise AssertionError("refitted although an artifact was there")

    monkeypatch.setattr(classifier, "fit_pipeline", refit)
    loaded = classifier.fitted_model("en")
    assert loaded is not fitted
    assert np.array_equal(loaded.decision(texts), fitted.decision(texts))


def test_user_rows_change_the_key():
    extra = (("ARMED_CLASH", "Soldiers fought rebels near Menaka."),)
    assert classifier.artifact_key("en") != classifier.artifact_key("en", extra)
    assert classifier.artifact_key("en", extra) == classifier.artifact_key("en", extra)
