"""Filters that say no, persons first-class and readable tables: the same answers from the CLI (a
real process over a copy of the example corpus) and the API (a real server over the corpus)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

SITREP = str(Path(sys.executable).parent / "sitrep")


@pytest.fixture(scope="module")
def db(corpus, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("filters") / "corpus.duckdb"
    shutil.copy(corpus[0], path)
    return path


def run(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([SITREP, "--db", str(db), *args], capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, COLUMNS="100"))


def events_json(db: Path, *args: str) -> list[dict]:
    done = run(db, "events", "--format", "json", *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def api_events(server, **params) -> httpx.Response:
    return httpx.get(server.url + "/api/events", params={"limit": 500, **params}, timeout=30)


def test_admin_area_and_case_resolve_alike_on_cli_and_api(db, read_server):
    by_region = events_json(db, "--place", "Kidal Region")
    assert by_region and all(e["admin1"] == "Kidal Region" for e in by_region)
    assert {e["event_id"] for e in events_json(db, "--place", "région de KIDAL")} == {e["event_id"] for e in by_region}
    api = api_events(read_server, place="Kidal Region").json()["items"]
    assert {e["event_id"] for e in api} == {e["event_id"] for e in by_region}
    battles = events_json(db, "--type", "battles")
    assert battles and {e["event_type"] for e in battles} == {"Battles"}
    clashes = events_json(db, "--sub-type", "armed clash")
    assert clashes and {e["sub_event_type"] for e in clashes} == {"Armed clash"}


@pytest.mark.parametrize("args, hint", [
    (["--place", "Kidl"], "did you mean Kidal"),
    (["--actor", "Boko Haramm"], "did you mean Boko Haram"),
    (["--type", "Battle"], "did you mean Battles"),
    (["--place", "Atlantis"], "known:"),
])
def test_an_unknown_name_is_an_error_with_the_closest_names(db, read_server, args, hint):
    done = run(db, "events", *args)
    assert done.returncode == 1 and "E_INVALID" in done.stderr and hint in done.stderr, done.stderr
    assert done.stdout == ""
    key = {"--place": "place", "--actor": "actor", "--type": "type"}[args[0]]
    answer = api_events(read_server, **{key: args[1]})
    assert answer.status_code == 400 and answer.json()["code"] == "E_INVALID"
    assert hint in answer.json()["message"]


def test_report_and_export_refuse_an_unknown_place(db, tmp_path):
    out = tmp_path / "r.md"
    done = run(db, "report", "--place", "Atlantis", "-o", str(out))
    assert done.returncode == 1 and "E_INVALID" in done.stderr and not out.exists()
    done = run(db, "export", "--place", "Atlantis")
    assert done.returncode == 1 and "E_INVALID" in done.stderr


def test_dates_since_after_until_is_usage_and_best_date_decides(db, read_server):
    done = run(db, "events", "--since", "2026-05-01", "--until", "2026-01-01")
    assert done.returncode == 2 and "E_USAGE" in done.stderr
    assert api_events(read_server, since="2026-05-01", until="2026-01-01").json()["code"] == "E_USAGE"
    for e in events_json(db, "--since", "2026-05-01"):
        assert e["event_date"] >= "2026-05-01"
        assert e["date_earliest"] <= e["event_date"] <= e["date_latest"]
    wide = [e for e in events_json(db) if e["date_latest"] >= "2026-05-01" > e["event_date"]]
    assert wide, "the corpus has an event whose uncertain range reaches May 2026 from earlier"
    listed = {e["event_id"] for e in events_json(db, "--since", "2026-05-01")}
    assert not listed & {e["event_id"] for e in wide}
    for e in api_events(read_server, since="2026-05-01").json()["items"]:
        assert e["date"] >= "2026-05-01" and e["date_earliest"] and e["date_latest"]


@pytest.mark.parametrize("name", ["Assimi Goita", "Goïta", "goita", "person:asm-gt"])
def test_a_person_is_found_by_any_spelling(db, name):
    done = run(db, "actor", name, "--format", "json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)[0]
    assert record["actor_id"] == "person:asm-gt" and record["kind"] == "person"
    assert record["name"] == "Assimi Goita" and record["affiliation_name"] == "Government of Mali"
    assert all(not m["quote"][0].isalnum() or m["quote"].startswith(("Assimi", "Goita")) or m["quote"][0] == "…"
               for m in record["mentions"])


def test_actors_list_persons_and_no_outlets(db):
    done = run(db, "actors", "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    persons = {r["name"]: r for r in rows if r["kind"] == "person"}
    assert persons["Mohamed Elmaouloud Ramadane"]["role"] == "spokesman"
    names = {r["name"] for r in rows}
    assert not names & {"AFP", "Reuters", "RT"}
    assert all(r["mentions"] > 0 for r in rows)
    everything = json.loads(run(db, "actors", "--all", "--format", "json").stdout)
    assert len(everything) > len(rows) and any(r["mentions"] == 0 for r in everything)
    assert not {r["name"] for r in everything} & {"AFP", "Reuters", "RT"}


def test_api_persons_claims_and_names(read_server):
    claims = httpx.get(read_server.url + "/api/claims", params={"speaker": "Goita"}, timeout=30).json()
    assert claims and {c["speaker_name"] for c in claims} == {"Assimi Goita"}
    person = httpx.get(read_server.url + "/api/actors/person:asm-gt", timeout=30).json()
    assert person["name"] == "Assimi Goita" and person["kind"] == "person"
    actors = httpx.get(read_server.url + "/api/actors", timeout=30).json()
    assert {"person:asm-gt", "person:mmd-elmld-rmdn"} <= {a["actor_id"] for a in actors}
    assert not {a["name"] for a in actors} & {"AFP", "Reuters", "RT"}


def test_tables_keep_ids_and_dates_whole_in_100_columns(db):
    ids = {e["event_id"] for e in events_json(db)}
    table = run(db, "events").stdout
    assert max(len(line) for line in table.splitlines()) <= 100
    assert ids <= set(table.split())  # every id whole on one line
    docs = run(db, "documents").stdout
    assert max(len(line) for line in docs.splitlines()) <= 100
    listed = json.loads(run(db, "documents", "--format", "json").stdout)
    for d in listed:
        assert d["id"] in docs.split()
        if d["published_is_estimate"]:
            assert f"{d['published_earliest']}..{d['published_latest']}" in docs


def test_report_reads_like_a_brief(db, tmp_path):
    out = tmp_path / "brief.md"
    done = run(db, "report", "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text()
    assert "the earliest report" not in text and "the latest report" not in text
    assert "(Other) involving" not in text and "unknown outlet" not in text


def test_acled_csv_read_by_pandas_matches_the_codebook(db, tmp_path):
    """Every column against ACLED's codebook values: id form, dates, codes, scales."""
    import pandas as pd

    out = tmp_path / "events.csv"
    done = run(db, "export", "-o", str(out))
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(out, dtype={"event_id_cnty": str})
    again = tmp_path / "again.csv"
    assert run(db, "export", "-o", str(again)).returncode == 0
    assert list(pd.read_csv(again, dtype={"event_id_cnty": str})["event_id_cnty"]) == list(frame["event_id_cnty"])
    assert frame["event_id_cnty"].str.fullmatch(r"[A-Z]{3}\d+").all() and frame["event_id_cnty"].is_unique
    assert frame["event_date"].notna().all()
    assert list(pd.to_datetime(frame["event_date"], format="%Y-%m-%d").dt.year) == list(frame["year"])
    assert set(frame["time_precision"]) <= {1, 2, 3}
    assert set(frame["disorder_type"]) <= {"Political violence", "Demonstrations", "Strategic developments",
                                           "Political violence; Demonstrations"}
    for col in ("inter1", "inter2"):
        assert set(frame[col].dropna().astype(int)) <= set(range(0, 9))
    for _, row in frame.dropna(subset=["inter1"]).iterrows():
        codes = sorted(int(c) for c in (row["inter1"], row["inter2"]) if pd.notna(c))
        assert row["interaction"] == codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)
    outside = frame[frame["actor1"].isin(["Wagner Group", "Africa Corps", "Military Forces of France"])]
    assert len(outside) and (outside["inter1"] == 8).all()
    scales = {"Local", "Subnational", "National", "Regional", "International", "New media", "Other",
              "National-International", "Local-National", "Subnational-National", "Local-International",
              "Subnational-International", "Regional-International", "New media-International"}
    assert frame["source_scale"].notna().all() and set(frame["source_scale"]) <= scales
    assert frame["fatalities"].dtype.kind == "i" and (frame["fatalities"] >= 0).all()
    assert frame["latitude"].between(-90, 90).all() and frame["longitude"].between(-180, 180).all()
    assert set(frame["geo_precision"].dropna()) <= {1, 2, 3}
    assert frame["iso"].dropna().astype(int).isin([466, 854, 562, 478]).all()


def test_acled_admin2_comes_from_the_geonames_dumps(db, tmp_path, shared_dir):
    import pandas as pd

    if shared_dir is None or not list((shared_dir / "geonames").glob("ML.txt")):
        pytest.skip("needs the Mali GeoNames dump of ../shared/geonames")
    out = tmp_path / "events.csv"
    assert run(db, "export", "-o", str(out)).returncode == 0
    frame = pd.read_csv(out)
    towns = frame[frame["geo_precision"] <= 2]
    assert len(towns) and towns["admin2"].notna().all()
    assert set(towns.loc[towns["location"] == "Kidal", "admin2"]) == {"Kidal"}  # "Cercle de Kidal", as ACLED writes it
    assert frame.loc[frame["geo_precision"] == 3, "admin2"].isna().all()  # no cercle for a country-wide event
