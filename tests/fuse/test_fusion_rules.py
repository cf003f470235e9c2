"""General fusion rules (issue #5) on hand-built mentions: one battle told with the town's change
of hands, an aircraft's loss kept apart, perpetrator disputes that respect alliances and lineage,
UCDP-style fatality ranges across qualifiers, and when a change of hands takes effect."""

from __future__ import annotations

import datetime as dt

import pytest

from .fuse_factory import add_doc, analysis, deaths, interval, mention, place

from sitrep.fuse import fuse_documents
from sitrep.fuse.build import build_event
from sitrep.fuse.consensus import consensus_fatalities
from sitrep.fuse.control import change_day, derive_periods, holder_on
from sitrep.knowledge.actor_knowledge import ActorKnowledge
from sitrep.fuse.match import same_event

NSA = "Non-state actor overtakes territory"
GOV = "Government regains territory"


def _fuse(store, docs: dict[str, list]):
    for doc_id, events in docs.items():
        add_doc(store, doc_id, outlet=f"Outlet {doc_id}")
        store.save_analysis(analysis(doc_id, events))
    return fuse_documents(store, list(docs))


def _named(m, place_id: str = "gn:tinz"):
    """The mention's town named inside its own sentence."""
    return m.model_copy(update={"place": place(place_id, m.span.doc_id, m.span.char_start + 5)})


def _elsewhere(m, place_id: str = "gn:tinz", at: int = 1500):
    """The mention's town taken from another sentence (inherited or guessed)."""
    return m.model_copy(update={"place": place(place_id, m.span.doc_id, at)})


# -- a battle and the change of hands it ends in --------------------------------------------------


def test_fighting_and_takeover_at_one_named_town_in_one_article_are_one_transfer(store):
    fight = _named(mention("a", 0, side1=["csp"], side2=["wagner"], date=interval("2024-07-25", "2024-07-27"),
                           fatalities=deaths(15, None, "at least 15 killed and arrested", kind="killed_or_captured")))
    taken = _named(mention("a", 300, sub=NSA, side1=["csp"], side2=["fama"], date="2024-07-27",
                           fatalities=deaths(17, None, "at least 17")))
    assert same_event(fight, taken) and same_event(taken, fight)
    _fuse(store, {"a": [fight, taken]})
    (event,) = store.list_events()
    assert event.sub_event_type == NSA  # coded as the transfer, not the fighting
    assert (event.fatalities_low, event.fatalities_best, event.fatalities_high) == (15, 17, 17)


def test_fighting_and_takeover_stay_apart_across_articles_on_other_days_or_unnamed_places():
    fight = _named(mention("a", 0, side1=["csp"], side2=["fama"], date="2024-07-25"))
    taken = _named(mention("a", 300, sub=NSA, side1=["csp"], side2=["fama"], date="2024-07-25"))
    # another article: an offensive on many towns is not the loss of one of them
    assert not same_event(fight, _named(mention("b", 0, sub=NSA, side1=["csp"], side2=["fama"], date="2024-07-25")))
    # an attack on Saturday and the town taken on Tuesday: two events
    assert not same_event(fight, taken.model_copy(update={"date": interval("2024-07-30")}))
    # the fight's place is inherited from another sentence: no evidence it was the same town's battle
    assert not same_event(_elsewhere(fight), taken)
    # a region is no town
    assert not same_event(_named(fight, "gn:kidal-region"), _named(taken, "gn:kidal-region"))


def test_an_aircraft_lost_is_its_own_event_with_its_own_dispute(store):
    battle = mention("a", 0, side1=["csp"], side2=["fama"])
    landing = mention("a", 200, side1=["fama"], side2=["csp"], version="accident", modality="claim",
                      source_actor="fama")
    rammed = mention("a", 400, side1=["csp"], side2=["fama"], version="shot_down", modality="claim",
                     source_actor="csp")
    assert same_event(landing, rammed)
    assert not same_event(battle, landing) and not same_event(rammed, battle)
    _fuse(store, {"a": [battle, landing, rammed]})
    events = store.list_events()
    assert len(events) == 2
    (crash,) = [e for e in events if e.disputed]
    assert {r.mention_id for r in crash.reports} == {"a:200", "a:400"}
    assert [d.kind for d in crash.disputes] == ["outcome"]


def test_the_taker_is_who_the_transfer_reports_name(store):
    # two articles name JNIM fighting; the article telling the takeover names the CSP as taker
    _fuse(store, {
        "a": [_named(mention("a", 0, side1=["jnim"], side2=["wagner"], date=interval("2024-07-01", "2024-07-31"))),
              _named(mention("a", 300, sub=NSA, side1=["csp"], side2=["fama", "wagner"],
                             date=interval("2024-07-01", "2024-07-31")))],
        "b": [_named(mention("b", 0, side1=["jnim"], side2=["wagner"], date="2024-07-26"))],
    })
    (event,) = store.list_events()
    assert event.sub_event_type == NSA and event.actor1 == "csp" and "jnim" in event.assoc_actor_1


# -- perpetrators ------------------------------------------------------------------------------


def test_perpetrator_dispute_needs_each_camp_named_alone_by_some_source(store):
    _fuse(store, {
        "a": [mention("a", 0, side1=["jnim"], side2=["wagner"])],
        "b": [mention("b", 0, side1=["csp"], side2=["wagner"])],
    })
    (event,) = store.list_events()
    assert [d.kind for d in event.disputes] == ["perpetrator"]


def test_allies_named_together_by_one_source_are_no_perpetrator_dispute(store):
    _fuse(store, {
        "a": [mention("a", 0, side1=["jnim"], side2=["wagner"]),
              mention("a", 200, side1=["csp"], side2=["wagner"])],
        "b": [mention("b", 0, side1=["csp"], side2=["wagner"])],
    })
    (event,) = store.list_events()
    assert not event.disputed


def test_coalition_member_and_renamed_movement_are_the_same_side(store):
    same_side = ActorKnowledge.load().same_side
    assert same_side("mnla", "coordination-of-azawad-movements")  # member of the coalition
    assert same_side("coordination-of-azawad-movements", "azawad-liberation-front")  # lineage
    assert same_side("malian-armed-forces", "government-of-mali")  # army and its government
    assert not same_side("jnim", "csp-dpa")
    assert not same_side("mnla", "hcua")  # two members of one coalition are not one actor
    _fuse(store, {
        "a": [mention("a", 0, side1=["mnla"], side2=["fama"])],
        "b": [mention("b", 0, side1=["coordination-of-azawad-movements"], side2=["fama"])],
        "c": [mention("c", 0, side1=["azawad-liberation-front"], side2=["fama"])],
    })
    (event,) = store.list_events()
    assert not any(d.kind == "perpetrator" for d in event.disputes)


def test_fatality_range_keeps_each_qualified_figure():
    # "at least 15 killed and arrested" is a floor; "at least 17" killed the best agreed figure
    figures = [deaths(15, None, "at least 15", kind="killed_or_captured"), deaths(17, None, "at least 17")]
    assert consensus_fatalities(figures) == (15, 17, 17)
    # "7" and "between 10 and 20": low the smallest, high the largest stated
    assert consensus_fatalities([deaths(7, 7), deaths(10, 20)]) == (7, 7, 20)


# -- when a change of hands takes effect ---------------------------------------------------------


def _transfer(mentions, event_id="e1"):
    return build_event(event_id, mentions, {}, lambda a: a or "")


def test_change_takes_effect_at_the_end_of_a_precise_window_or_its_latest_precise_report():
    weekend = mention("a", 0, sub=NSA, side1=["fla"], side2=["ac"], date=interval("2026-04-25", "2026-04-26"))
    confirmed = mention("a", 300, sub=NSA, side1=["fla"], side2=["ac"],
                        date=interval("2026-04-21", "2026-04-28", "week"))
    event = _transfer([weekend, confirmed])
    assert event.date.earliest == dt.date(2026, 4, 25) and event.date.latest == dt.date(2026, 4, 26)
    assert change_day(event) == dt.date(2026, 4, 26)
    dates = {m.mention_id: m.date for m in (weekend, confirmed)}
    assert change_day(event, dates) == dt.date(2026, 4, 28)  # "confirmed Tuesday": over by Tuesday
    # a coarse window ("since 2014", a year) dates the change at its start
    since = _transfer([mention("b", 0, sub=NSA, side1=["cma"], date=interval("2014-01-01", "2014-12-31"),
                               modality="background")], "e0")
    assert change_day(since) == dt.date(2014, 1, 1)
    periods = derive_periods([since, _transfer([mention("c", 0, sub=GOV, side1=["fama"], side2=["cma"],
                                                       date="2023-11-14")], "e2"),
                              event], report_dates=dates)
    assert holder_on(periods, dt.date(2026, 4, 27)).holder == "fama"
    assert holder_on(periods, dt.date(2026, 4, 28)).holder == "fla"
    assert holder_on(periods, dt.date(2020, 1, 1)).holder == "cma"


# -- a victory claim about the battle against the retreat from its town ---------------------------


def _offensive_and_retreat():
    """One article tells the garrison forced out of the town; another the defender's claim that it
    won the battle there (two events: the fighting, and the change of hands days later)."""
    return {
        "a": [mention("a", 0, sub=NSA, side1=["fla"], side2=["africa-corps"], date=interval("2026-04-25", "2026-04-28"),
                      version="forced_withdrawal", modality="claim", source_actor="russia")],
        "b": [mention("b", 0, side1=["fla", "jnim"], side2=["africa-corps"], date="2026-04-25", place_id="gn:kidal"),
              mention("b", 300, side1=["fla"], side2=["africa-corps"], date="2026-04-25", place_id="gn:mali",
                      version="defender_victory", modality="claim", source_actor="russia")],
    }


def test_defender_victory_claim_disputes_the_retreat_from_the_battles_town(store):
    _fuse(store, _offensive_and_retreat())
    events = store.list_events()
    assert len(events) == 2
    (retreat,) = [e for e in events if e.sub_event_type == NSA]
    (battle,) = [e for e in events if e.sub_event_type == "Armed clash"]
    (dispute,) = retreat.disputes
    assert dispute.kind == "outcome" and retreat.disputed
    assert {(v.label, tuple(v.mention_ids), tuple(v.outlets)) for v in dispute.versions} == {
        ("forced_withdrawal", ("a:0",), ("Outlet a",)), ("defender_victory", ("b:300",), ("Outlet b",))}
    # the battle keeps its own reports; the retreat's reports stay its own
    assert {r.mention_id for r in battle.reports} == {"b:0", "b:300"}
    assert {r.mention_id for r in retreat.reports} == {"a:0"} and retreat.source_count == 1
    assert "defender victory" in retreat.notes


def test_linked_dispute_is_the_same_in_any_arrival_order_and_goes_with_the_claim():
    from .test_incremental import canonical

    from sitrep.store import Store

    docs = _offensive_and_retreat()
    results = []
    for order in (["a", "b"], ["b", "a"]):
        s = Store(":memory:")
        for doc_id in order:
            add_doc(s, doc_id, outlet=f"Outlet {doc_id}")
            s.save_analysis(analysis(doc_id, docs[doc_id]))
            fuse_documents(s, [doc_id])
        results.append(canonical(s))
        # the claim is re-analysed away: the retreat is no longer disputed
        s.save_analysis(analysis("b", docs["b"][:1]))
        fuse_documents(s, ["b"])
        (retreat,) = [e for e in s.list_events() if e.sub_event_type == NSA]
        assert not retreat.disputed and retreat.disputes == []
        assert fuse_documents(s, ["a", "b"]) == 0  # fusing again changes nothing
    assert results[0] == results[1]


@pytest.mark.parametrize("change", ["claimant", "dates"])
def test_no_link_when_the_claimant_is_not_the_side_that_lost_or_the_dates_do_not_meet(store, change):
    docs = _offensive_and_retreat()
    if change == "claimant":  # the defender that claims victory is not who left the town
        docs["b"] = [m.model_copy(update={"side2": ["fama-unrelated"]}) for m in docs["b"]]
    else:  # a battle two weeks later
        docs["b"] = [m.model_copy(update={"date": interval("2026-05-10")}) for m in docs["b"]]
    _fuse(store, docs)
    (retreat,) = [e for e in store.list_events() if e.sub_event_type == NSA]
    assert not retreat.disputed


def test_a_report_never_puts_one_camp_on_both_sides():
    from sitrep.fuse.consensus import consensus_actors
    from sitrep.fuse.disputes import coherent_side1

    # "the troops have fled", read with the government as the attacker of its own army
    misread = mention("a", 0, sub=NSA, side1=["government-of-mali"], side2=["malian-armed-forces", "wagner"])
    assert coherent_side1(misread) == ([], [])
    taken = mention("a", 200, sub=NSA, side1=["csp-dpa"], side2=["malian-armed-forces"])
    fighting = mention("a", 400, side1=["malian-armed-forces"], side2=["csp-dpa"])
    # the army: side 2 in two reports, side 1 in one (same source): it goes where most reports put it
    actor1, assoc1, actor2, assoc2 = consensus_actors([misread, taken, fighting], {}, NSA)
    assert actor1 == "csp-dpa" and "government-of-mali" not in (actor1, *assoc1)
    assert actor2 == "malian-armed-forces" and "wagner" in assoc2


def test_a_misread_attacker_is_no_perpetrator_version(store):
    _fuse(store, {
        "a": [mention("a", 0, side1=["csp-dpa"], side2=["malian-armed-forces"]),
              mention("a", 200, side1=["government-of-mali"], side2=["malian-armed-forces"])],
        "b": [mention("b", 0, side1=["jnim"], side2=["malian-armed-forces"])],
    })
    (event,) = store.list_events()
    (dispute,) = [d for d in event.disputes if d.kind == "perpetrator"]
    assert sorted(v.label for v in dispute.versions) == ["perpetrator: CSP-DPA", "perpetrator: JNIM"]


def _battles_and_retreats(seed: int) -> dict[str, list]:
    """Random articles of battles with victory claims and retreats at two towns over a few days:
    many transfers get linked claims (the general incremental test rarely makes one)."""
    import random

    rng = random.Random(seed)
    docs = {}
    for d in range(12):
        doc_id = f"doc{d:02d}"
        ms = []
        for k in range(rng.randint(1, 3)):
            retreat = rng.random() < 0.4
            m = mention(
                doc_id, 100 * k, sub=NSA if retreat else "Armed clash",
                side1=["fla"], side2=[rng.choice(["africa-corps", "fama"])],
                place_id=rng.choice(["gn:kidal", "gn:gao"]),
                date=(interval("2026-04-24", "2026-04-28", "week") if retreat
                      else interval(f"2026-04-{rng.choice([20, 22, 25, 27]):02d}")),
                version=("forced_withdrawal" if retreat else rng.choice(["", "defender_victory"])),
                modality="claim", source_actor=rng.choice(["russia", "fla"]))
            # the battles' town is told in another sentence: they stay apart from the retreats
            ms.append(m if retreat else _elsewhere(m, m.place.place_id, 100 * k + 50))
        docs[doc_id] = ms
    return docs


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_linked_disputes_do_not_depend_on_arrival_order(seed):
    import random

    from .test_incremental import canonical, fused_one_by_one, fused_together

    from sitrep.fuse import rebuild
    from sitrep.fuse.episodes import _cites_others

    docs = _battles_and_retreats(seed)
    together = fused_together(docs)
    expected = canonical(together)
    assert any(_cites_others(e) for e in together.list_events())  # the rule is exercised
    order = sorted(docs)
    random.Random(seed).shuffle(order)
    one_by_one = fused_one_by_one(docs, order)
    assert canonical(one_by_one) == expected
    # re-analyse two articles without their claims, then compare with a fresh fusion
    for doc_id in order[:2]:
        docs[doc_id] = [m for m in docs[doc_id] if m.version != "defender_victory"] or docs[doc_id][:1]
        one_by_one.save_analysis(analysis(doc_id, docs[doc_id]))
        fuse_documents(one_by_one, [doc_id])
    fresh = fused_together(docs)
    assert canonical(one_by_one) == canonical(fresh)
    rebuild(one_by_one)
    assert canonical(one_by_one) == canonical(fresh)
