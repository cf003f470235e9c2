"""Each export format written from hand-built events and read back with a standard reader."""

from __future__ import annotations

import csv
import json
import re

import pyarrow.parquet as pq
import pytest

from sitrep.errors import SitrepError
from sitrep.export import ACLED_COLUMNS, COLUMNS, export_events
from sitrep.export.acled import interaction
from sitrep.knowledge.actor_names import ActorNames, pretty_id
from sitrep.model import Actor

ACTORS = {
    "fama": Actor(actor_id="fama", name="Military Forces of Mali", kind="state_forces", country="ML"),
    "csp-dpa": Actor(actor_id="csp-dpa", name="CSP-DPA", kind="rebel_group"),
    "cma": Actor(actor_id="cma", name="Coordination of Azawad Movements", kind="rebel_group"),
    "wagner": Actor(actor_id="wagner", name="Wagner Group", kind="external_forces"),
    "jnim": Actor(actor_id="jnim", name="JNIM", kind="political_militia"),
}


@pytest.fixture
def names():
    return ActorNames(None, actors=ACTORS)


def test_acled_csv_has_acled_columns_in_order_and_values(tmp_path, events, names):
    out = tmp_path / "events.csv"
    assert export_events(None, "acled-csv", out, events=events, names=names) == len(events)
    with out.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == COLUMNS
        assert reader.fieldnames[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
        rows = {r["event_id"]: r for r in reader}
    assert all(re.fullmatch(r"[A-Z]{3}\d+", r["event_id_cnty"]) for r in rows.values())  # ACLED's form
    battle = rows["ev-battle"]
    assert battle["event_date"] == "2024-07-25" and battle["year"] == "2024" and battle["time_precision"] == "1"
    assert battle["actor1"] == "CSP-DPA" and battle["actor2"] == "Military Forces of Mali"
    assert battle["assoc_actor_1"] == "JNIM" and battle["assoc_actor_2"] == "Wagner Group"
    assert (battle["inter1"], battle["inter2"], battle["interaction"]) == ("2", "1", "12")
    assert battle["country"] == "Mali" and battle["iso"] == "466" and battle["admin1"] == "Kidal"
    assert float(battle["latitude"]) == pytest.approx(19.95) and battle["location"] == "Tinzaouaten"
    assert battle["fatalities"] == "17" and battle["fatalities_low"] == "15" and battle["fatalities_high"] == ""
    assert battle["disputed"] == "true" and battle["source_count"] == "2"
    assert battle["source"] == "Outlet 002; Outlet 001"
    assert battle["disorder_type"] == "Political violence"
    assert battle["admin3"] == ""  # no gazetteer to name it: blank, not guessed
    assert battle["source_scale"] in {"National", "International", "National-International", "Other"}
    clash = rows["ev-clash"]
    assert clash["time_precision"] == "3" and "date estimated" in clash["tags"]  # a month alone: ACLED codes 3
    exit_ = rows["ev-exit"]
    assert exit_["latitude"] == "" and exit_["fatalities"] == "0" and exit_["actor2"] == ""
    assert exit_["disorder_type"] == "Strategic developments"
    assert exit_["notes"] == "Wagner <b>leaves</b> Mali"  # CSV keeps text verbatim


def test_geojson_feature_collection(tmp_path, events, names):
    out = tmp_path / "events.geojson"
    export_events(None, "geojson", out, events=events, names=names)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    feats = {f["id"]: f for f in data["features"]}
    assert set(feats) == {e.event_id for e in events}
    battle = feats["ev-battle"]
    assert battle["geometry"] == {"type": "Point", "coordinates": [2.92, 19.95]}  # lon, lat order
    assert battle["properties"]["event_type"] == "Battles" and battle["properties"]["disputed"] is True
    assert battle["properties"]["reports"][0]["doc_id"] == events[0].reports[0].doc_id
    assert battle["properties"]["disputes"][0]["kind"] == "outcome"
    assert feats["ev-exit"]["geometry"] is None  # not located: null geometry, still exported


def test_jsonl_keeps_full_provenance(tmp_path, events, names, seed_docs):
    out = tmp_path / "events.jsonl"
    export_events(None, "jsonl", out, events=events, names=names)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(events)
    texts = {d.doc_id: d.text for d in seed_docs}
    for line in lines:
        record = json.loads(line)
        assert record["reports"], record["event_id"]
        for r in record["reports"]:
            assert texts[r["doc_id"]][r["char_start"] : r["char_end"]] == r["quote"]
    battle = json.loads(lines[0])
    assert battle["actor1_name"] == "CSP-DPA" and battle["assoc_actor_2_names"] == ["Wagner Group"]
    assert battle["date"]["earliest"] == "2024-07-25"


def test_parquet_reads_back_with_types_and_nested_reports(tmp_path, events, names):
    out = tmp_path / "events.parquet"
    export_events(None, "parquet", out, events=events, names=names)
    table = pq.read_table(out)
    assert table.num_rows == len(events)
    assert table.column_names[: len(COLUMNS)] == COLUMNS and "reports" in table.column_names
    rows = {r["event_id"]: r for r in table.to_pylist()}
    battle = rows["ev-battle"]
    assert str(battle["event_date"]) == "2024-07-25" and battle["fatalities_low"] == 15
    assert battle["fatalities_high"] is None and battle["disputed"] is True
    assert battle["reports"][1]["quote"] == events[0].reports[1].quote
    assert str(table.schema.field("latitude").type) == "double"


def test_parquet_needs_a_file(events, names):
    with pytest.raises(SitrepError):
        export_events(None, "parquet", None, events=events, names=names)


def test_unknown_format_is_a_usage_error(events):
    with pytest.raises(SitrepError):
        export_events(None, "xml", None, events=events)


def test_interaction_codes_and_unknown_actor_names():
    assert interaction(1, 2) == 12 and interaction(2, 1) == 12 and interaction(2, None) == 20
    assert interaction(None, None) is None
    # an id no store or base names is shown without its kind prefix, by name() and by a call alike
    names = ActorNames(None, actors={})
    assert names.name("org:some group") == names("org:some group") == pretty_id("org:some group") == "some group"
