"""`sitrep gazetteer import`, `actors`, `actor NAME`, `places`, `gazetteer lookup`."""

from __future__ import annotations

import json

import pytest

from sitrep.cli import main
from sitrep.knowledge.geonames_dump import import_geonames
from sitrep.store import Store

from .seeds import run_stages, seed_documents


def run(capsys, *argv) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


@pytest.fixture(scope="module")
def analysed_db(tmp_path_factory, analyzer, fixtures_dir):
    """A store with the seed documents, their (actors/places/dates) analyses and the fixture gazetteer."""
    path = tmp_path_factory.mktemp("cli") / "kb.duckdb"
    with Store(path) as s:
        import_geonames(s, fixtures_dir / "geonames" / "sahel_mini.txt")
        for doc in seed_documents().values():
            s.add_document(doc)
            s.save_analysis(run_stages(analyzer, doc))
    return str(path)


def test_gazetteer_import(capsys, db_path, fixtures_dir):
    code, out = run(capsys, "--db", str(db_path), "gazetteer", "import",
                    str(fixtures_dir / "geonames" / "sahel_mini.txt"), "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert rows[0]["places"] >= 20
    code, _ = run(capsys, "--db", str(db_path), "gazetteer", "import", str(db_path.parent / "missing.txt"))
    assert code == 1


def test_gazetteer_lookup_prefers_mali(capsys, analysed_db):
    code, out = run(capsys, "--db", analysed_db, "gazetteer", "lookup", "Kidal", "--country", "ML", "--no-world",
                    "--format", "json")
    assert code == 0
    chosen = [r for r in json.loads(out) if r["chosen"]]
    assert chosen[0]["country"] == "ML" and chosen[0]["feature"] == "P.PPLA"


def test_actors_lists_mention_counts(capsys, analysed_db):
    code, out = run(capsys, "--db", analysed_db, "actors", "--format", "json")
    assert code == 0
    rows = {r["actor_id"]: r for r in json.loads(out)}
    assert rows["malian-armed-forces"]["mentions"] > 5
    assert rows["jnim"]["documents"] >= 2
    assert any(r["origin"] == "text" for r in rows.values())  # organisations found by the model, kept
    assert "org:afp" not in rows  # a news agency is never an actor


def test_actor_shows_aliases_lineage_and_quotes(capsys, analysed_db):
    code, out = run(capsys, "--db", analysed_db, "actor", "Tuareg rebels", "--format", "json")
    assert code == 0
    record = json.loads(out)[0]
    assert record["actor_id"] == "azawad-liberation-front"
    assert "FLA" in record["aliases"] and "FLA" in record["aliases_seen"]
    assert [ln["predecessor"] for ln in record["lineage"]] == ["mnla", "coordination-of-azawad-movements", "csp-dpa"]
    assert any("FLA" in m["quote"] for m in record["mentions"])
    code, out = run(capsys, "--db", analysed_db, "actor", "FAMa")
    assert code == 0 and "Malian Armed Forces" in out
    code, _ = run(capsys, "--db", analysed_db, "actor", "Nobody At All")
    assert code == 1


def test_places_lists_coordinates_and_unresolved(capsys, analysed_db):
    code, out = run(capsys, "--db", analysed_db, "places", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    tinz = [r for r in rows if r["place_id"] == "gn:2476086"]
    assert tinz and tinz[0]["mentions"] >= 4 and abs(tinz[0]["latitude"] - 19.96) < 0.1
    assert {"Tinzawatene", "Tinzahuaten"} <= set(tinz[0]["surfaces"].split(", "))
    code, out = run(capsys, "--db", analysed_db, "places")
    assert code == 0 and "Kidal" in out
