"""`sitrep outlets`, `sitrep outlet NAME`, the event filters and the ACLED CSV's coverage columns, run as
real processes on the seed corpus; the same reads through a real HTTP server."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

SITREP = str(Path(sys.executable).parent / "sitrep")


def sitrep(db, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([SITREP, "--db", str(db), *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "SITREP_OUTLETS": ""})


def test_outlets_lists_the_seeds_publishers_and_wires_with_profiles(seeds_db):
    done = sitrep(seeds_db, "outlets", "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = {r["name"]: r for r in json.loads(done.stdout)}
    assert {"The Moscow Times", "Inter Bellum News", "Kyiv Post", "Politsturm", "AFP", "BelTA"} <= set(rows)
    assert rows["AFP"]["credited"] == 2 and rows["AFP"]["documents"] == 0
    assert rows["BelTA"]["camp"] == "Belarusian state media"
    assert rows["Kyiv Post"]["country"] == "UA" and rows["Kyiv Post"]["ownership"] == "private"
    assert rows["Politsturm"]["source_scale"] == "New media"


def test_outlet_page_shows_reports_relays_and_contradictions(seeds_db):
    done = sitrep(seeds_db, "outlet", "Agence France-Presse", "--format", "json")
    assert done.returncode == 0, done.stderr
    d = json.loads(done.stdout)
    assert d["profile"]["outlet_id"] == "afp"
    assert {doc["role"] for doc in d["documents"]} == {"credited as wire"}
    assert len(d["documents"]) == 2 and d["events"]
    relayed = {r["actor"] for r in d["relays"]}
    assert {"azawad-liberation-front", "csp-dpa"} <= relayed
    c = d["contradictions"]
    assert c["events_reported"] == len(d["events"]) and 0 <= c["events_contradicted"] <= c["events_reported"]
    table = sitrep(seeds_db, "outlet", "afp.com")
    assert table.returncode == 0 and "contradicted by other sources on" in table.stdout
    missing = sitrep(seeds_db, "outlet", "Nowhere Gazette")
    assert missing.returncode == 1 and "E_NO_SUCH_RECORD" in missing.stderr


def test_events_reported_by_and_single_perspective(seeds_db):
    every = json.loads(sitrep(seeds_db, "events", "--format", "json").stdout)
    state = json.loads(sitrep(seeds_db, "events", "--reported-by", "state", "--format", "json").stdout)
    politsturm = json.loads(sitrep(seeds_db, "events", "--reported-by", "politsturm.com", "--format", "json").stdout)
    single = json.loads(sitrep(seeds_db, "events", "--single-perspective", "--format", "json").stdout)
    assert 0 < len(state) < len(every) and 0 < len(politsturm) < len(every)
    assert all("Inter Bellum News" in r["reported_by"] for r in state)  # BelTA's copy: Belarusian state agency
    assert all("Politsturm" in r["reported_by"] for r in politsturm)
    assert 0 < len(single) < len(every) and all(r["single_perspective"] for r in single)
    assert {r["event_id"] for r in single} == {r["event_id"] for r in every if r["single_perspective"]}
    limited = json.loads(sitrep(seeds_db, "events", "--single-perspective", "--limit", "2", "--format", "json").stdout)
    assert [r["event_id"] for r in limited] == [r["event_id"] for r in single][:2]


def test_acled_csv_carries_source_scale_and_who_reported_each_event(seeds_db):
    done = sitrep(seeds_db, "export", "--format", "acled-csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert {"source_scale", "reported_by", "reported_by_kinds", "perspective", "single_perspective"} <= set(rows[0])
    politsturm = [r for r in rows if "Politsturm" in r["reported_by"]]
    assert politsturm and all("New media" in r["source_scale"] for r in politsturm)
    assert all(r["perspective"] for r in rows)
    assert {r["single_perspective"] for r in rows} == {"true", "false"}


def test_the_report_says_who_reported_each_event(seeds_db):
    done = sitrep(seeds_db, "report", "--format", "md")
    assert done.returncode == 0, done.stderr
    assert "| Who reported it |" in done.stdout
    developments = done.stdout.split("## Main developments")[1].split("## Fatalities")[0]
    assert developments.count("Coverage: ") == developments.count("\n- ")
    assert "Reported only by Belarusian state media (BelTA via Inter Bellum News)" in developments


@pytest.fixture(scope="module")
def server(seeds_db, tmp_path_factory):
    import shutil

    from sitrep.api import create_app
    from tests.live_server import LiveServer
    from sitrep.store import Store

    path = tmp_path_factory.mktemp("outlets-api") / "api.duckdb"
    shutil.copy(seeds_db, path)
    store = Store(path)
    with LiveServer(create_app(store=store, token="t")) as live:
        yield live
    store.close()


def test_api_outlets_event_coverage_and_filters(server):
    with httpx.Client(base_url=server.url, timeout=60) as api:
        outlets = api.get("/api/outlets").json()
        assert {"Kyiv Post", "AFP"} <= {o["name"] for o in outlets}
        assert len(api.get("/api/outlets", params={"all": "true"}).json()) >= 80
        one = api.get("/api/outlets/Kyiv Post").json()
        assert one["profile"]["country"] == "UA" and one["events"]
        assert api.get("/api/outlets/Nowhere Gazette").json()["code"] == "E_NO_SUCH_RECORD"
        every = api.get("/api/events", params={"limit": 1000}).json()["items"]
        state = api.get("/api/events", params={"reported_by": "state", "limit": 1000}).json()["items"]
        assert 0 < len(state) < len(every)
        single = api.get("/api/events", params={"single_perspective": "true", "limit": 2}).json()
        assert len(single["items"]) == 2 and single["next_cursor"]
        rest = api.get("/api/events", params={"single_perspective": "true", "limit": 1000,
                                              "cursor": single["next_cursor"]}).json()["items"]
        ids = [e["event_id"] for e in single["items"] + rest]
        assert len(ids) == len(set(ids)) < len(every)
        for event_id in ids[:3]:
            cov = api.get(f"/api/events/{event_id}").json()["coverage"]
            assert cov["single_perspective"] and cov["summary"]
        mixed = next(e for e in every if e["event_id"] not in ids)
        cov = api.get(f"/api/events/{mixed['event_id']}").json()["coverage"]
        assert not cov["single_perspective"] and cov["independent_sources"] >= 2
