"""``sitrep export`` on a store holding the example documents and hand-built fused events."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from sitrep.cli import main
from sitrep.store import Store


@pytest.fixture
def db(tmp_path, seed_docs, events, control):
    path = tmp_path / "export.duckdb"
    with Store(path) as store:
        for doc in seed_docs:
            store.add_document(doc)
        with store.transaction():
            store.save_events(events)
    return path


def test_export_every_format_through_the_cli(db, tmp_path, events, capsys):
    for fmt, name in (("acled-csv", "e.csv"), ("geojson", "e.geojson"), ("jsonl", "e.jsonl"), ("parquet", "e.parquet")):
        assert main(["--db", str(db), "export", "--format", fmt, "-o", str(tmp_path / name)]) == 0
    with (tmp_path / "e.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["event_id"] for r in rows) == sorted(e.event_id for e in events)
    features = json.loads((tmp_path / "e.geojson").read_text())["features"]
    assert len(features) == len(events)
    lines = (tmp_path / "e.jsonl").read_text().splitlines()
    assert {json.loads(x)["event_id"] for x in lines} == {e.event_id for e in events}
    assert pq.read_table(tmp_path / "e.parquet").num_rows == len(events)
    # standard output for text formats
    capsys.readouterr()
    assert main(["--db", str(db), "export", "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(events)


def test_export_period_and_place(db, tmp_path):
    out = tmp_path / "k.csv"
    assert main(["--db", str(db), "export", "--since", "2023-01-01", "--until", "2023-12-31", "--place", "Kidal",
                 "-o", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as fh:
        ids = sorted(r["event_id"] for r in csv.DictReader(fh))
    assert ids == ["ev-clash", "ev-retake"]
    out = tmp_path / "ml.csv"  # a country name reaches the events through the Python-side place filter
    assert main(["--db", str(db), "export", "--place", "ML", "-o", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 4


def test_export_usage_errors(db):
    assert main(["--db", str(db), "export", "--format", "parquet"]) == 2  # binary needs -o
    assert main(["--db", str(db), "export", "--format", "xml"]) == 2


def test_acled_row_agrees_with_the_fuse_mapping(db, events):
    """The export's ACLED row and the API's (``event_to_acled``) say the same for the fields both have."""
    from sitrep.export.acled import acled_row
    from sitrep.knowledge.actor_names import ActorNames
    from sitrep.query.acled import event_to_acled

    shared = ["event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "admin1",
              "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low",
              "fatalities_high", "disputed", "source_count"]
    with Store(db, read_only=True) as store:
        names = ActorNames(store)
        for e in events:
            mine, theirs = acled_row(e, names), event_to_acled(e, store)
            assert {k: mine[k] for k in shared} == {k: theirs[k] for k in shared}, e.event_id
            assert (mine["assoc_actor_1"] or "") == theirs["assoc_actor_1"]


def test_export_without_a_store_is_an_error(tmp_path):
    missing = tmp_path / "none.duckdb"
    assert main(["--db", str(missing), "export", "--format", "jsonl"]) == 1
    assert not missing.exists()  # an output command never creates a store


def test_streamed_selection_pages_through_everything(db, events):
    """Keyset pages of 1 event give the same selection, in the same order, as one query."""
    import datetime as dt

    from sitrep.query.select import iter_events, select_events

    with Store(db, read_only=True) as store:
        for kw in ({}, {"place": "Kidal"}, {"place": "ML"}, {"since": dt.date(2024, 1, 1)}):
            assert [e.event_id for e in iter_events(store, page=1, **kw)] == [
                e.event_id for e in select_events(store, **kw)], kw
