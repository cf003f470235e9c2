"""The analyses and events store: idempotent saves, claims, filtered and paginated listings."""

import datetime as dt

import pytest
from .fuse_factory import analysis, interval, mention

from sitrep.errors import SitrepError
from sitrep.model import Claim, DateInterval, Event, Span, Stance
from sitrep.store.events import encode_cursor


def _claim(doc_id: str, start: int, speaker: str, about: list[str] | None = None) -> Claim:
    return Claim(claim_id=f"{doc_id}:{start}", span=Span(doc_id=doc_id, char_start=start, char_end=start + 30),
                 speaker=speaker, on_behalf_of="fla" if speaker.startswith("person:") else None,
                 verb="said", content="something", stance=Stance.asserts, event_mentions=about or [])


def test_save_analysis_is_idempotent_and_replaces_the_documents_rows(store):
    a = analysis("d1", [mention("d1", 0), mention("d1", 100)],
                 [_claim("d1", 0, "person:ramadane", ["d1:0"]), _claim("d1", 200, "gov-russia")])
    store.save_analysis(a)
    store.save_analysis(a)
    assert store.get_analysis("d1") == a
    assert len(store.event_mentions_of_docs(["d1"])) == 2
    assert [c.claim_id for c in store.list_claims(doc_id="d1")] == ["d1:0", "d1:200"]
    assert [c.claim_id for c in store.list_claims(speaker="fla")] == ["d1:0"]  # on behalf of
    assert [c.claim_id for c in store.claims_for_mentions(["d1:0"])] == ["d1:0"]
    # a new analysis of the document replaces the old rows
    store.save_analysis(analysis("d1", [mention("d1", 5)]))
    assert [m.mention_id for m, _ in store.event_mentions_of_docs(["d1"])] == ["d1:5"]
    assert store.list_claims(doc_id="d1") == []
    assert store.get_analysis("missing") is None


def _event(i: int, day: dt.date, **kw) -> Event:
    return Event(event_id=f"ev{i:05d}", event_type=kw.pop("event_type", "Battles"),
                 sub_event_type="Armed clash",
                 date=DateInterval(earliest=day, latest=day, precision="day"), **kw)


@pytest.fixture
def many(store):
    base = dt.date(2024, 1, 1)
    events = [
        _event(i, base + dt.timedelta(days=i % 50), actor1="fama" if i % 2 else "jnim",
               assoc_actor_2=["wagner"] if i % 5 == 0 else [], place_id="gn:kidal" if i % 3 == 0 else "gn:gao",
               latitude=18.4 if i % 3 == 0 else 16.3, longitude=1.4 if i % 3 == 0 else 0.0,
               disputed=i % 7 == 0, admin1="Kidal" if i % 3 == 0 else "Gao", location="Kidal" if i % 3 == 0 else "Gao",
               event_type="Battles" if i % 4 else "Strategic developments")
        for i in range(200)
    ]
    store.save_events(events)
    return events


def test_filters_match_the_python_equivalent(store, many):
    def ids(evs):
        return sorted(e.event_id for e in evs)

    assert ids(store.list_events(actor="wagner")) == ids(e for e in many if "wagner" in e.assoc_actor_2)
    assert ids(store.list_events(actor=["jnim"], place="gn:kidal")) == ids(
        e for e in many if e.actor1 == "jnim" and e.place_id == "gn:kidal")
    assert ids(store.list_events(place="kidal")) == ids(e for e in many if e.location == "Kidal")  # by name
    assert ids(store.list_events(disputed=True, event_type="Battles")) == ids(
        e for e in many if e.disputed and e.event_type == "Battles")
    since, until = dt.date(2024, 1, 10), dt.date(2024, 1, 12)
    assert ids(store.list_events(since=since, until="2024-01-12")) == ids(
        e for e in many if since <= e.date.earliest <= until)
    assert ids(store.list_events(bbox=(1.0, 18.0, 2.0, 19.0))) == ids(e for e in many if e.place_id == "gn:kidal")
    with pytest.raises(SitrepError):
        store.list_events(since="not a date")


def test_cursor_pages_cover_everything_once_in_order(store, many):
    seen, after = [], None
    while True:
        page = store.list_events(limit=17, after=after, event_type="Battles")
        if not page:
            break
        seen += page
        after = encode_cursor(page[-1])
    expected = sorted((e for e in many if e.event_type == "Battles"), key=lambda e: (e.date.best, e.event_id))
    assert [e.event_id for e in seen] == [e.event_id for e in expected]
    desc = store.list_events(sort="-date", limit=3)
    assert [e.date.best for e in desc] == sorted((e.date.best for e in many), reverse=True)[:3]


def test_history_keeps_every_version(store):
    e = _event(1, dt.date(2024, 1, 1), actor1="fama")
    assert store.save_event(e) == 1
    assert store.save_event(e.model_copy(update={"fatalities_low": 3}), cause="correction") == 2
    history = store.event_history(e.event_id)
    assert [h["cause"] for h in history] == ["fuse", "correction"]
    assert store.get_event(e.event_id).fatalities_low == 3
    store.delete_events([e.event_id])
    assert store.get_event(e.event_id) is None and store.list_events(actor="fama") == []
    assert len(store.event_history(e.event_id)) == 3


def test_undated_and_interval_mentions_are_candidates(store):
    store.save_analysis(analysis("d1", [mention("d1", 0, date=None), mention("d1", 50, date=interval("2024-07-01", "2024-07-31"))]))
    found = store.candidate_mentions("Battles", dt.date(2024, 7, 20), dt.date(2024, 7, 21), doc_id="d1")
    assert [m.mention_id for m, _ in found] == ["d1:0", "d1:50"]
    assert store.candidate_mentions("Battles", dt.date(2024, 8, 2), dt.date(2024, 8, 3)) == []


def test_names_for_actors_people_and_unknown_ids(store):
    from sitrep.knowledge.actor_names import ActorNames
    from sitrep.model import Analysis, PersonMention

    person = PersonMention(span=Span(doc_id="d1", char_start=0, char_end=9), surface="Ramadane",
                           person_id="person:ramadane", name="Mohamed Elmaouloud Ramadane")
    store.save_analysis(Analysis(doc_id="d1", persons=[person]))
    names = ActorNames(store)
    assert names("person:ramadane") == "Mohamed Elmaouloud Ramadane"
    assert names("malian-armed-forces") == "Malian Armed Forces"  # from the shipped actor base
    assert names("org:azawad defence front") == "azawad defence front"
    assert names(None) == ""
