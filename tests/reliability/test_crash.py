"""kill -9 in the middle of an ingest, then run it again: the store opens, holds only whole
records, nothing is duplicated, and the second run completes the corpus.

Two ways of choosing the moment of death, both a real SIGKILL of a real ``sitrep ingest`` process:
* from outside, when the write-ahead log has grown past a random size (1,000 documents,
  ``--no-analyse``): lands anywhere, including in the middle of a commit;
* from inside (``_crash_child.py``), in the n-th transaction of a chosen kind, after its writes and
  before its COMMIT: storing a document, saving an analysis, fusing (small set, analysis on).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitrep.store import Store

from .corpus import write_corpus

LONG = os.environ.get("SITREP_LONG") == "1"
HERE = Path(__file__).resolve().parent
CLI = [sys.executable, "-c", "import sys; from sitrep.cli import main; sys.exit(main(sys.argv[1:]))"]
ENV = {**os.environ, "SITREP_ALLOW_PRIVATE": "0", "PYTHONPATH": str(HERE.parents[1] / "src")}


def check_store(db: Path) -> dict[str, int]:
    """Open the store (replaying its WAL) and check every invariant; returns row counts."""
    with Store(db) as s:
        q = s.rows
        docs = q("SELECT doc_id, source, text, segments, n_chars FROM documents")
        ids = [d["doc_id"] for d in docs]
        assert len(ids) == len(set(ids))
        sources = [d["source"] for d in docs]
        assert len(sources) == len(set(sources)), "the same input stored twice"
        for d in docs:
            assert d["n_chars"] == len(d["text"]) and d["text"].strip()
            segs = json.loads(d["segments"])
            assert segs, f"{d['source']}: document without segments"
            assert all(0 <= a < b <= d["n_chars"] for a, b in segs)
        # every analysis belongs to a document; every mention row to an analysis
        assert q("SELECT count(*) AS n FROM analyses WHERE doc_id NOT IN (SELECT doc_id FROM documents)")[0]["n"] == 0
        for table in ("actor_mentions", "person_mentions", "place_mentions", "event_mentions", "claims"):
            orphan = q(f"SELECT count(*) AS n FROM {table} WHERE doc_id NOT IN (SELECT doc_id FROM analyses)")[0]["n"]
            assert orphan == 0, f"{table} rows without their analysis"
        # an analysis row and its mention rows land together: the stored JSON matches the index rows
        for row in q("SELECT doc_id, analysis FROM analyses"):
            a = json.loads(row["analysis"])
            n = q("SELECT count(*) AS n FROM event_mentions WHERE doc_id = ?", [row["doc_id"]])[0]["n"]
            assert n == len(a.get("events", [])), f"{row['doc_id']}: half-written analysis"
        # fusion: mentions point at existing events, events at existing mentions
        dangling = q("""SELECT count(*) AS n FROM event_mentions WHERE event_id IS NOT NULL
                        AND event_id NOT IN (SELECT event_id FROM events)""")[0]["n"]
        assert dangling == 0
        bad_reports = q("""SELECT count(*) AS n FROM event_reports
                           WHERE mention_id NOT IN (SELECT mention_id FROM event_mentions)
                              OR event_id NOT IN (SELECT event_id FROM events)""")[0]["n"]
        assert bad_reports == 0
        return {
            "documents": len(docs),
            "analyses": q("SELECT count(*) AS n FROM analyses")[0]["n"],
            "event_mentions": q("SELECT count(*) AS n FROM event_mentions")[0]["n"],
            "unfused": q("SELECT count(*) AS n FROM event_mentions WHERE event_id IS NULL")[0]["n"],
            "events": q("SELECT count(*) AS n FROM events")[0]["n"],
        }


def wal_size(db: Path) -> int:
    try:
        return os.path.getsize(f"{db}.wal")
    except OSError:
        return 0


def kill_when_wal_reaches(db: Path, corpus: Path, threshold: int, timeout: float = 300) -> bool:
    """Start an ingest; SIGKILL it once its WAL holds ``threshold`` bytes. True if it was killed."""
    proc = subprocess.Popen(CLI + ["--db", str(db), "ingest", str(corpus), "--no-analyse"], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if wal_size(db) >= threshold:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.005)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode == -signal.SIGKILL


def complete(db: Path, corpus: Path, *extra: str) -> subprocess.CompletedProcess:
    proc = subprocess.run(CLI + ["--db", str(db), "ingest", str(corpus), *extra], env=ENV,
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


@pytest.fixture(scope="module")
def corpus_1000(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus1000")
    write_corpus(folder, 1000)
    return folder


@pytest.mark.slow
def test_kill_during_bulk_ingest_then_resume(corpus_1000, tmp_path):
    """1,000 documents, --no-analyse: SIGKILL at random points, reopen, re-run, nothing lost or doubled."""
    db = tmp_path / "bulk.duckdb"
    rng = random.Random(None if LONG else 1234)
    # roughly 2 KB of WAL per document: thresholds land between ~100 and ~700 documents
    thresholds = sorted(rng.randint(200_000, 1_400_000) for _ in range(3 if LONG else 1))
    before = 0
    for threshold in thresholds:
        killed = kill_when_wal_reaches(db, corpus_1000, threshold)
        counts = check_store(db)
        if killed:
            assert counts["documents"] < 1000
        assert counts["documents"] >= before  # committed documents survive the crash
        before = counts["documents"]
    assert before > 0, "the kill came before anything was committed: the test tested nothing"
    proc = complete(db, corpus_1000, "--no-analyse", "--format", "json")
    summary = json.loads(proc.stdout)
    assert summary["stored"] == 1000 - before
    assert summary["duplicates"] == before
    counts = check_store(db)
    assert counts["documents"] == 1000
    # and a third run finds nothing new
    summary = json.loads(complete(db, corpus_1000, "--no-analyse", "--format", "json").stdout)
    assert summary["stored"] == 0 and summary["duplicates"] == 1000


def run_child(db: Path, corpus: Path, kill_spec: str, report: Path | None = None) -> int:
    env = dict(ENV)
    if report:
        env["CRASH_REPORT"] = str(report)
    proc = subprocess.run([sys.executable, str(HERE / "_crash_child.py"), kill_spec, "--",
                           "--db", str(db), "ingest", str(corpus)], env=env, capture_output=True, text=True,
                          timeout=900)
    if proc.returncode not in (0, -signal.SIGKILL):
        raise AssertionError(proc.stderr[-3000:])
    return proc.returncode


KILL_CHAIN = ["save_analyses:1", "fuse_documents:1"]
LONG_CHAIN = ["add_documents:1", "save_analyses:1", "fuse_documents:1", "record_ingest_error:1"]


@pytest.mark.slow
def test_kill_during_analysis_and_fusion_then_resume(tmp_path):
    """Analysis on, a small set: die while saving an analysis, then while fusing; the re-run
    analyses and fuses whatever the dead runs left undone."""
    corpus = tmp_path / "small"
    write_corpus(corpus, 8, seed=7)
    (corpus / "empty.txt").write_text("  \n")  # an input rejected with a code on every run
    db = tmp_path / "small.duckdb"
    for spec in LONG_CHAIN if LONG else KILL_CHAIN:
        code = run_child(db, corpus, spec)
        counts = check_store(db)
        if spec.startswith("save_analyses") and code == -signal.SIGKILL:
            assert counts["analyses"] < counts["documents"] == 8
    report = tmp_path / "final.json"
    assert run_child(db, corpus, "none", report) == 0
    counts = check_store(db)
    assert counts["documents"] == 8
    assert counts["analyses"] == 8, "the re-run must analyse documents a killed run stored but never analysed"
    assert counts["event_mentions"] > 0
    assert counts["unfused"] == 0, "the re-run must fuse mentions a killed run analysed but never fused"
    assert counts["events"] > 0
    # the final run only finished the job: nothing new stored
    assert "add_documents" not in json.loads(report.read_text())
