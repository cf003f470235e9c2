"""A user's own labelled notes for the sub-event classifier, kept beside the store.

``sitrep train events EXPORT.csv`` reads an ACLED export (``notes`` and ``sub_event_type``), and
writes the labelled notes next to the DuckDB file (``<db>.events-model.json``: a format version, the
SHA-256 of the training rows, where they came from, the rows).  From then on every Analyzer built
on that store (``load_knowledge(store)`` puts it in ``Knowledge.extra``) classifies sentences with a
model fitted on the shipped sentences plus these notes; ``--reset`` deletes the file and the shipped
model is used again.  The rows, not a pickled model, are kept: fitting takes seconds, is the same in
every process and survives library upgrades.

``cross_validate`` measures what the notes bring: k folds of the export, each fold classified by
the shipped model and by the shipped model plus the other folds.
"""

from __future__ import annotations

import csv
import logging
import random
from pathlib import Path

from sitrep.errors import ErrorCode, SitrepError
from sitrep.knowledge.user_training import (  # the file beside the store; re-exported for the CLI
    FORMAT_VERSION,
    KNOWLEDGE_KEY,
    SUFFIX,
    UserTraining,
    digest_of,
    load,
    model_path,
    reset,
    save,
)

log = logging.getLogger(__name__)


def read_labelled_notes(path: str | Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(CASE label, note) rows of an ACLED export, and one line per row skipped (unknown sub-event
    type, empty note)."""
    from sitrep.analyse.events.types import BY_NAME

    path = Path(path)
    if not path.is_file():
        raise SitrepError(ErrorCode.not_found, f"no ACLED CSV at {path}")
    rows, skipped = [], []
    by_name = {name.lower(): sub.case for name, sub in BY_NAME.items()}
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in ("notes", "sub_event_type") if c not in (reader.fieldnames or [])]
        if missing:
            raise SitrepError(ErrorCode.invalid, f"{path}: missing columns {', '.join(missing)}")
        for i, raw in enumerate(reader, start=1):
            note = " ".join((raw.get("notes") or "").split())
            label = by_name.get((raw.get("sub_event_type") or "").strip().lower())
            if not note:
                skipped.append(f"row {i}: empty note")
            elif label is None:
                skipped.append(f"row {i}: unknown sub_event_type {raw.get('sub_event_type')!r}")
            else:
                rows.append((label, note))
    if not rows:
        raise SitrepError(ErrorCode.empty, f"{path}: no labelled notes")
    return rows, skipped


def cross_validate(rows: list[tuple[str, str]], folds: int = 5, seed: int = 0, language: str = "en") -> dict:
    """k-fold figures of the sub-event classifier on ``rows``: the shipped model alone against the
    shipped model plus the training folds (accuracy and weighted F1, sub-event and event type)."""
    from sklearn.metrics import accuracy_score, f1_score

    from sitrep.analyse.events.classifier import classify_with
    from sitrep.analyse.events.types import BY_CASE

    if folds < 2 or folds > len(rows):
        raise SitrepError(ErrorCode.invalid, f"--cv needs 2 to {len(rows)} folds, got {folds}")
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    fold_of = {i: k % folds for k, i in enumerate(order)}
    gold, shipped, trained = [], [], []
    for f in range(folds):
        train = [rows[i] for i in order if fold_of[i] != f]
        test = [rows[i] for i in order if fold_of[i] == f]
        texts = [t for _, t in test]
        gold += [label for label, _ in test]
        shipped += classify_with(texts, language, None)
        trained += classify_with(texts, language, UserTraining(tuple(train), digest_of(train)))

    def event_type(labels: list[str]) -> list[str]:
        return [BY_CASE[x].event_type if x in BY_CASE else x for x in labels]

    def figures(predicted: list[str]) -> dict:
        return {
            "sub_event_accuracy": round(float(accuracy_score(gold, predicted)), 4),
            "sub_event_weighted_f1": round(float(f1_score(gold, predicted, average="weighted", zero_division=0)), 4),
            "event_type_accuracy": round(float(accuracy_score(event_type(gold), event_type(predicted))), 4),
        }

    return {"folds": folds, "rows": len(rows), "shipped": figures(shipped), "trained": figures(trained)}
