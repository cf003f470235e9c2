"""The sentence classifier and the CASE 2021 evaluation on our own small sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.analyse.events.classifier import NONE, classify_snippet, load_training, score_texts
from sitrep.analyse.events.types import CASE_LABELS
from sitrep.errors import SitrepError
from sitrep.eval.case import evaluate_case

SAMPLE = Path(__file__).parent / "data" / "case_sample.tsv"


def test_training_data_covers_every_label():
    texts, labels = load_training("en")
    assert len(texts) == len(labels) > 1000
    assert set(CASE_LABELS) <= set(labels)
    assert NONE in labels


@pytest.mark.parametrize(
    "text, label",
    [
        ("A suicide bomber blew himself up outside a mosque, killing 11 worshippers.", "SUIC_BOMB"),
        ("Police fired tear gas to disperse students marching against fee increases.", "PROTEST_WITH_INTER"),
        ("The two parties signed a ceasefire agreement after three days of talks.", "AGREEMENT"),
        ("A roadside bomb struck an army truck on the road to the airport.", "REM_EXPLOS"),
        ("Torrential rains caused floods that destroyed hundreds of homes.", "NATURAL_DISASTER"),
        ("Kidnappers seized two aid workers and demanded a ransom.", "ABDUCT_DISSAP"),
    ],
)
def test_classify_snippet(text, label):
    assert classify_snippet(text) == label


def test_commentary_scores_none():
    [scored] = score_texts(["Analysts say the country faces a difficult year ahead."])
    assert scored.best == NONE


def test_evaluate_case_on_own_sample():
    result = evaluate_case(SAMPLE)
    assert result["n"] == 12
    assert 0.0 <= result["macro_f1"] <= result["accuracy"] + 1.0
    assert result["accuracy"] >= 0.75  # these are plain, unambiguous snippets
    assert set(result) >= {"accuracy", "weighted_f1", "macro_f1", "per_label_f1", "worst_confusions"}
    for c in result["worst_confusions"]:
        assert c["gold"] != c["predicted"] and isinstance(c["predicted"], str)


def test_evaluate_case_refuses_bad_files(tmp_path):
    with pytest.raises(SitrepError):
        evaluate_case(tmp_path / "missing.tsv")
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(SitrepError):
        evaluate_case(bad)
