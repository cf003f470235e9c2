"""The gold scorer's rules, checked on a hand-built system view (no pipeline run: fast and exact)."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from sitrep.eval.gold import Run, score
from sitrep.eval.gold.control import _probe_days
from sitrep.geo import haversine_km
from sitrep.eval.goldfile import load_gold, parse_partial
from sitrep.eval.scoring import Section
from sitrep.eval.system import SystemView
from sitrep.model import (
    ActorMention,
    Analysis,
    Claim,
    ControlPeriod,
    DateInterval,
    Dispute,
    Document,
    Event,
    PersonMention,
    PlaceMention,
    Precision,
    Published,
    Report,
    Segment,
    Span,
    Version,
)

GOLD = textwrap.dedent(
    """
    documents:
      - {file: a.txt, title: "Army retakes Foo", outlet: "Daily", published: 2024-03-02, boilerplate: ["Subscribe now"]}
      - {file: b.txt, title: null, published: null, published_estimate: {earliest: 2024-01-01, latest: 2024-12-31}}
    actors:
      Foo Army: [Foo army, FA]
      Bar Rebels: [Bar rebels]
    persons:
      Jan Kowal: [Jan Kowal, Kowal]
    actor_lineage:
      - {from: Old Rebels, to: Bar Rebels, date: 2023-05}
    places:
      Foo: {variants: [Foo], lat: 10.0, lon: 10.0, country: XX}
      Baz: {variants: [Baz], lat: 20.0, lon: 20.0, country: XX}
    events:
      - id: foo-retaken
        event_type: Battles
        sub_event_type: Government regains territory
        date: {earliest: 2024-03-01, latest: 2024-03-01}
        location: Foo
        side1: [Foo Army]
        side2: [Bar Rebels]
        fatalities: {min: 5, max: null}
        disputed: true
        sources: [a.txt]
      - id: baz-strike
        event_type: Explosions/Remote violence
        date: {earliest: 2024-02-01, latest: 2024-02-10}
        location: Baz
        side1: [Foo Army]
        side2: []
    claims:
      - {doc: a.txt, speaker: Foo Army, gist: "the army retook Foo"}
      - {doc: a.txt, speaker: Jan Kowal, gist: "we left Foo on our own"}
    contradictions:
      - {event: foo-retaken, a: "retaken", b: "left on purpose"}
    control:
      Foo:
        - {holder: Bar Rebels, from: 2020, to: 2024-03-01}
        - {holder: Foo Army, from: 2024-03-01, to: null}
    """
)

TEXT_A = "Army retakes Foo\n\nThe Foo army retook Foo on Friday, Jan Kowal of the Bar rebels said. FA units. Kowal spoke.\n\nSubscribe now"
TEXT_B = "Something at Baz. The Foo army struck."


def _span(doc: str, text: str, phrase: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span(doc_id=doc, char_start=start, char_end=start + len(phrase))


def _day(s: str) -> DateInterval:
    d = dt.date.fromisoformat(s)
    return DateInterval(earliest=d, latest=d, precision=Precision.day)


@pytest.fixture()
def gold(tmp_path):
    path = tmp_path / "gold.yaml"
    path.write_text(GOLD)
    return load_gold(path)


def _view(*, good: bool = True) -> SystemView:
    body_end = TEXT_A.index("\n\nSubscribe")
    doc_a = Document(doc_id="a" * 16, source="/x/a.txt", text=TEXT_A, title="Army retakes Foo", outlet="daily",
                     segments=[Segment(char_start=0, char_end=body_end)],
                     published=Published(date=dt.date(2024, 3, 2)))
    doc_b = Document(doc_id="b" * 16, source="/x/b.txt", text=TEXT_B,
                     segments=[Segment(char_start=0, char_end=len(TEXT_B))],
                     published=Published(date=dt.date(2024, 6, 1), is_estimate=True))
    a, b = doc_a.doc_id, doc_b.doc_id
    army = "foo-army" if good else "bar-rebels"
    analysis_a = Analysis(
        doc_id=a,
        actors=[
            ActorMention(span=_span(a, TEXT_A, "Foo army"), surface="Foo army", actor_id=army),
            ActorMention(span=_span(a, TEXT_A, "Bar rebels"), surface="Bar rebels", actor_id="bar-rebels"),
            ActorMention(span=_span(a, TEXT_A, "FA"), surface="FA", actor_id="foo-army"),
        ],
        persons=[
            PersonMention(span=_span(a, TEXT_A, "Jan Kowal"), surface="Jan Kowal", person_id="person:jan-kowal", name="Jan Kowal"),
            PersonMention(span=_span(a, TEXT_A, "Kowal", 1), surface="Kowal", person_id="person:jan-kowal", name="Jan Kowal"),
        ],
        places=[
            PlaceMention(span=_span(a, TEXT_A, "Foo", 2), surface="Foo", place_id="gn:1", name="Foo",
                         latitude=10.05, longitude=10.0, country="XX"),
        ],
    )
    analysis_b = Analysis(
        doc_id=b,
        actors=[ActorMention(span=_span(b, TEXT_B, "Foo army"), surface="Foo army", actor_id="foo-army")],
        places=[PlaceMention(span=_span(b, TEXT_B, "Baz"), surface="Baz", place_id="gn:9", name="Baz",
                             latitude=-20.0 if good else 50.0, longitude=20.0, country="XX" if good else "YY")],
    )
    if good:  # the Baz mention is right when good; fix the latitude sign
        analysis_b.places[0] = analysis_b.places[0].model_copy(update={"latitude": 20.0})
    report = lambda m, doc: Report(mention_id=m, doc_id=doc, char_start=0, char_end=5, quote="x")  # noqa: E731
    retaken = Event(
        event_id="ev1", event_type="Battles", sub_event_type="Government regains territory",
        actor1="foo-army", actor2="bar-rebels", latitude=10.01, longitude=10.02, country="XX", location="Foo",
        place_id="gn:1", geo_precision=1, date=_day("2024-03-01"), fatalities_low=3, fatalities_high=9,
        disputed=True,
        disputes=[Dispute(kind="outcome", description="", versions=[
            Version(label="retaken", mention_ids=[f"{a}:10"]), Version(label="left", mention_ids=[f"{a}:40"])])],
        reports=[report(f"{a}:10", a)],
    )
    duplicate = retaken.model_copy(update={"event_id": "ev2", "disputes": [], "reports": []})
    unrelated = Event(event_id="ev3", event_type="Protests", sub_event_type="Peaceful protest",
                      date=_day("2024-03-01"), latitude=10.0, longitude=10.0)
    events = [retaken, duplicate, unrelated] if good else [unrelated]
    claims = [
        Claim(claim_id=f"{a}:20", span=Span(doc_id=a, char_start=20, char_end=40), speaker="foo-army",
              content="the army retook Foo"),
        Claim(claim_id=f"{a}:50", span=Span(doc_id=a, char_start=50, char_end=60), speaker="person:jan-kowal",
              content="left Foo"),
    ]
    periods = [
        ControlPeriod(place_id="gn:1", place_name="Foo", holder="bar-rebels", start=dt.date(2014, 1, 1),
                      end=dt.date(2024, 3, 1)),
        ControlPeriod(place_id="gn:1", place_name="Foo", holder="foo-army", start=dt.date(2024, 3, 1)),
    ]
    view = SystemView(
        documents={"a.txt": doc_a, "b.txt": doc_b},
        analyses={a: analysis_a, b: analysis_b},
        events=events,
        claims=claims if good else [],
        actor_names={"foo-army": ["Foo Army", "Foo army", "FA"], "bar-rebels": ["Bar Rebels"],
                     "old-rebels": ["Old Rebels"]},
        lineage=[("old-rebels", "bar-rebels", "2023-05-20")] if good else [],
        resolver=lambda s: {"foo army": "foo-army", "fa": "foo-army", "bar rebels": "bar-rebels"}.get(s.lower()),
    )
    from sitrep.fuse.control import holder_on

    view.control_periods = lambda place_id: periods if place_id == "gn:1" and good else []
    view.holder_on = lambda place_id, day: getattr(holder_on(view.control_periods(place_id), day), "holder", None)
    return view


def _run(view: SystemView) -> Run:
    return Run(corpus="synthetic", store=None, knowledge=None, view=view)


def test_a_good_view_scores_everything(gold):
    report = score(gold, _run(_view()))
    s = {sec.name: sec for sec in report.sections}
    assert s["documents"].recall == 1.0, [i for i in s["documents"].misses]
    assert s["actors"].recall == 1.0 and s["actors"].precision == 1.0
    assert s["persons"].recall == 1.0
    assert s["lineage"].recall == 1.0
    assert s["places"].recall == 1.0
    events = s["events"]
    assert events.count("ok") == 1 and events.count("miss") == 1  # baz-strike has no extracted event
    assert events.count("extra") == 2 and events.extras["duplicates"] == 1  # the unmerged copy is flagged
    assert events.precision == pytest.approx(1 / 3)
    assert s["event_details"].recall == 1.0  # 3 ≤ 5 ≤ 9 and disputed
    assert s["claims"].recall == 1.0 and s["claims"].precision == 1.0
    assert s["contradictions"].recall == 1.0
    assert s["control"].recall == 1.0 and s["control"].count("ok") == 5


def test_a_broken_view_scores_low_and_says_why(gold):
    report = score(gold, _run(_view(good=False)))
    s = {sec.name: sec for sec in report.sections}
    foo_army = [i for i in s["actors"].items if i.key.startswith("'Foo army'")][0]
    assert foo_army.status == "wrong" and "bar-rebels" in foo_army.why  # mention linked to the wrong actor
    baz = [i for i in s["places"].items if "Baz" in i.key][0]
    assert baz.status == "wrong" and "YY" in baz.why
    assert s["events"].recall == 0.0
    assert "no extracted event agrees" in s["events"].misses[0].why or "fails" in s["events"].misses[0].why
    assert s["lineage"].recall == 0.0
    assert s["claims"].recall == 0.0
    assert s["control"].recall == 0.0
    for sec in report.sections:
        assert 0.0 <= sec.precision <= 1.0 and 0.0 <= sec.recall <= 1.0


def test_boilerplate_left_in_the_body_is_wrong(gold):
    view = _view()
    doc = view.documents["a.txt"]
    view.documents["a.txt"] = doc.model_copy(update={"segments": [Segment(char_start=0, char_end=len(doc.text))]})
    sec = score(gold, _run(view)).section("documents")
    assert [i.key for i in sec.false_positives] == ["a.txt boilerplate 'Subscribe now'"]


def test_a_stated_date_marked_as_estimate_is_wrong(gold):
    view = _view()
    doc = view.documents["a.txt"]
    view.documents["a.txt"] = doc.model_copy(update={"published": Published(date=dt.date(2024, 3, 2), is_estimate=True)})
    item = [i for i in score(gold, _run(view)).section("documents").items if i.key == "a.txt published"][0]
    assert item.status == "wrong"


def test_an_empty_view_never_crashes(gold):
    report = score(gold, _run(SystemView()))
    assert all(sec.recall == 0.0 for sec in report.sections)
    assert report.to_dict()["scores"]["events"]["precision"] == 0.0


def test_section_arithmetic():
    sec = Section("x")
    for status in ("ok", "ok", "miss", "wrong", "extra"):
        sec.add(status, status)
    assert sec.precision == pytest.approx(2 / 4) and sec.recall == pytest.approx(2 / 4)
    assert Section("empty").precision == 1.0 and Section("empty").recall == 1.0
    with pytest.raises(ValueError):
        sec.add("bad", "maybe")


def test_partial_dates_and_probe_days():
    assert parse_partial(2023) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert parse_partial("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    days = _probe_days(parse_partial(2014), parse_partial("2023-11-14"))
    assert days[0] == dt.date(2015, 1, 1) and days[-1] == dt.date(2023, 11, 13) and len(days) == 3
    assert _probe_days(parse_partial("2024-07-27"), None) == [dt.date(2024, 7, 28), dt.date(2024, 8, 4)]


def test_haversine():
    assert haversine_km(18.441, 1.408, 18.441, 1.408) == 0
    assert 1150 < haversine_km(18.441, 1.408, 12.65, -8.0) < 1250  # Kidal–Bamako


def test_a_spokesmans_claim_counts_as_his_groups(gold):
    # "the Bar rebels' spokesman Jan Kowal said ...": the gold may list the group as the speaker
    view = _view()
    view.claims = [c.model_copy(update={"speaker": "person:someone-else", "on_behalf_of": "foo-army"})
                   if c.speaker == "foo-army" else c for c in view.claims]
    s = {sec.name: sec for sec in score(gold, _run(view)).sections}
    assert s["claims"].recall == 1.0
    view.claims = [c.model_copy(update={"on_behalf_of": None}) for c in view.claims]
    s = {sec.name: sec for sec in score(gold, _run(view)).sections}
    assert s["claims"].recall == 0.5
