"""The ingest, documents and summary commands: output shapes and exit statuses."""

from __future__ import annotations

import json

from sitrep.cli import main


def test_ingest_documents_summary(db_path, examples_dir, ingest_fixtures, capsys):
    db = str(db_path)
    assert main(["--db", db, "ingest", "--no-analyse", "--format", "json", str(examples_dir)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["stored"] == 5 and out["read"] == 5
    assert main(["--db", db, "ingest", "--no-analyse", str(examples_dir), str(ingest_fixtures / "corpus")]) == 0
    text = capsys.readouterr().out
    assert "duplicates 5" in text and "E_BAD_JSON 1" in text
    assert main(["--db", db, "documents", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 11
    assert {"id", "external_id", "source", "title", "outlet", "wire", "url", "published", "published_is_estimate",
            "published_earliest", "published_latest", "language", "characters", "duplicate_of"} == set(rows[0])
    estimated = [r for r in rows if r["published_is_estimate"]]
    assert estimated and all(r["published_earliest"] <= r["published"] <= r["published_latest"] for r in estimated)
    assert main(["--db", db, "summary", "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["documents"] == 11 and summary["by_language"]["fr"] == 1
    assert summary["errors_by_code"] == {"E_BAD_JSON": 1, "E_BAD_RECORD": 1}
    assert main(["--db", db, "summary"]) == 0
    assert "documents" in capsys.readouterr().out


def test_exit_statuses(db_path, tmp_path, capsys):
    db = str(db_path)
    assert main(["--db", db, "ingest", "--no-analyse", str(tmp_path / "missing.txt")]) == 1
    (tmp_path / "empty.txt").write_text("")
    assert main(["--db", db, "ingest", "--no-analyse", str(tmp_path / "empty.txt")]) == 1  # nothing readable
    assert main(["--db", db, "ingest"]) == 2  # usage: no input
    assert main(["--db", str(tmp_path / "none.duckdb"), "documents"]) == 1


def test_ingest_feed_url_needs_allow_private(db_path, web_server, capsys, monkeypatch):
    monkeypatch.delenv("SITREP_ALLOW_PRIVATE", raising=False)
    db = str(db_path)
    assert main(["--db", db, "ingest", "--no-analyse", f"{web_server}/feed.xml"]) == 1  # refused: loopback
    assert "E_BLOCKED_ADDRESS" in capsys.readouterr().out
    assert main(["--db", db, "ingest", "--no-analyse", "--allow-private", "--format", "json", f"{web_server}/feed.xml"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["stored"] == 1 and out["skipped"] == {"E_FETCH": 1}
