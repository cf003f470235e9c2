"""Writes through a real server: the token, size limits, ingest by JSON and upload, corrections and
their survival when the corpus is run again or fusion is rebuilt."""

from __future__ import annotations

import httpx
import pytest

from api_helpers import all_events, event_with_reports, rerun_and_rebuild

ARTICLE = (
    "BAMAKO, March 3, 2024 — Gunmen killed 12 civilians in an attack on a village near Mopti in "
    "central Mali on Saturday, local officials said. The attackers arrived on motorbikes and set "
    "fire to granaries before fleeing, a local official told reporters."
)


# ------------------------------------------------------------------------------------- the token


@pytest.mark.parametrize("method, path, kwargs", [
    ("post", "/api/corrections", {"json": {"kind": "add_alias", "target": "x", "payload": {"alias": "y"}}}),
    ("post", "/api/documents", {"json": {"documents": [{"text": "hello"}]}}),
    ("post", "/api/documents/upload", {"files": {"file": ("a.txt", b"hello world", "text/plain")}}),
])
@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"X-Sitrep-Token": ""}])
def test_writes_without_the_token_are_refused(read_server, method, path, kwargs, headers):
    r = getattr(httpx, method)(read_server.url + path, headers=headers, timeout=30, **kwargs)
    assert r.status_code == 401
    assert r.json()["code"] == "E_UNAUTHORIZED"


def test_writes_are_disabled_without_a_configured_token(corpus, tmp_path):
    import shutil

    from sitrep.api import create_app
    from sitrep.api.testing import LiveServer
    from sitrep.store import Store

    shutil.copy(corpus[0], tmp_path / "s.duckdb")
    with Store(tmp_path / "s.duckdb") as store, LiveServer(create_app(store=store, token="")) as server:
        r = httpx.post(server.url + "/api/corrections", headers={"X-Sitrep-Token": "anything"},
                       json={"kind": "add_alias", "target": "x", "payload": {"alias": "y"}})
        assert r.status_code == 401 and r.json()["code"] == "E_UNAUTHORIZED"
        assert httpx.get(server.url + "/api/events").status_code == 200


def test_reads_can_require_a_token(corpus, tmp_path):
    import shutil

    from sitrep.api import create_app
    from sitrep.api.testing import LiveServer
    from sitrep.store import Store

    shutil.copy(corpus[0], tmp_path / "s.duckdb")
    with Store(tmp_path / "s.duckdb") as store, LiveServer(create_app(store=store, token="w", read_token="r")) as server:
        assert httpx.get(server.url + "/api/events").json()["code"] == "E_UNAUTHORIZED"
        assert httpx.get(server.url + "/api/events", headers={"Authorization": "Bearer r"}).status_code == 200


def test_oversized_bodies_are_refused(writer):
    big = "x" * 400_000
    r = writer.post("/api/documents", json={"documents": [{"text": big}]})
    assert r.status_code == 413 and r.json()["code"] == "E_TOO_LARGE"
    r = writer.post("/api/documents/upload", files={"file": ("big.txt", big.encode(), "text/plain")})
    assert r.status_code == 413 and r.json()["code"] == "E_TOO_LARGE"


# ------------------------------------------------------------------------------------- ingest


def test_ingest_json_then_duplicate(writer):
    before = len(writer.get("/api/documents").json()["items"])
    r = writer.post("/api/documents", json={"documents": [{"text": ARTICLE, "title": "Attack near Mopti",
                                                          "outlet": "Test Wire", "published": "2024-03-03"}]})
    assert r.status_code == 201, r.text
    summary = r.json()
    assert summary["stored"] == 1 and len(summary["doc_ids"]) == 1
    doc = writer.get(f"/api/documents/{summary['doc_ids'][0]}").json()
    assert doc["text"] == ARTICLE and doc["outlet"] == "Test Wire" and doc["source"] == "-"
    assert len(writer.get("/api/documents").json()["items"]) == before + 1
    again = writer.post("/api/documents", json={"documents": [{"text": ARTICLE}]}).json()
    assert again["stored"] == 0 and again["duplicates"] == 1


def test_ingest_upload(writer):
    r = writer.post("/api/documents/upload", files={"file": ("../../etc/passwd.txt", ARTICLE.encode(), "text/plain")})
    assert r.status_code == 201, r.text
    assert r.json()["stored"] == 1
    bad = writer.post("/api/documents/upload", files={"file": ("x.exe", b"MZ", "application/octet-stream")})
    assert bad.status_code == 400 and bad.json()["code"] == "E_UNSUPPORTED"


def test_ingest_rejects_malformed_bodies(writer):
    r = writer.post("/api/documents", json={"documents": [{"text": ""}]})
    assert r.status_code == 422 and r.json()["code"] == "E_INVALID"
    r = writer.post("/api/documents", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["code"] == "E_INVALID"


# ------------------------------------------------------------------------------------- corrections


def test_change_type_is_recorded_versioned_and_survives_rerun(writer, write_server, examples_dir):
    event = all_events(writer)[0]
    new_type = ("Strategic developments", "Non-violent transfer of territory")
    if event["sub_event_type"] == new_type[1]:
        new_type = ("Battles", "Armed clash")
    versions = len(writer.get(f"/api/events/{event['event_id']}").json()["history"])
    r = writer.post("/api/corrections", headers={"X-Sitrep-User": "ana"},
                    json={"kind": "change_type", "target": event["event_id"], "why": "misread",
                          "payload": {"event_type": new_type[0], "sub_event_type": new_type[1]}})
    assert r.status_code == 201, r.text
    record = r.json()
    assert record["who"] == "ana" and record["why"] == "misread" and record["changed"] == [event["event_id"]]
    detail = writer.get(f"/api/events/{event['event_id']}").json()
    assert (detail["event"]["event_type"], detail["event"]["sub_event_type"]) == new_type
    assert len(detail["history"]) == versions + 1
    assert detail["history"][-2]["data"]["sub_event_type"] == event["sub_event_type"]  # previous version kept
    assert [c["correction_id"] for c in detail["corrections"]] == [record["correction_id"]]
    listed = writer.get("/api/corrections").json()
    assert listed[0]["kind"] == "change_type" and listed[0]["payload"]["mentions"]

    store = write_server.app.state.sitrep.store
    reverted = rerun_and_rebuild(write_server, examples_dir)
    assert reverted  # a plain rebuild alone forgets the analyst...
    again = writer.get(f"/api/events/{event['event_id']}").json()["event"]
    assert (again["event_type"], again["sub_event_type"]) == new_type  # ...apply_corrections restores it
    assert store.list_corrections()[0]["correction_id"] == record["correction_id"]


def test_move_place(writer, write_server, examples_dir):
    event = next(e for e in all_events(writer) if e["latitude"] is not None)
    payload = {"location": "Anefis", "latitude": 18.05, "longitude": 0.6, "country": "ML", "geo_precision": 2}
    r = writer.post("/api/corrections", json={"kind": "move_place", "target": event["event_id"], "payload": payload})
    assert r.status_code == 201, r.text
    rerun_and_rebuild(write_server, examples_dir)
    moved = writer.get(f"/api/events/{event['event_id']}").json()["event"]
    assert (moved["location"], moved["latitude"], moved["longitude"]) == ("Anefis", 18.05, 0.6)
    feature = next(f for f in writer.get("/api/map").json()["features"] if f["id"] == event["event_id"])
    assert feature["geometry"]["coordinates"] == [0.6, 18.05]
    bad = writer.post("/api/corrections", json={"kind": "move_place", "target": event["event_id"],
                                                "payload": {"location": "X", "latitude": 123, "longitude": 0}})
    assert bad.status_code == 400 and bad.json()["code"] == "E_INVALID"


def test_merge_two_events(writer, write_server, examples_dir):
    events = all_events(writer)
    a, b = events[0], events[1]
    ra = writer.get(f"/api/events/{a['event_id']}").json()["reports"]
    rb = writer.get(f"/api/events/{b['event_id']}").json()["reports"]
    r = writer.post("/api/corrections", json={"kind": "merge", "target": a["event_id"], "payload": {"other": b["event_id"]}})
    assert r.status_code == 201, r.text
    rerun_and_rebuild(write_server, examples_dir)
    merged = writer.get(f"/api/events/{a['event_id']}").json()
    assert {x["mention_id"] for x in merged["reports"]} >= {x["mention_id"] for x in ra + rb}
    gone = writer.get(f"/api/events/{b['event_id']}")
    assert gone.status_code == 404 and gone.json()["code"] == "E_NO_SUCH_RECORD"


def test_split_and_detach(writer, write_server, examples_dir):
    event = event_with_reports(writer, 3)
    reports = writer.get(f"/api/events/{event['event_id']}").json()["reports"]
    moved, dropped = reports[0]["mention_id"], reports[1]["mention_id"]
    r = writer.post("/api/corrections", json={"kind": "split", "target": event["event_id"], "payload": {"mention_ids": [moved]}})
    assert r.status_code == 201, r.text
    new_id = [e for e in r.json()["changed"] if e != event["event_id"]][0]
    r = writer.post("/api/corrections", json={"kind": "detach_report", "target": event["event_id"], "payload": {"mention_id": dropped}})
    assert r.status_code == 201, r.text
    rerun_and_rebuild(write_server, examples_dir)
    left = {x["mention_id"] for x in writer.get(f"/api/events/{event['event_id']}").json()["reports"]}
    assert moved not in left and dropped not in left and left
    split_off = writer.get(f"/api/events/{new_id}").json()
    assert [x["mention_id"] for x in split_off["reports"]] == [moved]
    holders = [e["event_id"] for e in all_events(writer)
               if dropped in {x["mention_id"] for x in writer.get(f"/api/events/{e['event_id']}").json()["reports"]}]
    assert holders == []
    bad = writer.post("/api/corrections", json={"kind": "split", "target": event["event_id"],
                                                "payload": {"mention_ids": ["not-a-report"]}})
    assert bad.status_code == 400 and bad.json()["code"] == "E_INVALID"


def test_add_alias(writer, write_server, examples_dir):
    actor = next(a for a in writer.get("/api/actors").json() if a["events"] > 0)
    r = writer.post("/api/corrections", json={"kind": "add_alias", "target": actor["actor_id"],
                                              "payload": {"alias": "The Northern Coalition"}})
    assert r.status_code == 201, r.text
    rerun_and_rebuild(write_server, examples_dir)
    page = writer.get(f"/api/actors/{actor['actor_id']}").json()
    assert "The Northern Coalition" in page["aliases"]
    assert page["corrections"][0]["kind"] == "add_alias"
    missing = writer.post("/api/corrections", json={"kind": "add_alias", "target": "no-such-actor", "payload": {"alias": "x"}})
    assert missing.status_code == 404


def test_unknown_correction_targets_and_kinds(writer):
    r = writer.post("/api/corrections", json={"kind": "change_type", "target": "nope",
                                              "payload": {"event_type": "Battles", "sub_event_type": "Armed clash"}})
    assert r.status_code == 404 and r.json()["code"] == "E_NO_SUCH_RECORD"
    r = writer.post("/api/corrections", json={"kind": "explode", "target": "nope"})
    assert r.status_code == 422 and r.json()["code"] == "E_INVALID"
    event = all_events(writer)[0]
    r = writer.post("/api/corrections", json={"kind": "change_type", "target": event["event_id"],
                                              "payload": {"event_type": "Battles", "sub_event_type": "Picnic"}})
    assert r.status_code == 400 and r.json()["code"] == "E_INVALID"
