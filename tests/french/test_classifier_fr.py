"""The French event classifier: its own training table, scored on a separate hand-written test set."""

from __future__ import annotations

from collections import Counter

from sitrep.analyse.events.classifier import classify_snippet, load_training
from sitrep.analyse.events.types import SUB_EVENT_TYPES
from sitrep.eval.case import evaluate_case, read_case_tsv


def test_french_training_covers_every_acled_sub_event_type():
    texts, labels = load_training("fr")
    counts = Counter(labels)
    for sub in SUB_EVENT_TYPES:
        assert counts[sub.case] >= 10, sub.case
    assert counts["NONE"] >= 10


def test_test_snippets_are_not_training_data(fr_dir):
    texts, labels = read_case_tsv(fr_dir / "snippets_fr.tsv")
    train, _ = load_training("fr")
    assert len(texts) >= 60
    assert not set(texts) & set(train)
    assert {s.case for s in SUB_EVENT_TYPES} <= set(labels)


def test_french_snippets_score(fr_dir):
    result = evaluate_case(fr_dir / "snippets_fr.tsv", "fr")
    assert result["n"] >= 60
    assert result["accuracy"] >= 0.85, result


def test_french_model_is_not_the_english_one():
    text = "Une frappe de drone a tué quatre civils près de Gao lundi."
    assert classify_snippet(text, "fr") == "AIR_STRIKE"
    assert classify_snippet("Les FAMa ont repris le contrôle de la ville de Ber dimanche.", "fr") == "GOV_REGAINS_TERIT"


def test_cli_eval_events_detects_french(capsys, fr_dir):
    import json

    from sitrep.cli import main

    assert main(["eval", "events", str(fr_dir / "snippets_fr.tsv"), "--format", "json"]) == 0
    detected = json.loads(capsys.readouterr().out)
    assert main(["eval", "events", str(fr_dir / "snippets_fr.tsv"), "--language", "en", "--format", "json"]) == 0
    english = json.loads(capsys.readouterr().out)
    assert detected["accuracy"] >= 0.85
    assert english["accuracy"] < detected["accuracy"]  # the French table is what reads French
