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

from sitrep.analyse.events.classifier import classify_snippets, model
from sitrep.analyse.events.types import NON_ACLED_CASE_LABELS, case_of
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

    if not gold:  # a file of non-ACLED snippets only: nothing to score a label on
        return {"n": 0, "accuracy": None, "weighted_f1": None, "macro_f1": None, "per_label_f1": {},
                "worst_confusions": []}
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


# ---------------------------------------------------------------------------------------------
# end to end: snippet → document → events


VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def evaluate_case_end_to_end(tsv_path: str | Path, language: str = "en", analyzer=None) -> dict:
    """Each snippet as a document through ingest → analyse → fuse; its label is the CASE code of
    the sub-event type of its primary event (``NONE`` when it yields no event).

    Scored like ``evaluate_case`` but on the snippets whose gold label is one of ACLED's 25 (the
    labels an ACLED event can carry), beside the classifier alone on the same snippets.  Precision
    on the rest: the share of the non-ACLED snippets (disasters, crime, diplomacy...) that yield a
    violent event (Battles, Explosions/Remote violence, Violence against civilians)."""
    from sitrep.eval.endtoend import TextRecord, run_texts

    texts, gold = read_case_tsv(tsv_path)
    records = [TextRecord(key=f"snippet-{i}", text=t, language=language) for i, t in enumerate(texts, start=1)]
    run = run_texts(records, analyzer=analyzer)
    predicted = []
    for result in run.results:
        event = result.primary_event()
        predicted.append(case_of(event.sub_event_type) if event else "NONE")
    acled = [i for i, g in enumerate(gold) if g not in NON_ACLED_CASE_LABELS]
    other = [i for i, g in enumerate(gold) if g in NON_ACLED_CASE_LABELS]
    classifier = evaluate_case(tsv_path, language)

    classifier_labels = classify_snippets([texts[i] for i in acled], language) if acled else []
    violent = [i for i in other if any(e.event_type in VIOLENT_TYPES for e in run.results[i].events)]
    result = scores([gold[i] for i in acled], [predicted[i] for i in acled])
    return {
        "n": len(gold),
        "acled_snippets": len(acled),
        "end_to_end_weighted_f1": result["weighted_f1"],
        "classifier_weighted_f1": scores([gold[i] for i in acled], classifier_labels)["weighted_f1"],
        "classifier_weighted_f1_all_labels": classifier["weighted_f1"],
        "end_to_end_accuracy": result["accuracy"],
        "end_to_end_macro_f1": result["macro_f1"],
        "no_event": sum(predicted[i] == "NONE" for i in acled),
        "non_acled_snippets": len(other),
        "non_acled_with_violent_event": len(violent),
        "non_acled_violent_rate": round(len(violent) / len(other), 4) if other else 0.0,
        "per_label_f1": result["per_label_f1"],
        "worst_confusions": result["worst_confusions"],
        "pipeline_seconds": round(run.seconds, 2),
    }
