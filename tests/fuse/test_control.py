"""Territorial control periods derived from fused events, and the CLI that answers with them."""

import datetime as dt
import json

import pytest
from .fuse_factory import add_doc, analysis, interval, mention

from sitrep.cli import main
from sitrep.fuse import fuse_documents
from sitrep.fuse.control import derive_periods, holder_on
from sitrep.model import Claim, Span
from sitrep.store import Store

GOV = "Government regains territory"
NSA = "Non-state actor overtakes territory"


def _kidal_story() -> dict[str, list]:
    """A place held by a rebel group since a background year, retaken by the army, then lost."""
    return {
        "a": [mention("a", 0, sub=NSA, side1=["cma"], date=interval("2014-01-01", "2014-12-31"),
                      modality="background"),
              mention("a", 300, sub=GOV, side1=["fama"], assoc1=["wagner"], side2=["cma"], date="2023-11-14",
                      version="attacker_victory", source_actor="fama"),
              mention("a", 600, sub=GOV, side1=["fama"], side2=["cma"], date="2023-11-14",
                      version="planned_withdrawal", source_actor="cma")],
        "b": [mention("b", 0, sub=GOV, side1=["fama"], date=interval("2023-01-01", "2023-12-31"))],
        "c": [mention("c", 0, sub="Armed clash", side1=["azawad-liberation-front", "jnim"], side2=["fama", "africa-corps"],
                      date=interval("2026-04-25", "2026-04-26")),
              mention("c", 200, sub=NSA, side1=["azawad-liberation-front"], assoc1=["jnim"], side2=["africa-corps"],
                      date="2026-04-28", version="forced_withdrawal")],
        "d": [mention("d", 0, sub=NSA, side1=["csp"], side2=["fama"], place_id="gn:tinz", date="2024-07-27"),
              mention("d", 100, sub=NSA, side1=["fama"], place_id="gn:tinz", date="2024-07-27",
                      modality="denied", source_actor="fama")],
    }


@pytest.fixture(scope="module")
def kidal_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("control") / "control.duckdb"
    with Store(path) as store:
        for doc_id, ms in _kidal_story().items():
            add_doc(store, doc_id, outlet=f"Outlet {doc_id}")
            claims = [Claim(claim_id=f"{doc_id}:600", span=Span(doc_id=doc_id, char_start=600, char_end=640),
                            speaker="cma", verb="said", content="a strategic decision to leave",
                            event_mentions=[f"{doc_id}:600"])] if doc_id == "a" else []
            store.save_analysis(analysis(doc_id, ms, claims))
        fuse_documents(store, list(_kidal_story()))
    return path


def test_kidal_holders_over_time(kidal_db):
    with Store(kidal_db, read_only=True) as store:
        periods = store.list_control_periods("gn:kidal")
        assert [(p.holder, p.start, p.end) for p in periods] == [
            ("cma", dt.date(2014, 1, 1), dt.date(2023, 11, 14)),
            ("fama", dt.date(2023, 11, 14), dt.date(2026, 4, 28)),
            ("azawad-liberation-front", dt.date(2026, 4, 28), None),
        ]
        for day, holder in [("2020-01-01", "cma"), ("2025-01-01", "fama"), ("2026-06-01", "azawad-liberation-front")]:
            (p,) = store.list_control_periods("gn:kidal", on=dt.date.fromisoformat(day))
            assert p.holder == holder and p.evidence
            assert holder_on(periods, dt.date.fromisoformat(day)).holder == holder
        assert store.list_control_periods("gn:kidal", on=dt.date(2010, 1, 1)) == []
        # the 2023 retaking: one event, reported by two documents, disputed between the two sides
        retaken = store.get_event(periods[1].evidence[0])
        assert {r.doc_id for r in retaken.reports} == {"a", "b"} and retaken.disputed
        # a denied takeover changes nothing
        (tinz,) = store.list_control_periods("gn:tinz")
        assert (tinz.holder, tinz.start, tinz.end) == ("csp", dt.date(2024, 7, 27), None)


def test_periods_ignore_region_level_and_merge_repeated_holders():
    from sitrep.fuse.build import build_event

    def ev(i, sub, side1, day, place_id="gn:kidal"):
        m = mention(f"x{i}", 0, sub=sub, side1=side1, date=day, place_id=place_id)
        return build_event(f"e{i}", [m], {}, lambda a: a or "")

    events = [ev(1, GOV, ["fama"], "2023-11-14"), ev(2, GOV, ["fama"], "2023-12-01"),
              ev(3, NSA, ["azawad-liberation-front"], "2026-04-28", place_id="gn:kidal-region"), ev(4, "Armed clash", ["azawad-liberation-front"], "2026-05-01")]
    (period,) = derive_periods(events)
    assert period.holder == "fama" and period.evidence == ["e1", "e2"] and period.end is None


def test_holder_is_the_taker_of_the_kind_the_sub_type_implies():
    from sitrep.fuse.build import build_event
    from sitrep.fuse.control import change_of

    kinds = {"government-of-x": "state_forces", "army-x": "state_forces", "rebels": "rebel_group", "ally": "external_other"}.get

    def ev(sub, side1, assoc1=()):
        m = mention("x", 0, sub=sub, side1=side1, assoc1=assoc1, date="2024-05-02")
        return build_event("e", [m], {}, lambda a: a or "")

    assert change_of(ev(GOV, ["government-of-x"], ["army-x"]), kinds) == ("army-x", dt.date(2024, 5, 2))
    assert change_of(ev(NSA, ["ally"], ["rebels"]), kinds)[0] == "rebels"
    assert change_of(ev(NSA, ["unknown-group"]), kinds)[0] == "unknown-group"
    assert change_of(ev("Armed clash", ["rebels"]), kinds) is None


def test_cli_control_by_name_and_date(kidal_db, capsys):
    assert main(["--db", str(kidal_db), "control", "kidal", "--on", "2025-01-01", "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["holder_id"] == "fama" and row["from"] == "2023-11-14" and row["evidence"][0]["event_id"]
    assert main(["--db", str(kidal_db), "control", "Kidal"]) == 0
    out = capsys.readouterr().out
    assert "2014-01-01" in out and "2026-04-28" in out
    assert main(["--db", str(kidal_db), "control", "Qxqzzyv"]) == 1


def test_cli_events_event_disputes(kidal_db, capsys):
    assert main(["--db", str(kidal_db), "events", "--place", "Kidal", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["location"] == "Kidal" for r in rows)
    for field in ("event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
                  "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "admin2", "location",
                  "latitude", "longitude", "geo_precision", "fatalities", "notes", "fatalities_low",
                  "fatalities_high", "disputed", "source_count", "reports"):
        assert field in rows[0]
    assert set(rows[0]["reports"][0]) >= {"doc_id", "external_id", "outlet", "url", "char_start", "char_end", "quote"}
    assert main(["--db", str(kidal_db), "events", "--actor", "jnim", "--format", "json"]) == 0
    assert {r["sub_event_type"] for r in json.loads(capsys.readouterr().out)} == {"Armed clash", NSA}
    assert main(["--db", str(kidal_db), "events", "--disputed", "--format", "csv"]) == 0
    csv_out = capsys.readouterr().out.splitlines()
    assert csv_out[0].startswith("event_id,event_date,time_precision") and len(csv_out) >= 2
    assert main(["--db", str(kidal_db), "events", "--since", "2026-01-01", "--type", "Battles"]) == 0
    assert "2026-04" in capsys.readouterr().out

    assert main(["--db", str(kidal_db), "disputes", "--format", "json"]) == 0
    disputes = json.loads(capsys.readouterr().out)
    assert any(d["kind"] == "outcome" and len(d["versions"]) == 2 for d in disputes)

    event_id = rows[0]["event_id"]
    assert main(["--db", str(kidal_db), "event", event_id, "--format", "json"]) == 0
    detail = json.loads(capsys.readouterr().out)
    assert detail["event_id"] == event_id and detail["reports"][0]["quote"]
    assert main(["--db", str(kidal_db), "event", event_id]) == 0
    assert event_id in capsys.readouterr().out
    assert main(["--db", str(kidal_db), "event", "ev_nope"]) == 1
    assert main(["--db", str(kidal_db) + ".missing", "events"]) == 1


def test_a_takeover_without_a_plausible_taker_only_ends_the_losers_period():
    from sitrep.fuse.build import build_event

    kinds = {"army-x": "state_forces", "rebels": "rebel_group", "foreign-ministry": "external_other",
             "foreign-unit": "external_other"}.get

    def ev(i, sub, side1, side2, day):
        m = mention(f"x{i}", 0, sub=sub, side1=side1, side2=side2, date=day)
        return build_event(f"e{i}", [m], {}, lambda a: a or "")

    periods = derive_periods([ev(1, NSA, ["rebels"], ["army-x"], "2020-01-01"),
                              ev(2, GOV, ["army-x", "foreign-unit"], ["rebels"], "2023-11-14"),
                              ev(3, NSA, ["foreign-ministry"], ["foreign-unit", "army-x"], "2026-04-28")], kinds)
    assert [(p.holder, p.start, p.end) for p in periods] == [
        ("army-x", None, dt.date(2020, 1, 1)),  # the first change's loser held the place before it
        ("rebels", dt.date(2020, 1, 1), dt.date(2023, 11, 14)),
        ("army-x", dt.date(2023, 11, 14), dt.date(2026, 4, 28)),
    ]


def test_the_first_change_of_hands_says_who_held_the_place_before():
    from sitrep.fuse.build import build_event

    kinds = {"army-x": "state_forces", "rebels": "rebel_group", "militia": "political_militia",
             "civilians-x": "civilians"}.get

    def ev(i, sub, side1, side2, day, modality="fact"):
        m = mention(f"x{i}", 0, sub=sub, side1=side1, side2=side2, date=day, modality=modality)
        return build_event(f"e{i}", [m], {}, lambda a: a or "")

    # a town seized from the army, then retaken: the army held it before the seizure (no start)
    periods = derive_periods([ev(2, GOV, ["army-x"], ["rebels"], "2026-08-22"),
                              ev(1, NSA, ["rebels"], ["army-x"], "2026-08-18")], kinds)
    assert [(p.holder, p.start, p.end) for p in periods] == [
        ("army-x", None, dt.date(2026, 8, 18)),
        ("rebels", dt.date(2026, 8, 18), dt.date(2026, 8, 22)),
        ("army-x", dt.date(2026, 8, 22), None),
    ]
    assert holder_on(periods, dt.date(2014, 1, 1)).holder == "army-x"
    assert holder_on(periods, dt.date(2026, 8, 19)).holder == "rebels"
    # nothing is inferred from two losers, from a loser that holds no ground, or from a background change
    for first in (ev(1, NSA, ["rebels"], ["army-x", "militia"], "2026-08-18"),
                  ev(1, NSA, ["rebels"], ["civilians-x"], "2026-08-18"),
                  ev(1, NSA, ["rebels"], ["army-x"], "2026-08-18", modality="background")):
        periods = derive_periods([first], kinds)
        assert [p.holder for p in periods] == ["rebels"]
        assert holder_on(periods, dt.date(2026, 8, 1)) is None


def test_cli_claims_and_event_claims(kidal_db, capsys):
    assert main(["--db", str(kidal_db), "claims", "--speaker", "cma", "--format", "json"]) == 0
    (claim,) = json.loads(capsys.readouterr().out)
    assert claim["claim_id"] == "a:600" and claim["content"] == "a strategic decision to leave"
    with Store(kidal_db, read_only=True) as store:
        (event,) = [e for e in store.list_events() if any(r.mention_id == "a:600" for r in e.reports)]
    assert main(["--db", str(kidal_db), "event", event.event_id, "--format", "json"]) == 0
    detail = json.loads(capsys.readouterr().out)
    assert [c["claim_id"] for c in detail["claims"]] == ["a:600"]
    assert {d["kind"] for d in detail["disputes"]} == {"outcome"}
