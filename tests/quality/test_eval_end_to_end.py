"""`sitrep eval acled` and `sitrep eval case --end-to-end` as real processes, on rows the tests write.

The ACLED rows are in the export tool's columns (event_date as "16-Feb-21"); their notes are written
here in the codebook's style about towns of the test gazetteer (tests/fixtures/geonames).
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO

pytestmark = pytest.mark.xdist_group("quality")

CLI = [sys.executable, "-c", "import sys; from sitrep.cli import main; sys.exit(main(sys.argv[1:]))"]
ENV = {**os.environ, "PYTHONPATH": str(REPO / "src")}
GAZETTEER = REPO / "tests" / "fixtures" / "geonames" / "sahel_mini.txt"

COLUMNS = ["event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country",
           "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"]
ROWS = [
    ["16-Feb-21", "1", "Battles", "Armed clash", "JNIM: Group for Support of Islam and Muslims",
     "Military Forces of Mali (2021-)", "Mali", "Douentza", "15.0016", "-2.9498", "1", "Studio Tamani",
     "On 16 February 2021, JNIM militants attacked a Malian army post in Douentza (Douentza, Mopti). "
     "Clashes lasted two hours and 6 soldiers were killed.", "6"],
    ["3-Mar-21", "1", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Mali)",
     "Military Forces of Mali (2021-)", "Mali", "Menaka", "15.9182", "2.4022", "1", "AFP",
     "On 3 March 2021, a Malian army vehicle struck an IED near Menaka (Menaka, Menaka). "
     "Two soldiers were killed and three were wounded.", "2"],
    ["not a date", "1", "Protests", "Peaceful protest", "Protesters (Mali)", "", "Mali", "Mopti",
     "14.4843", "-4.1830", "1", "Malijet", "A row whose date cannot be read.", "0"],
    ["20-Mar-21", "1", "Protests", "Peaceful protest", "Protesters (Mali)", "", "Mali", "Mopti",
     "14.4843", "-4.1830", "1", "Malijet", "On 20 March 2021, traders staged a peaceful demonstration in Mopti "
     "(Mopti, Mopti) against the rising price of fuel. [size=no report]", "0"],
]


def _acled_csv(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(ROWS)
    return path


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(CLI + list(args), env=ENV, capture_output=True, text=True, timeout=600)


def test_eval_acled_json_scores_every_field(tmp_path):
    csv_path = _acled_csv(tmp_path / "export.csv")
    proc = _run("--db", str(tmp_path / "unused.duckdb"), "eval", "acled", str(csv_path), "--format", "json",
                "--geonames", str(GAZETTEER))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["rows"] == 3
    assert data["skipped_rows"] and data["skipped_rows"][0].startswith("row 3:")
    assert set(data["scores"]) == {"found", "event_type", "sub_event_type", "place", "fatalities", "fatalities_20",
                                   "date", "actor1"}
    assert all(0.0 <= v <= 1.0 for v in data["scores"].values())
    # the clash note is plain: found, typed, placed at Douentza, dated to its day, 6 killed
    failures = {f["row"]: {x["field"] for x in f["failures"]} for f in data["failures"]}
    assert data["scores"]["found"] >= 2 / 3
    assert not failures.get(1, set()) & {"event_type", "sub_event_type", "place", "date", "fatalities"}
    classes = {c["class"] for c in data["per_class"]["event_type"]}
    assert {"Battles", "Explosions/Remote violence", "Protests"} <= classes
    assert not (tmp_path / "unused.duckdb").exists(), "eval must not touch the --db store"


def test_eval_acled_table_and_sample(tmp_path):
    csv_path = _acled_csv(tmp_path / "export.csv")
    proc = _run("eval", "acled", str(csv_path), "--sample", "1", "--seed", "3")
    assert proc.returncode == 0, proc.stderr
    assert "(1 rows" in proc.stdout and "sub_event_type" in proc.stdout and "per-class event_type" in proc.stdout
    assert "skipped row 3:" in proc.stdout
    missing = _run("eval", "acled", str(tmp_path / "absent.csv"))
    assert missing.returncode == 1 and "E_NOT_FOUND" in missing.stderr
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b\n1,2\n", encoding="utf-8")
    bad = _run("eval", "acled", str(wrong))
    assert bad.returncode == 1 and "E_INVALID" in bad.stderr


def test_eval_case_end_to_end_beside_the_classifier(tmp_path):
    tsv = tmp_path / "snippets.tsv"
    tsv.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tGunmen stormed the village overnight and shot dead four farmers before fleeing on motorbikes.\tATTACK\n"
        "2\tA roadside bomb exploded under a police truck on the main road, killing two officers.\tREM_EXPLOS\n"
        "3\tHeavy rains flooded hundreds of homes in the capital and the river burst its banks.\tNATURAL_DISASTER\n",
        encoding="utf-8")
    proc = _run("eval", "case", str(tsv), "--end-to-end", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["n"] == 3 and data["acled_snippets"] == 2 and data["non_acled_snippets"] == 1
    for key in ("end_to_end_weighted_f1", "classifier_weighted_f1", "non_acled_violent_rate"):
        assert 0.0 <= data[key] <= 1.0
    assert data["end_to_end_weighted_f1"] > 0.0  # two plain reports of violence come out as events
    alone = _run("eval", "case", str(tsv), "--format", "json")
    assert alone.returncode == 0 and json.loads(alone.stdout)["n"] == 3
