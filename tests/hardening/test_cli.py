"""The command line under hostile input, as real ``sitrep`` processes: file names that are not
UTF-8, a stray byte in an article, bad numbers, ``--db`` after the command, ``--version``."""

from __future__ import annotations

import argparse
import json
import os

import pytest

from sitrep.store import Store

from ..reliability.corpus import article
from .conftest import sitrep, text


def _good_files(folder, n: int, start: int = 0):
    paths = []
    for i in range(start, start + n):
        path = folder / f"good{i}.txt"
        path.write_text(article(i, seed=41), encoding="utf-8")
        paths.append(path)
    return paths


def test_a_file_name_that_is_not_utf8_does_not_abort_the_batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _good_files(folder, 4)
    bad_name = os.fsencode(folder) + b"/z\xffname.txt"
    with open(bad_name, "wb") as fh:
        fh.write(article(99, seed=41).encode())
    extra = _good_files(tmp_path, 1, start=50)[0]  # a good file given on the same command line
    db = tmp_path / "s.duckdb"
    proc = sitrep("--db", db, "ingest", "--no-analyse", "--format", "json", folder, extra)
    out, err = text(proc)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert json.loads(out)["stored"] == 6
    proc = sitrep("--db", db, "documents", "--format", "json")
    sources = [row["source"] for row in json.loads(text(proc)[0])]
    assert len(sources) == 6
    # the name stays readable: the undecodable byte is written as an escape
    assert any(s.endswith("z\\xffname.txt") for s in sources), sources
    # and the bad name given directly on the command line is stored as well
    db2 = tmp_path / "t.duckdb"
    proc = sitrep("--db", db2, "ingest", "--no-analyse", "--format", "json", bad_name, extra)
    assert proc.returncode == 0 and json.loads(text(proc)[0])["stored"] == 2, text(proc)[1]


def test_one_stray_byte_keeps_the_article_with_a_warning(tmp_path):
    body = ("Gunmen attacked a village near Gao on Monday, killing 12 people, residents said. "
            "“We fled at dawn,” one of them told reporters. ‘The army came late,’ said another.")
    data = body.encode("utf-8")
    cut = data.index(b"Monday")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "stray.txt").write_bytes(data[:cut] + b"\xff" + data[cut:])
    db = tmp_path / "s.duckdb"
    proc = sitrep("--db", db, "ingest", "--no-analyse", "--format", "json", tmp_path / "in")
    out, err = text(proc)
    assert proc.returncode == 0, err
    summary = json.loads(out)
    assert summary["stored"] == 1 and summary["skipped"] == {}
    (warning,) = summary["warnings"]
    assert warning["code"] == "E_ENCODING" and "1 undecodable byte" in warning["message"]
    with Store(db, read_only=True) as store:
        (doc,) = list(store.iter_documents())
    assert doc.text == body[: body.index("Monday")] + "\ufffd" + body[body.index("Monday"):]
    assert doc.field_sources["encoding"].evidence.startswith("utf-8, 1 undecodable byte")
    # the table view says so too
    proc = sitrep("--db", tmp_path / "t.duckdb", "ingest", "--no-analyse", tmp_path / "in")
    assert "E_ENCODING" in text(proc)[0]


BAD_NUMBERS = [
    ["events", "--limit", "-1"],
    ["events", "--limit", "0"],
    ["events", "--limit", "ten"],
    ["documents", "--limit", "-5"],
    ["actor", "JNIM", "--limit", "0"],
    ["ingest", "--no-analyse", "--max-bytes", "-1", "x.txt"],
    ["ingest", "--no-analyse", "--timeout", "-3", "x.txt"],
    ["ingest", "--no-analyse", "--timeout", "nan", "x.txt"],
    ["ingest", "--workers", "0", "x.txt"],
    ["serve", "--port", "70000"],
    ["serve", "--header-timeout", "0"],
    ["serve", "--max-connections", "-2"],
    ["eval", "geoparse", "x.xml", "--limit", "-1"],
]


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("numbers")
    _good_files(folder, 1)
    db = folder / "s.duckdb"
    assert sitrep("--db", db, "ingest", "--no-analyse", folder).returncode == 0
    return db


@pytest.mark.parametrize("args", BAD_NUMBERS, ids=[" ".join(a) for a in BAD_NUMBERS])
def test_a_bad_number_is_a_usage_error(small_store, args):
    proc = sitrep("--db", small_store, *args, timeout=120)
    out, err = text(proc)
    assert proc.returncode == 2, (out, err)
    assert "Traceback" not in err and "usage:" in err


def test_every_numeric_option_is_validated():
    """No option parses a number with a bare int/float (which lets -1, 0 or nan through)."""
    from sitrep.cli import build_parser
    from sitrep.cli.args import sub_parsers

    parser = build_parser()
    loose = [(p.prog, a.dest) for p in [parser, *sub_parsers(parser)] for a in p._actions
             if a.type in (int, float)]
    assert loose == []


def test_db_after_the_command_and_version(tmp_path):
    proc = sitrep("--version")
    assert proc.returncode == 0 and text(proc)[0].startswith("sitrep "), text(proc)
    folder = tmp_path / "in"
    folder.mkdir()
    _good_files(folder, 2)
    db = tmp_path / "after.duckdb"
    work = tmp_path / "cwd"
    work.mkdir()
    proc = sitrep("ingest", "--no-analyse", folder, "--db", db, cwd=work)
    assert proc.returncode == 0, text(proc)[1]
    assert db.exists() and not (work / "sitrep.duckdb").exists()
    proc = sitrep("documents", "--format", "json", "--db", db, cwd=work)
    assert proc.returncode == 0 and len(json.loads(text(proc)[0])) == 2
    proc = sitrep("summary", "--db", db, "--format", "json", cwd=work)
    assert json.loads(text(proc)[0])["documents"] == 2
    # nested commands take it too, and the one after the command wins over the one before
    proc = sitrep("--db", tmp_path / "nowhere.duckdb", "store", "optimize", "--db", db, "--format", "json", cwd=work)
    assert proc.returncode == 0, text(proc)[1]
    assert not (tmp_path / "nowhere.duckdb").exists()


def test_db_option_reaches_every_command():
    from sitrep.cli import build_parser
    from sitrep.cli.args import sub_parsers

    parser = build_parser()
    commands = [p for p in sub_parsers(parser) if p._defaults.get("func")]
    assert len(commands) > 20
    for p in commands:
        assert any("--db" in a.option_strings and a.default is argparse.SUPPRESS for a in p._actions), p.prog
