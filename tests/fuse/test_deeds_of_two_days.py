"""Two deeds one article tells on two days by two doers (an attack on Saturday, a militia's reprisal the next day in
the same village) are two incidents, even when the article's lead sums both over "the weekend" and matches each
(``sitrep.fuse.other_days``); the army's counter-attack on the day after, between the same two parties, is not set
apart by this rule."""

from __future__ import annotations

from .fuse_factory import add_doc, analysis, deaths, interval, mention

from sitrep.fuse import fuse_documents
from sitrep.fuse.match import cannot_link, may_conflict

VAC = {"sub": "Attack", "etype": "Violence against civilians"}


def _weekend():
    lead = mention("a", 0, **VAC, side2=["civilians-mali"], date=interval("2030-03-02", "2030-03-03"),
                   fatalities=deaths(17, 17, "Seventeen civilians were killed"), place_id="gn:village-a")
    saturday = mention("a", 300, **VAC, side1=["unidentified-armed-group-mali"], side2=["civilians-mali"],
                       date="2030-03-02", fatalities=deaths(6, 6, "killed six villagers"), place_id="gn:village-a")
    sunday = mention("a", 600, **VAC, side1=["dan-na-ambassagou"], side2=["civilians-mali"], date="2030-03-03",
                     fatalities=deaths(11, 11, "killed 11 civilians"), place_id="gn:village-a")
    return lead, saturday, sunday


def test_an_attack_and_the_next_day_s_reprisal_cannot_link():
    _, saturday, sunday = _weekend()
    assert may_conflict(saturday) and may_conflict(sunday)
    assert cannot_link(saturday, sunday)


def test_a_counter_attack_between_the_same_parties_is_not_set_apart_by_days():
    attack = mention("a", 0, side1=["jnim"], side2=["malian-armed-forces"], date="2030-03-02", place_id="gn:village-a")
    riposte = mention("a", 300, side1=["malian-armed-forces"], side2=["jnim"], date="2030-03-03", place_id="gn:village-a")
    assert not cannot_link(attack, riposte)


def test_two_articles_are_left_to_the_other_rules():
    _, saturday, sunday = _weekend()
    other = sunday.model_copy(update={"span": sunday.span.model_copy(update={"doc_id": "b"}), "mention_id": "b:600"})
    assert not cannot_link(saturday, other)


def test_a_lead_summing_the_weekend_does_not_chain_the_two_days(store):
    lead, saturday, sunday = _weekend()
    add_doc(store, "a", outlet="Outlet a")
    store.save_analysis(analysis("a", [lead, saturday, sunday]))
    fuse_documents(store, ["a"])
    events = store.list_events()
    assert len(events) == 2, [(str(e.date.earliest), e.actor1, e.fatalities_low) for e in events]
    assert sorted(e.fatalities_low for e in events) == [6, 11], [(e.actor1, e.fatalities_low) for e in events]
