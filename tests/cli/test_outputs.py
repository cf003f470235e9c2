"""`sitrep report`, `sitrep export`, `sitrep event` and the corrections commands on stores without
the records asked for: errors with exit codes, and no store created by a command that only reads."""

from __future__ import annotations

import json

from sitrep.cli import main
from sitrep.store import Store


def _empty_store(tmp_path):
    db = tmp_path / "empty.duckdb"
    Store(db).close()
    return db


def test_reading_commands_never_create_a_store(tmp_path, capsys):
    missing = tmp_path / "none.duckdb"
    for argv in (["report"], ["export"], ["events"], ["event", "ev_x"]):
        assert main(["--db", str(missing), *argv]) == 1, argv
        assert "no store at" in capsys.readouterr().err
    assert not missing.exists()


def test_an_unknown_event_is_a_missing_record(tmp_path, capsys):
    db = _empty_store(tmp_path)
    assert main(["--db", str(db), "event", "ev_nowhere"]) == 1
    err = capsys.readouterr().err
    assert "E_NO_SUCH_RECORD" in err and "ev_nowhere" in err


def test_an_empty_store_exports_no_rows_and_reports_no_events(tmp_path, capsys):
    db = _empty_store(tmp_path)
    assert main(["--db", str(db), "export", "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["--db", str(db), "report"]) == 0
    assert "0 events" in capsys.readouterr().out


def test_corrections_commands_check_their_arguments(tmp_path, capsys):
    db = _empty_store(tmp_path)
    assert main(["--db", str(db), "corrections", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", str(db), "correct", "move_place", "ev_x", "--set", "no-equals-sign"]) == 2
    assert "KEY=VALUE" in capsys.readouterr().err
    assert main(["--db", str(db), "apply-corrections"]) == 0
    assert capsys.readouterr().out.strip() == "0 correction(s) changed events"
