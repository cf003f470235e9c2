"""A user's own labelled notes for the sub-event classifier, as kept beside the store.

``<db>.events-model.json`` holds a format version, the SHA-256 of the training rows, where they came
from and the rows.  ``load_knowledge(store)`` puts what ``load`` reads in ``Knowledge.extra`` under
``KNOWLEDGE_KEY``; the events stage (``sitrep.analyse.events.training``) fits on it.  Here: the file
only, so that the knowledge layer reads it without importing the analysis.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
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
