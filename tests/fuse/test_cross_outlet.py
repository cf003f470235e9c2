"""Merging one incident across outlets, and the disputes and caveats fusion draws from it."""

from __future__ import annotations

import datetime as dt

from sitrep.fuse import fuse_documents
from sitrep.fuse.build import build_event, makes_event
from sitrep.fuse.control import control_caveat
from sitrep.fuse.disputes import denial_disputes, victim_disputes
from sitrep.fuse.match import match_window, same_event
from sitrep.fuse.sources import independent_source, source_kind
from sitrep.model import Claim, Span, Stance

from .fuse_factory import add_doc, analysis, deaths, mention


def _names(actor_id):
    return actor_id or ""


def test_a_report_dated_only_by_its_article_reaches_back_a_week():
    dated = mention("a", 0, side1=["jnim"], date="2024-07-20")
    undated_text = mention("b", 0, date="2024-07-22")  # its article's Monday: "stormed the base at dawn"
    undated_text.date_from_publication = True
    assert match_window(undated_text) == (dt.date(2024, 7, 15), dt.date(2024, 7, 22))
    assert same_event(dated, undated_text)
    told_as_monday = mention("b", 0, date="2024-07-22")  # the text itself says Monday: two days apart
    assert not same_event(dated, told_as_monday)


def test_actors_of_one_camp_anchor_a_merge_and_unnamed_sources_are_no_party():
    # JNIM and al-Qaeda (affiliation), the army and its government: one camp each
    a = mention("a", 0, side1=["jnim"], side2=["malian-armed-forces"])
    b = mention("b", 0, side1=["al-qaeda"], side2=["government-of-mali"])
    assert same_event(a, b)
    # "security sources" read as a party must not block a merge with JNIM's attack
    c = mention("c", 0, side1=["unnamed:security-sources"], side2=["malian-armed-forces"])
    assert same_event(a, c)
    # unrelated parties stay apart
    assert not same_event(a, mention("d", 0, side1=["islamic-state"], side2=["vdp"]))


def test_a_separate_incident_at_one_place_on_one_day_stays_apart():
    first = mention("a", 0, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence",
                    side2=["malian-armed-forces"])
    second = mention("a", 100, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence")
    assert same_event(first, second)  # without the text's word, one incident
    second.separate = True  # "in a separate explosion near Ansongo on Tuesday"
    assert not same_event(first, second)


def test_background_alone_makes_no_event_but_joins_one_reported_as_news(store):
    recall = mention("b", 0, side1=["jnim"], modality="background", date="2024-07-01")
    assert not makes_event([recall])
    news = mention("a", 0, side1=["jnim"], date="2024-07-01")
    assert makes_event([recall, news])
    add_doc(store, "b", outlet="Later Outlet")
    store.save_analysis(analysis("b", [recall]))
    fuse_documents(store, ["b"])
    assert store.list_events() == []  # a recalled event is not news
    add_doc(store, "a", outlet="First Outlet")
    store.save_analysis(analysis("a", [news]))
    fuse_documents(store, ["a"])
    (event,) = store.list_events()
    assert sorted(r.mention_id for r in event.reports) == ["a:0", "b:0"]


def test_news_in_an_undated_article_is_still_an_event(store):
    """An undated snippet that reports an attack is news: its event is stored without a date (the
    exports leave such events out with a count rather than write an empty date)."""
    add_doc(store, "u", outlet="Undated")
    store.save_analysis(analysis("u", [mention("u", 0, side1=["jnim"], date=None)]))
    fuse_documents(store, ["u"])
    (event,) = store.list_events()
    assert event.date is None
    assert [r.mention_id for r in event.reports] == ["u:0"]


def test_tolls_keep_who_gave_them_and_the_rule():
    docs = {"a": {"text": "x" * 300, "outlet": "Wire"}, "b": {"text": "x" * 300, "outlet": "Local"}}
    army = mention("a", 0, side1=["jnim"], side2=["burkina-faso-armed-forces"], fatalities=deaths(7, 7),
                   modality="claim", source_actor="burkina-faso-armed-forces")
    residents = mention("b", 0, side1=["jnim"], fatalities=deaths(12, 12), modality="claim",
                        source_actor="unnamed:residents")
    e = build_event("ev_x", [army, residents], docs, _names)
    assert (e.fatalities_low, e.fatalities_best, e.fatalities_high) == (7, 7, 12)
    assert "median" in e.fatalities_rule
    assert {r.source_kind for r in e.reports} == {"army", "residents"}
    assert any(d.kind == "fatalities" for d in e.disputes)
    (why,) = e.merge_reasons
    assert why.startswith("Local joins Wire: ") and "shared actor (jnim)" in why and "same place (Kidal)" in why


def test_copies_count_once_whichever_arrived_first():
    docs = {"w": {"wire": "AP"}, "h": {"outlet": "Host", "duplicate_of": "w"}}
    assert independent_source(docs["h"], "h", docs) == independent_source(docs["w"], "w", docs)
    flipped = {"w": {"wire": "AP", "duplicate_of": "h"}, "h": {"outlet": "Host"}}
    assert independent_source(flipped["h"], "h", flipped) == independent_source(flipped["w"], "w", flipped)
    assert source_kind("malian-armed-forces") == "army" and source_kind("unnamed:local-official") == "official"


def test_civilians_against_terrorists_is_a_target_dispute():
    residents = mention("a", 0, sub="Air/drone strike", etype="Explosions/Remote violence",
                        side1=["malian-armed-forces"], fatalities=deaths(9, None, phrase="killed at least nine civilians"))
    army = mention("b", 0, sub="Air/drone strike", etype="Explosions/Remote violence",
                   side1=["malian-armed-forces"], fatalities=deaths(15, 15, phrase="neutralised 15 terrorists"))
    (d,) = victim_disputes([residents, army], {}, {"a": "Reuters", "b": "L'Essor"})
    assert d.kind == "target" and [v.label for v in d.versions] == ["target: civilians", "target: fighters"]
    # in a battle both sides die: soldiers and terrorists killed is no dispute
    clash = [mention("a", 0, fatalities=deaths(9, 9, phrase="nine civilians")),
             mention("b", 0, fatalities=deaths(15, 15, phrase="15 terrorists"))]
    assert victim_disputes(clash, {}, {}) == []


def test_a_denial_claim_disputes_the_retaking_and_control_names_who_disputes_it():
    retaken = mention("a", 0, sub="Government regains territory", side1=["malian-armed-forces"], side2=["fla"],
                      modality="claim", source_actor="malian-armed-forces")
    denial = Claim(claim_id="b:40", span=Span(doc_id="b", char_start=40, char_end=90), speaker="fla",
                   stance=Stance.denies, content="the army never entered the town", event_mentions=["a:0"])
    (d,) = denial_disputes([retaken], {}, {"a": "Army TV", "b": "Rebel site"}, _names, [denial])
    assert d.kind == "denial" and {v.label for v in d.versions} == {"denied", "reported"}
    docs = {"a": {"text": "x" * 300, "outlet": "Army TV"}}
    event = build_event("ev_t", [retaken], docs, _names, denials=[denial])
    caveat, who = control_caveat([event], "malian-armed-forces", _names)
    assert event.disputed and who == ["fla"] and caveat.startswith("disputed by fla")
    assert control_caveat([build_event("ev_u", [retaken], docs, _names)], "malian-armed-forces", _names) == ("", [])
