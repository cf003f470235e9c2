"""Writes through a real server: the token, size limits, ingest by JSON and upload, corrections and
their survival when the corpus is run again or fusion is rebuilt."""

from __future__ import annotations

import httpx
import pytest

from .api_helpers import all_events, rerun_and_rebuild

# one worker runs these (they share a module-scoped server whose store they change)
pytestmark = pytest.mark.xdist_group("h6-writes")

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
    from tests.live_server import LiveServer
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
    from tests.live_server import LiveServer
    from sitrep.store import Store

    shutil.copy(corpus[0], tmp_path / "s.duckdb")
    with Store(tmp_path / "s.duckdb") as store, LiveServer(create_app(store=store, token="w", read_token="r")) as server:
        assert httpx.get(server.url + "/api/events").json()["code"] == "E_UNAUTHORIZED"
        assert httpx.get(server.url + "/api/events", headers={"Authorization": "Bearer r"}).status_code == 200


# ------------------------------------------------------------------------------------- corrections


def _reports(client, event_id):
    return client.get(f"/api/events/{event_id}").json()["reports"]


def test_corrections_apply_and_survive_rerun_and_rebuild(writer, write_server, examples_dir):
    """Every kind of correction on its own event; then the same corpus goes through
    ``sitrep.pipeline.run`` again and fusion is rebuilt from scratch (what re-analysis does): the
    corrections are re-applied and still hold."""
    events = all_events(writer)
    reports = {e["event_id"]: _reports(writer, e["event_id"]) for e in events}
    multi = [e for e in events if len(reports[e["event_id"]]) >= 3]
    assert multi, "the corpus has no event with three reports"
    split_ev = multi[0]
    rest = [e for e in events if e["event_id"] != split_ev["event_id"]]
    typed, moved_ev, merge_a, merge_b = rest[0], rest[1], rest[2], rest[3]

    def post(kind, target, payload, who="ana", why="checked the sources"):
        r = writer.post("/api/corrections", headers={"X-Sitrep-User": who},
                        json={"kind": kind, "target": target, "payload": payload, "why": why})
        assert r.status_code == 201, r.text
        return r.json()

    # change the type: recorded with who/why, previous version kept
    new_type = ("Strategic developments", "Non-violent transfer of territory")
    if typed["sub_event_type"] == new_type[1]:
        new_type = ("Battles", "Armed clash")
    versions = len(writer.get(f"/api/events/{typed['event_id']}").json()["history"])
    record = post("change_type", typed["event_id"], {"event_type": new_type[0], "sub_event_type": new_type[1]})
    assert record["who"] == "ana" and record["why"] == "checked the sources"
    assert record["changed"] == [typed["event_id"]]
    detail = writer.get(f"/api/events/{typed['event_id']}").json()
    assert (detail["event"]["event_type"], detail["event"]["sub_event_type"]) == new_type
    assert len(detail["history"]) == versions + 1
    assert detail["history"][-2]["data"]["sub_event_type"] == typed["sub_event_type"]  # previous version kept
    assert [c["correction_id"] for c in detail["corrections"]] == [record["correction_id"]]

    # move the place
    post("move_place", moved_ev["event_id"], {"location": "Anefis", "latitude": 18.05, "longitude": 0.6,
                                              "country": "ML", "geo_precision": 2})
    # merge b into a
    post("merge", merge_a["event_id"], {"other": merge_b["event_id"]})
    # split one report off, mark another as not about the event
    moved, dropped = reports[split_ev["event_id"]][0]["mention_id"], reports[split_ev["event_id"]][1]["mention_id"]
    split_record = post("split", split_ev["event_id"], {"mention_ids": [moved]})
    new_id = [e for e in split_record["changed"] if e != split_ev["event_id"]][0]
    post("detach_report", split_ev["event_id"], {"mention_id": dropped})
    # an alias for an actor
    actor = next(a for a in writer.get("/api/actors").json() if a["events"] > 0)
    post("add_alias", actor["actor_id"], {"alias": "The Northern Coalition"})

    listed = writer.get("/api/corrections").json()
    assert [c["kind"] for c in listed] == ["change_type", "move_place", "merge", "split", "detach_report", "add_alias"]
    assert all(c["payload"].get("mentions") for c in listed[:5])  # anchored to mentions, not only ids

    def check():
        again = writer.get(f"/api/events/{typed['event_id']}").json()["event"]
        assert (again["event_type"], again["sub_event_type"]) == new_type
        moved_now = writer.get(f"/api/events/{moved_ev['event_id']}").json()["event"]
        assert (moved_now["location"], moved_now["latitude"], moved_now["longitude"]) == ("Anefis", 18.05, 0.6)
        feature = next(f for f in writer.get("/api/map").json()["features"] if f["id"] == moved_ev["event_id"])
        assert feature["geometry"]["coordinates"] == [0.6, 18.05]
        merged = {x["mention_id"] for x in _reports(writer, merge_a["event_id"])}
        assert merged >= {x["mention_id"] for x in reports[merge_a["event_id"]] + reports[merge_b["event_id"]]}
        gone = writer.get(f"/api/events/{merge_b['event_id']}")
        assert gone.status_code == 404 and gone.json()["code"] == "E_NO_SUCH_RECORD"
        left = {x["mention_id"] for x in _reports(writer, split_ev["event_id"])}
        assert left and moved not in left and dropped not in left
        assert [x["mention_id"] for x in _reports(writer, new_id)] == [moved]
        holders = [e["event_id"] for e in all_events(writer)
                   if dropped in {x["mention_id"] for x in _reports(writer, e["event_id"])}]
        assert holders == []
        page = writer.get(f"/api/actors/{actor['actor_id']}").json()
        assert "The Northern Coalition" in page["aliases"]

    check()
    reverted = rerun_and_rebuild(write_server, examples_dir)
    assert reverted  # the rebuild alone forgot the analyst...
    check()  # ...and apply_corrections put every correction back


def test_correction_validation(writer):
    r = writer.post("/api/corrections", json={"kind": "change_type", "target": "nope",
                                              "payload": {"event_type": "Battles", "sub_event_type": "Armed clash"}})
    assert r.status_code == 404 and r.json()["code"] == "E_NO_SUCH_RECORD"
    r = writer.post("/api/corrections", json={"kind": "explode", "target": "nope"})
    assert r.status_code == 422 and r.json()["code"] == "E_INVALID"
    event = all_events(writer)[0]
    recorded = len(writer.get("/api/corrections").json())
    bad = [
        ("change_type", {"event_type": "Battles", "sub_event_type": "Picnic"}),
        ("move_place", {"location": "X", "latitude": 123, "longitude": 0}),
        ("move_place", {"location": "X"}),
        ("split", {"mention_ids": ["not-a-report"]}),
        ("detach_report", {"mention_id": "not-a-report"}),
        ("merge", {"other": event["event_id"]}),
    ]
    for kind, payload in bad:
        r = writer.post("/api/corrections", json={"kind": kind, "target": event["event_id"], "payload": payload})
        assert r.status_code == 400 and r.json()["code"] == "E_INVALID", (kind, r.text)
    missing = writer.post("/api/corrections", json={"kind": "add_alias", "target": "no-such-actor", "payload": {"alias": "x"}})
    assert missing.status_code == 404
    assert len(writer.get("/api/corrections").json()) == recorded  # refused corrections leave no record


# ------------------------------------------------------------------------------------- ingest


def test_ingest_json_then_duplicate(writer):
    before = len(writer.get("/api/documents").json()["items"])
    r = writer.post("/api/documents", json={"documents": [{"text": ARTICLE, "title": "Attack near Mopti",
                                                          "outlet": "Test Wire", "published": "2024-03-03"}]})
    assert r.status_code == 201, r.text
    summary = r.json()
    assert summary["stored"] == 1 and summary["analysed"] == 1 and len(summary["doc_ids"]) == 1
    doc = writer.get(f"/api/documents/{summary['doc_ids'][0]}").json()
    assert doc["text"] == ARTICLE and doc["outlet"] == "Test Wire" and doc["source"] == "-"
    assert len(writer.get("/api/documents").json()["items"]) == before + 1
    again = writer.post("/api/documents", json={"documents": [{"text": ARTICLE}]}).json()
    assert again["stored"] == 0 and again["duplicates"] == 1


def test_ingest_upload(writer):
    text = ARTICLE.replace("12 civilians", "9 herders").replace("Mopti", "Douentza")
    r = writer.post("/api/documents/upload", files={"file": ("../../etc/passwd.txt", text.encode(), "text/plain")})
    assert r.status_code == 201, r.text
    assert r.json()["stored"] == 1
    bad = writer.post("/api/documents/upload", files={"file": ("x.exe", b"MZ", "application/octet-stream")})
    assert bad.status_code == 400 and bad.json()["code"] == "E_UNSUPPORTED"


def test_ingest_rejects_malformed_bodies(writer):
    r = writer.post("/api/documents", json={"documents": [{"text": ""}]})
    assert r.status_code == 422 and r.json()["code"] == "E_INVALID"
    r = writer.post("/api/documents", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["code"] == "E_INVALID"


def test_oversized_bodies_are_refused(writer):
    big = "x" * 400_000
    r = writer.post("/api/documents", json={"documents": [{"text": big}]})
    assert r.status_code == 413 and r.json()["code"] == "E_TOO_LARGE"
    r = writer.post("/api/documents/upload", files={"file": ("big.txt", big.encode(), "text/plain")})
    assert r.status_code == 413 and r.json()["code"] == "E_TOO_LARGE"
