"""``sitrep.fuse.why_apart``: each matcher test on a pair of reports, by name and with its numbers;
its verdict is ``same_event`` itself and its first failing test is what parted the pair.  Also the
``sitrep why-apart`` command on a store fused from hand-built reports."""

from __future__ import annotations

import itertools
import json

from .fuse_factory import add_doc, analysis, interval, mention
from sitrep.fuse import fuse_documents
from sitrep.fuse.match import same_event
from sitrep.fuse.why_apart import cannot_link_rules, explain_events, explain_pair


def _attack(doc: str, place_id: str = "gn:kidal", date: str = "2024-07-26", **kw):
    return mention(doc, 0, side1=["jnim"], side2=["civilians"], sub="Attack", etype="Violence against civilians",
                   place_id=place_id, date=date, **kw)


def _failing(pair) -> dict[str, str]:
    return {t.rule: t.detail for t in pair.tests if not t.ok}


def test_two_reports_of_one_attack_pass_every_test():
    found = explain_pair(_attack("a"), _attack("b"))
    assert found.verdict and found.first_failure is None
    assert [t.rule for t in found.tests][:3] == ["aircraft_apart", "types", "dates"]


def test_a_far_place_fails_on_its_distance_against_the_radius():
    found = explain_pair(_attack("a", "gn:kidal"), _attack("b", "gn:tinz"))
    assert not found.verdict and found.first_failure == "place"
    detail = _failing(found)["place"]
    assert "vs radius 50 km" in detail and "relation no" in detail
    km = float(detail.split("; ")[1].split(" km")[0])
    assert 200 < km < 250  # Tinzaouaten is ~225 km from Kidal


def test_a_date_gap_is_given_in_days_with_the_slack():
    found = explain_pair(_attack("a", date="2024-07-20"), _attack("b", date="2024-07-26"))
    assert found.first_failure == "dates"
    assert "gap 6 d vs slack 1 d" in _failing(found)["dates"]


def test_incompatible_types_name_no_admitting_rule():
    protest = mention("b", 0, sub="Peaceful protest", etype="Protests", side1=["protesters-mali"])
    found = explain_pair(_attack("a"), protest)
    assert found.first_failure == "types" and "admitted by no rule" in _failing(found)["types"]


def test_two_villages_apart_is_named_as_a_cannot_link_rule():
    a, b = _attack("a", "gn:village-a"), _attack("b", "gn:village-b")
    found = explain_pair(a, b)
    assert found.first_failure == "villages_apart" and "vs 15 km" in _failing(found)["villages_apart"]
    assert cannot_link_rules(a, b) == ["villages_apart"]


def test_the_explanation_agrees_with_same_event_on_every_pair():
    reports = [_attack("a"), _attack("b", "gn:near-kidal"), _attack("c", "gn:tinz"), _attack("d", date="2024-07-29"),
               _attack("e", "gn:village-a"), _attack("f", "gn:village-b"), _attack("g", "gn:kidal-region"),
               mention("h", 0, side1=["jnim"], side2=["malian-armed-forces"]),
               mention("i", 0, side1=["isgs"], side2=["civilians"], sub="Attack", etype="Violence against civilians"),
               mention("j", 0, place_id=None, date=interval("2024-07-01", "2024-07-31"))]
    for a, b in itertools.permutations(reports, 2):
        found = explain_pair(a, b)
        assert found.verdict == same_event(a, b)
        assert (found.first_failure is None) == found.verdict, (a.mention_id, b.mention_id, found.tests)


def test_events_tally_each_pair_of_their_reports():
    found = explain_events("e1", [_attack("a"), _attack("b")], "e2", [_attack("c", "gn:tinz")])
    assert found.reasons == {"place": 2} and "2 report pairs: place 2" in found.summary()


def test_the_cli_explains_two_stored_events(tmp_path, capsys):
    from sitrep.cli import main
    from sitrep.store import Store

    db = tmp_path / "why.duckdb"
    with Store(db) as s:
        for doc, report in (("a", _attack("a", "gn:kidal")), ("b", _attack("b", "gn:tinz"))):
            add_doc(s, doc)
            s.save_analysis(analysis(doc, [report]))
        fuse_documents(s, ["a", "b"])
        ids = sorted(e.event_id for e in s.list_events())
    assert len(ids) == 2
    assert main(["--db", str(db), "why-apart", *ids, "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["reasons"] == {"place": 1} and out["pairs"][0]["same_event"] is False
    assert main(["--db", str(db), "why-apart", *ids]) == 0
    text = capsys.readouterr().out
    assert "apart: place" in text and "FAIL place" in text and "radius 50 km" in text
    assert main(["--db", str(db), "why-apart", ids[0], "ev_nowhere"]) == 1


def test_eval_gold_why_tallies_the_split_gold_events(monkeypatch):
    """``eval gold --why``: for a gold event with two stored events near it, the rules that parted them and
    their numbers, never a report's words."""
    import io
    from types import SimpleNamespace

    from sitrep.cli.eval import _render_why_apart
    from sitrep.eval.gold import why_apart
    from sitrep.knowledge import load_actors
    from sitrep.store import Store

    with Store(":memory:") as s:
        for doc, report in (("a", _attack("a", "gn:kidal")), ("b", _attack("b", "gn:tinz")), ("c", _attack("c"))):
            add_doc(s, doc, text="Secret words of the article. " + "x" * 100)
            s.save_analysis(analysis(doc, [report]))
        fuse_documents(s, ["a", "b", "c"])
        events = s.list_events()
        assert len(events) == 2
        monkeypatch.setattr(why_apart, "events_at_gold", lambda gold, ids, view: {"g1": [(e, []) for e in events],
                                                                               "g2": [(events[0], ["type"])]})
        monkeypatch.setattr(why_apart, "map_names", lambda gold, view: {})
        run = SimpleNamespace(store=s, view=None, knowledge=SimpleNamespace(actors=load_actors()))
        records = why_apart.gold_why_apart(None, run)
    assert [(r["gold"], r["reasons"]) for r in records] == [("g1", {"place": 2})]
    assert why_apart.tally(records) == {"place": 2}
    out = io.StringIO()
    _render_why_apart(records, out)
    text = out.getvalue()
    assert "g1:" in text and "place: " in text and "vs radius 50 km" in text and "total: place 2" in text
    assert "Kidal" not in text and "Secret" not in text  # numbers and rule names only
