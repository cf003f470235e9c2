"""`sitrep eval ...` commands: table and JSON output, exit codes, on the project's own data."""

from __future__ import annotations

import json

import pytest

from sitrep.cli import main

from .conftest import ARTICLES_CORPUS, ARTICLES_GOLD, CASE_TSV, DATA, NOTES_CSV

pytestmark = pytest.mark.xdist_group("quality")


@pytest.fixture(scope="module")
def one_article(tmp_path_factory):
    """A corpus of one own article (the gold's other documents then score as misses): fast."""
    corpus = tmp_path_factory.mktemp("one")
    name = "104_mali_anefis_claim_denial.txt"
    (corpus / name).write_bytes((ARTICLES_CORPUS / name).read_bytes())
    return corpus


def test_eval_gold_json_gives_every_section_with_numbers(capsys, one_article):
    assert main(["eval", "gold", str(ARTICLES_GOLD), "--corpus", str(one_article), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["scores"]) >= {"documents", "actors", "persons", "lineage", "places", "events",
                                   "claims", "contradictions", "control"}
    events = next(s for s in data["sections"] if s["section"] == "events")
    assert events["gold"] == 3 and isinstance(events["miss_list"], list)
    assert data["run"]["documents"] == 1
    docs = next(s for s in data["sections"] if s["section"] == "documents")
    assert any("document not ingested" in m["why"] for m in docs["miss_list"])


def test_eval_gold_table_lists_sections_and_misses(capsys, one_article):
    assert main(["eval", "gold", str(ARTICLES_GOLD), "--corpus", str(one_article)]) == 0
    out = capsys.readouterr().out
    assert "section" in out and "precision" in out and "contradictions" in out
    assert "— misses (" in out  # the readable miss lists follow the table
    assert "1 documents" in out


def test_eval_gold_missing_inputs_exit_1(capsys, tmp_path):
    assert main(["eval", "gold", str(tmp_path / "nope.yaml"), "--corpus", str(ARTICLES_CORPUS)]) == 1
    assert "E_NOT_FOUND" in capsys.readouterr().err
    assert main(["eval", "gold", str(ARTICLES_GOLD), "--corpus", str(tmp_path / "nothing")]) == 1


def test_eval_gold_bad_gold_file_is_invalid(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("events:\n  - {id: x}\n")
    assert main(["eval", "gold", str(bad), "--corpus", str(ARTICLES_CORPUS)]) == 1
    assert "E_INVALID" in capsys.readouterr().err


def test_eval_notes_json(capsys, tmp_path):
    lines = NOTES_CSV.read_text(encoding="utf-8").splitlines()
    few = tmp_path / "few.csv"
    few.write_text("\n".join(lines[:6]) + "\n", encoding="utf-8")  # header + 5 notes: the gate scores all
    assert main(["eval", "notes", str(few), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["notes"] == 5 and 0.0 <= data["accuracy"] <= 1.0
    assert main(["eval", "notes", str(few)]) == 0
    out = capsys.readouterr().out
    assert "event_type" in out and "fatalities" in out
    assert set(data["scores"]) >= {"event_type", "sub_event_type", "actor1", "place", "date", "fatalities"}


def test_eval_notes_table_and_bad_csv(capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("text,date\nsomething,2025-01-01\n", encoding="utf-8")
    assert main(["eval", "notes", str(bad)]) == 1
    assert "E_INVALID" in capsys.readouterr().err


def test_eval_events_renders_case_scores(capsys):
    assert main(["eval", "events", str(CASE_TSV), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["n"] == 40 and 0.0 <= data["weighted_f1"] <= 1.0
    assert main(["eval", "events", str(CASE_TSV)]) == 0
    assert "weighted_f1" in capsys.readouterr().out


def test_eval_geoparse_scores_an_own_sample(capsys):
    """One article with Gao, Bamako and Timbuktu tagged (TR-News format): all three are easy."""
    assert main(["eval", "geoparse", str(DATA / "geoparse_sample.xml"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["gold_toponyms"] == 3
    assert data["recall"] >= 2 / 3 and data["within_161km"] >= 2 / 3


def test_eval_without_a_subcommand_is_usage(capsys):
    assert main(["eval"]) == 2
