"""`sitrep ingest` on a terminal shows its stage with counts and a total (a real process in a pty)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.cli.progress import expected_documents


def test_the_total_is_known_for_local_files_only(examples_dir, tmp_path):
    assert expected_documents([str(examples_dir)]) == len(list(examples_dir.glob("*.txt")))
    lines = tmp_path / "many.jsonl"
    lines.write_text('{"text": "a"}\n{"text": "b"}\n')
    assert expected_documents([str(lines)]) is None  # many documents per file
    assert expected_documents(["-"]) is None and expected_documents(["https://example.org/a"]) is None


@pytest.mark.skipif(shutil.which("script") is None, reason="needs util-linux script for a pseudo-terminal")
def test_ingest_shows_stage_counts_and_total_on_a_terminal(examples_dir, tmp_path):
    sitrep = str(Path(sys.executable).parent / "sitrep")
    db = tmp_path / "p.duckdb"
    command = f"{sitrep} --db {db} ingest --no-analyse {examples_dir}"
    done = subprocess.run(["script", "-qec", command, "/dev/null"], capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, COLUMNS="100", TERM="xterm"))
    assert done.returncode == 0, done.stdout + done.stderr
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", done.stdout)
    total = len(list(examples_dir.glob("*.txt")))
    assert re.search(rf"reading\s.*\b{total}/{total}\b", screen), screen[-500:]
    assert "1/?" not in screen
    assert f"stored {total}" in screen
