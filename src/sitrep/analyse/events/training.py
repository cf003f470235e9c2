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
import datetime as dt
import hashlib
import json
import logging
import random
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import ErrorCode, SitrepError

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
SUFFIX = ".events-model.json"
KNOWLEDGE_KEY = "event_training"


@dataclass(frozen=True)
class UserTraining:
    rows: tuple[tuple[str, str], ...]  # (CASE label, text)
    digest: str  # SHA-256 of the rows: the model's identity (cache key, shown to the user)
    source: str = ""
    created: str = ""


def digest_of(rows: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> str:
    h = hashlib.sha256()
    for label, text in rows:
        h.update(f"{label}\t{text}\n".encode("utf-8"))
    return h.hexdigest()


def model_path(db_path: str | Path | None) -> Path | None:
    """Where the user's training sits for the store at ``db_path`` (None for an in-memory store)."""
    if db_path is None or str(db_path) in ("", ":memory:"):
        return None
    return Path(f"{db_path}{SUFFIX}")


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


def save(db_path: str | Path, rows: list[tuple[str, str]], source: str) -> UserTraining:
    path = model_path(db_path)
    if path is None:
        raise SitrepError(ErrorCode.invalid, "an in-memory store has no place to keep a trained model: pass --db FILE")
    training = UserTraining(tuple(rows), digest_of(rows), source,
                            dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    payload = {"format_version": FORMAT_VERSION, "sha256": training.digest, "source": source,
               "created": training.created, "rows": [list(r) for r in rows]}
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)  # atomic: a reader sees the old file or the new one, never half of one
    return training


def load(db_path: str | Path | None) -> UserTraining | None:
    """The training kept beside the store, or None (none kept; an unreadable or altered file is
    reported and ignored, so analysis goes on with the shipped model)."""
    path = model_path(db_path)
    if path is None or not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"format version {data.get('format_version')!r}, expected {FORMAT_VERSION}")
        rows = tuple((str(label), str(text)) for label, text in data["rows"])
        if digest_of(rows) != data.get("sha256"):
            raise ValueError("its rows do not match their recorded SHA-256")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("ignoring the trained event model %s (%s): using the shipped one", path, exc)
        return None
    return UserTraining(rows, data["sha256"], data.get("source", ""), data.get("created", ""))


def reset(db_path: str | Path) -> bool:
    """Delete the kept training; True when there was one."""
    path = model_path(db_path)
    if path is None or not path.is_file():
        return False
    path.unlink()
    return True


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
