"""`sitrep train events`: a user's labelled notes kept beside the store, used by later analyses,
measured by cross-validation, removed by --reset.  Real processes on notes the test writes."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.analyse.events import training as event_training
from sitrep.analyse.events.classifier import model, score_texts

REPO = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-c", "import sys; from sitrep.cli import main; sys.exit(main(sys.argv[1:]))"]
ENV = {**os.environ, "PYTHONPATH": str(REPO / "src")}

# a user's own coding convention the shipped model does not know: cattle raids coded as Looting
VERBS = ["raided the cattle pens of", "drove off the herds of", "made off with the cows of", "rustled the animals of"]
VICTIMS = ["herders", "a pastoralist family", "villagers", "two breeders", "a Fulani camp"]


def _notes(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["event_date", "event_type", "sub_event_type", "notes"])
        for i, (verb, victim) in enumerate((v, x) for v in VERBS for x in VICTIMS):
            w.writerow([f"{i + 1}-Mar-22", "Strategic developments", "Looting/property destruction",
                        f"On {i + 1} March 2022, armed men {verb} {victim} near the village of Tebo{i} (Koro, Sena)."])
        w.writerow(["1-Apr-22", "Battles", "Not a sub-event type", "A row with a label ACLED does not have."])
    return path


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(CLI + list(args), env=ENV, capture_output=True, text=True, timeout=600)


def test_train_keeps_the_notes_beside_the_store_and_reset_removes_them(tmp_path):
    db = tmp_path / "store.duckdb"
    notes = _notes(tmp_path / "export.csv")
    proc = _run("--db", str(db), "train", "events", str(notes), "--cv", "4", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    kept = Path(out["model"])
    assert kept == event_training.model_path(db) and kept.is_file()
    assert out["notes"] == 20 and out["skipped"] and "unknown sub_event_type" in out["skipped"][0]
    data = json.loads(kept.read_text(encoding="utf-8"))
    assert data["format_version"] == event_training.FORMAT_VERSION
    assert data["sha256"] == event_training.digest_of([tuple(r) for r in data["rows"]]) == out["sha256"]
    cv = out["cross_validation"]
    assert cv["folds"] == 4 and cv["rows"] == 20
    # the user's convention is learned from the other folds; the shipped model cannot know it
    assert cv["trained"]["sub_event_accuracy"] > cv["shipped"]["sub_event_accuracy"]

    reset = _run("--db", str(db), "train", "events", "--reset", "--format", "json")
    assert reset.returncode == 0 and json.loads(reset.stdout)["reset"] is True
    assert not kept.exists()
    again = _run("--db", str(db), "train", "events", "--reset", "--format", "json")
    assert again.returncode == 0 and json.loads(again.stdout)["reset"] is False


def test_train_refuses_bad_input(tmp_path):
    assert _run("--db", str(tmp_path / "s.duckdb"), "train", "events").returncode == 2
    missing = _run("--db", str(tmp_path / "s.duckdb"), "train", "events", str(tmp_path / "absent.csv"))
    assert missing.returncode == 1 and "E_NOT_FOUND" in missing.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("notes,event_type\nsomething,Battles\n", encoding="utf-8")
    proc = _run("--db", str(tmp_path / "s.duckdb"), "train", "events", str(bad))
    assert proc.returncode == 1 and "E_INVALID" in proc.stderr


def test_the_kept_training_changes_the_model_used_for_that_store(tmp_path):
    from sitrep.knowledge import load_knowledge
    from sitrep.store import Store

    db = tmp_path / "store.duckdb"
    rows, _ = event_training.read_labelled_notes(_notes(tmp_path / "export.csv"))
    event_training.save(db, rows, "export.csv")
    with Store(db) as store:
        knowledge = load_knowledge(store, world=False)
    training = knowledge.extra[event_training.KNOWLEDGE_KEY]
    assert training.digest == event_training.digest_of(rows)
    assert model("en", training) is not model("en")
    text = "Armed men rustled the animals of herders near the village of Sabo (Koro, Sena)."
    assert score_texts([text], training=training)[0].best == "PROPERTY_DISTRUCT"


def test_an_altered_model_file_is_ignored(tmp_path):
    db = tmp_path / "store.duckdb"
    event_training.save(db, [("ATTACK", "Gunmen killed a farmer.")], "x.csv")
    path = event_training.model_path(db)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["rows"][0][0] = "ARREST"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert event_training.load(db) is None
    assert event_training.model_path(":memory:") is None
    with pytest.raises(Exception, match="in-memory"):
        event_training.save(":memory:", [("ATTACK", "x")], "x.csv")
