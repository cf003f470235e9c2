"""Measure the event classifier on a CASE 2021 task 2 file (``id<TAB>EventSnippet<TAB>SubType``).

The file is only read to measure: nothing here feeds back into training. Scores are accuracy,
weighted F1 (the shared task's headline figure; best published systems: 0.771 on all 30 types),
macro F1, per-label F1 and the most frequent confusions.
"""

from __future__ import annotations

import csv
import time
from collections import Counter
from pathlib import Path

from sitrep.errors import ErrorCode, SitrepError


def read_case_tsv(path: str | Path) -> tuple[list[str], list[str]]:
    p = Path(path)
    if not p.exists():
        raise SitrepError(ErrorCode.not_found, f"no such file: {p}")
    texts, labels = [], []
    with p.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        fields = set(reader.fieldnames or [])
        if not {"EventSnippet", "SubType"} <= fields:
            raise SitrepError(ErrorCode.invalid, f"{p}: expected columns EventSnippet and SubType, got {sorted(fields)}")
        for row in reader:
            if row.get("EventSnippet") and row.get("SubType"):
                texts.append(row["EventSnippet"])
                labels.append(row["SubType"].strip())
    if not texts:
        raise SitrepError(ErrorCode.empty, f"{p}: no labelled snippets")
    return texts, labels


def scores(gold: list[str], predicted: list[str], top_confusions: int = 10) -> dict:
    from sklearn.metrics import accuracy_score, f1_score

    labels = sorted(set(gold))
    per_label = f1_score(gold, predicted, labels=labels, average=None, zero_division=0)
    confusions = Counter((g, p) for g, p in zip(gold, predicted) if g != p)
    return {
        "n": len(gold),
        "accuracy": round(float(accuracy_score(gold, predicted)), 4),
        "weighted_f1": round(float(f1_score(gold, predicted, labels=labels, average="weighted", zero_division=0)), 4),
        "macro_f1": round(float(f1_score(gold, predicted, labels=labels, average="macro", zero_division=0)), 4),
        "per_label_f1": {label: round(float(v), 3) for label, v in zip(labels, per_label)},
        "worst_confusions": [
            {"gold": g, "predicted": p, "count": c} for (g, p), c in confusions.most_common(top_confusions)
        ],
    }


def evaluate_case(tsv_path: str | Path, language: str = "en") -> dict:
    """Classify every snippet of a CASE task 2 TSV and score against its labels."""
    from sitrep.analyse.event_classifier import classify_snippets, model

    texts, gold = read_case_tsv(tsv_path)
    t0 = time.perf_counter()
    model(language)
    fit_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    predicted = classify_snippets(texts, language)
    result = scores(gold, predicted)
    result["fit_seconds"] = round(fit_s, 3)
    result["classify_seconds"] = round(time.perf_counter() - t1, 3)
    return result
