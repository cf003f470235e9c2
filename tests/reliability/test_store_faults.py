"""A full disk or a read-only store: a clear catalogue error, and the file stays usable.

The full disk is simulated in a child process with RLIMIT_FSIZE (writes past the limit fail with
EFBIG, exactly where ENOSPC would hit); when the suite runs as root a real 2 MB tmpfs is used too.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import duckdb
import pytest

from sitrep.errors import ErrorCode, SitrepError
from sitrep.store import Store
from sitrep.store.core import disk_error

CHILD = Path(__file__).with_name("_disk_child.py")


def _run_child(path: Path, limit: int) -> dict:
    proc = subprocess.run(
        [sys.executable, str(CHILD), str(path), str(limit)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _count(path: Path) -> int:
    with Store(path) as s:  # reopening replays the WAL; a corrupt file would raise here
        return s.rows("SELECT count(*) AS n, count(DISTINCT source) AS d FROM ingest_errors")[0]


def _assert_intact(path: Path, committed: int) -> None:
    counts = _count(path)
    # every committed transaction is there exactly once; nothing half-written
    assert counts["n"] == counts["d"] == committed


def test_disk_full_is_store_full_and_loses_nothing(tmp_path):
    db = tmp_path / "full.duckdb"
    out = _run_child(db, 1_500_000)
    assert out["error"] is None
    assert out["code"] == ErrorCode.store_full.value
    assert out["rows"] > 10
    _assert_intact(db, out["rows"])
    # after freeing space (no limit) the same store keeps working
    with Store(db) as s, s.transaction() as con:
        con.execute("INSERT INTO ingest_errors (source, code, message) VALUES ('after', 'E_EMPTY', 'x')")
    assert _count(db)["n"] == out["rows"] + 1


@pytest.fixture
def tiny_tmpfs():
    """A real 2 MB filesystem (root only); yields its path."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a real tmpfs needs root; the RLIMIT_FSIZE test covers a full disk without it")
    mnt = Path(f"/tmp/sitrep-tmpfs-{uuid.uuid4().hex[:8]}")
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        mnt.rmdir()
        pytest.skip(f"cannot mount tmpfs here: {r.stderr.decode(errors='replace')}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)
        mnt.rmdir()


def test_real_full_filesystem(tiny_tmpfs, tmp_path):
    db = tiny_tmpfs / "full.duckdb"
    out = _run_child(db, 0)
    assert out["error"] is None
    assert out["code"] == ErrorCode.store_full.value
    # copy out (the full fs cannot take a WAL replay checkpoint) and check nothing was lost
    for f in tiny_tmpfs.iterdir():
        shutil.copy(f, tmp_path / f.name)
    _assert_intact(tmp_path / "full.duckdb", out["rows"])
    # read-only open works in place, on the full disk
    with Store(db, read_only=True) as s:
        assert s.rows("SELECT count(*) AS n FROM ingest_errors")[0]["n"] == out["rows"]


def _seed_store(path: Path, n: int = 5) -> None:
    with Store(path) as s:
        for i in range(n):
            with s.transaction() as con:
                con.execute("INSERT INTO ingest_errors (source, code, message) VALUES (?, 'E_EMPTY', 'x')", [f"s{i}"])


def test_write_through_read_only_connection_is_store_readonly(tmp_path):
    db = tmp_path / "ro.duckdb"
    _seed_store(db)
    with Store(db, read_only=True) as s:
        with pytest.raises(SitrepError) as ei:
            with s.transaction() as con:
                con.execute("INSERT INTO ingest_errors (source, code, message) VALUES ('x', 'E_EMPTY', 'x')")
        assert ei.value.code == ErrorCode.store_readonly
        assert "read-only" in ei.value.message
        # the connection is still usable for reads after the refusal
        assert s.rows("SELECT count(*) AS n FROM ingest_errors")[0]["n"] == 5
    _assert_intact(db, 5)


@pytest.fixture
def readonly_dir(tmp_path):
    """A directory whose files cannot be written: a read-only bind mount as root, chmod otherwise."""
    src = tmp_path / "data"
    src.mkdir()
    if os.geteuid() == 0:
        mnt = tmp_path / "ro"
        mnt.mkdir()
        ok = subprocess.run(["mount", "--bind", str(src), str(mnt)], capture_output=True).returncode == 0
        ok = ok and subprocess.run(["mount", "-o", "remount,bind,ro", str(mnt)], capture_output=True).returncode == 0
        if not ok:
            subprocess.run(["umount", "-l", str(mnt)], capture_output=True)
            pytest.skip("root, but cannot bind-mount read-only here (chmod does not bind root)")
        yield src, mnt
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)
    else:
        yield src, src
        src.chmod(0o755)


def test_store_on_read_only_filesystem(readonly_dir):
    writable, readonly = readonly_dir
    _seed_store(writable / "s.duckdb")
    if os.geteuid() != 0:
        (writable / "s.duckdb").chmod(0o444)
        writable.chmod(0o555)
    with pytest.raises(SitrepError) as ei:
        Store(readonly / "s.duckdb")
    assert ei.value.code == ErrorCode.store_readonly
    with pytest.raises(SitrepError) as ei:
        Store(readonly / "new.duckdb")  # creating a store there fails the same way
    assert ei.value.code == ErrorCode.store_readonly
    # reading is still possible, and the data is intact
    with Store(readonly / "s.duckdb", read_only=True) as s:
        assert s.rows("SELECT count(*) AS n FROM ingest_errors")[0]["n"] == 5


def test_cli_reports_readonly_store_with_code(readonly_dir):
    writable, readonly = readonly_dir
    _seed_store(writable / "s.duckdb")
    if os.geteuid() != 0:
        writable.chmod(0o555)
        (writable / "s.duckdb").chmod(0o444)
    cli = [sys.executable, "-c", "import sys; from sitrep.cli import main; sys.exit(main(sys.argv[1:]))"]
    proc = subprocess.run(
        cli + ["--db", str(readonly / "s.duckdb"), "ingest", "--no-analyse", "-"],
        input="Gunmen attacked a market in Kidal on Monday, killing 12 civilians, officials said.",
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 1
    assert ErrorCode.store_readonly.value in proc.stderr
    assert "Traceback" not in proc.stderr
    if os.geteuid() != 0:
        writable.chmod(0o755)
        (writable / "s.duckdb").chmod(0o644)
    _assert_intact(writable / "s.duckdb", 5)


def test_disk_error_classifier():
    assert disk_error(duckdb.IOException('Could not write file "x": No space left on device'), "x").code == ErrorCode.store_full
    assert disk_error(duckdb.IOException('Could not write file "x": File too large'), "x").code == ErrorCode.store_full
    assert disk_error(duckdb.IOException("Cannot open file: Read-only file system"), "x").code == ErrorCode.store_readonly
    assert disk_error(duckdb.CatalogException("Table with name nope does not exist"), "x") is None
