"""One incident told with its aftermath, and a blast told under either end of its road.

- An article tells an attack, then what came with it and after it: the assailants looted and burned
  shops, the army sent reinforcements or deployed units.  Those deeds are part of the attack's
  event (they add no event) and vote on none of its sides (the unit sent after a mine is no party).
  Told alone, in an article with no violence, the same deed stays an event.
- A mine on the road between two towns ~55 km apart is told by one outlet under one end and by
  another under the other: one blast when the days meet and a party ties them; two blasts days
  apart, or in two countries, stay apart."""

from __future__ import annotations

from .fuse_factory import PLACES, mention
from .test_incremental import fused_one_by_one, fused_together
from sitrep.fuse.aftermath import aftermath_target, is_aftermath
from sitrep.fuse.match import same_event
from sitrep.fuse.nearness import road_ends

PLACES.setdefault("gn:road-end-a", ("Road End A", 12.4756, 1.5116, "Est", 1, "PPL"))
PLACES.setdefault("gn:road-end-b", ("Road End B", 12.0731, 1.7884, "Est", 1, "PPLA2"))   # ~54 km from A
PLACES.setdefault("gn:far-town", ("Far Town", 13.30, 2.60, "Est", 1, "PPL"))              # ~150 km from A


def _attack(doc: str = "a", start: int = 0):
    return mention(doc, start, side1=["jnim"], side2=["vdp"], place_id="gn:gao", date="2024-07-26")


def _looting(doc: str = "a", start: int = 300, **kw):
    return mention(doc, start, etype="Strategic developments", sub="Looting/property destruction",
                   side1=["jnim"], side2=["civilians"], place_id="gn:gao", date="2024-07-26", **kw)


def _reinforcement(doc: str = "a", start: int = 500):
    return mention(doc, start, etype="Strategic developments", sub="Change to group/activity",
                   side1=["malian-armed-forces"], place_id="gn:gao", date="2024-07-28")


def test_looting_and_reinforcement_told_with_the_attack_are_part_of_it():
    attack, loot, sent = _attack(), _looting(), _reinforcement()
    assert is_aftermath(loot) and is_aftermath(sent) and not is_aftermath(attack)
    assert aftermath_target(loot, [attack, loot, sent]) == attack
    assert aftermath_target(sent, [attack, loot, sent]) == attack
    events = fused_together({"a": [attack, loot, sent]}).list_events()
    assert len(events) == 1 and events[0].event_type == "Battles" and len(events[0].reports) == 3


def test_the_aftermath_votes_on_no_side():
    attack = _attack()
    attack = attack.model_copy(update={"side2": []})
    sent = _reinforcement()
    events = fused_together({"a": [attack, sent]}).list_events()
    assert len(events) == 1
    assert events[0].actor2 != "malian-armed-forces" and "malian-armed-forces" not in (events[0].actor1, *events[0].assoc_actor_1, *events[0].assoc_actor_2)


def test_looting_told_before_the_attack_sentence_joins_it_too():
    loot, attack = _looting(start=0), _attack(start=200)
    assert aftermath_target(loot, [loot, attack]) == attack


def test_looting_alone_is_an_event():
    events = fused_together({"b": [_looting("b", 0)]}).list_events()
    assert len(events) == 1 and events[0].sub_event_type == "Looting/property destruction"


def test_a_recalled_looting_or_one_elsewhere_is_no_aftermath():
    attack = _attack()
    old = _looting(modality="background")
    assert aftermath_target(old, [attack, old]) is None
    elsewhere = _looting().model_copy(update={"place": _attack("a", 0).place.model_copy(update={
        "place_id": "gn:tinz", "latitude": 19.96, "longitude": 2.86})})
    assert aftermath_target(elsewhere, [attack, elsewhere]) is None


def test_the_aftermath_joins_whatever_order_the_articles_come_in():
    docs = {"a": [_attack(), _looting()], "b": [_attack("b", 0)]}
    for order in (["a", "b"], ["b", "a"]):
        assert len(fused_one_by_one(docs, order).list_events()) == 1


def _blast(doc: str, place_id: str, date: str = "2026-10-22", side1=("unidentified-armed-group-burkina-faso",)):
    m = mention(doc, 0, etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED", side1=side1,
                place_id=place_id, date=date)
    return m.model_copy(update={"place": m.place.model_copy(update={"country": "BF"})})


def test_a_blast_told_under_either_end_of_its_road_is_one_blast():
    a, b = _blast("x", "gn:road-end-a"), _blast("y", "gn:road-end-b")
    assert road_ends(a, b) and same_event(a, b)
    assert len(fused_together({"x": [a], "y": [b]}).list_events()) == 1


def test_blasts_days_apart_far_apart_or_untied_stay_apart():
    a = _blast("x", "gn:road-end-a")
    assert not same_event(a, _blast("y", "gn:road-end-b", date="2026-10-26"))
    assert not road_ends(a, _blast("y", "gn:far-town"))
    assert not same_event(a, _blast("y", "gn:road-end-b", side1=("islamic-state-sahel",)))
    clash = mention("y", 0, side1=["jnim"], place_id="gn:road-end-b", date="2026-10-22")
    assert not road_ends(a, clash)


def _undated(m):
    return m.model_copy(update={"date_from_publication": True})


def test_a_deed_whose_article_missed_the_attack_joins_the_attack_told_elsewhere():
    """An outlet whose account of the attack the analysis missed tells only "they burned the camp",
    dated by its article: it is the aftermath of the other outlet's attack at that very town."""
    burned = _undated(_looting("r", 0).model_copy(update={"side1": ["civilians"], "side2": [],
                                                          "date": _attack().date.model_copy(update={
                                                              "earliest": _attack().date.earliest.replace(day=28),
                                                              "latest": _attack().date.latest.replace(day=28)})}))
    events = fused_together({"a": [_attack()], "r": [burned]}).list_events()
    assert len(events) == 1 and events[0].event_type == "Battles"


def test_a_deed_told_with_its_own_attack_does_not_chain_the_towns_other_incident():
    """An air strike at a town, then the next day an ambush there whose article tells trucks burned:
    the burning is the ambush's, and it must not tie the strike to the ambush."""
    strike = mention("s", 0, etype="Explosions/Remote violence", sub="Air/drone strike",
                     side1=["malian-armed-forces"], place_id="gn:gao", date="2024-07-25")
    ambush = mention("b", 0, side1=["jnim"], side2=["malian-armed-forces"], place_id="gn:gao", date="2024-07-26")
    burned = _undated(_looting("b", 300).model_copy(update={"side1": [], "side2": []}))
    events = fused_together({"s": [strike], "b": [ambush, burned]}).list_events()
    assert sorted(e.event_type for e in events) == ["Battles", "Explosions/Remote violence"]


def test_a_deed_told_under_the_neighbouring_village_joins_the_attack_but_not_one_further_off():
    """A weekly names the garrison town next to the post attacked ("residents of Sevare", 10 km from Fatoma)
    and tells only "attackers burning army vehicles": the attack's aftermath; a village 20 km off is not."""
    from sitrep.fuse.aftermath import aftermath_told_elsewhere

    attack = mention("a", 0, side1=["jnim"], side2=["vdp"], place_id="gn:village-a", date="2024-07-26")
    near = _undated(_looting("r", 0).model_copy(update={"side1": [], "side2": []}))
    near = near.model_copy(update={"place": mention("r", 0, place_id="gn:hamlet").place})        # ~8 km off
    far = near.model_copy(update={"place": mention("r", 0, place_id="gn:village-b").place})      # ~20 km off
    assert aftermath_told_elsewhere(near, attack) and aftermath_told_elsewhere(attack, near)
    assert not aftermath_told_elsewhere(far, attack)
