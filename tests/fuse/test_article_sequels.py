"""One article's later sentences tell more of the incident it dated, not new incidents.

- "The blast struck a military escort … and the soldiers then came under fire": a clash told after
  the dated roadside bomb, dating nothing itself, is the bomb's next act (another violent type);
- "The General Staff described reports of a blockade as propaganda": a party's statement naming
  only its own camp is a reaction to the article's incident, and names none of its parties."""

from __future__ import annotations

from .fuse_factory import mention
from .test_incremental import fused_together
from sitrep.fuse.match import is_weak, own_camp_statement, same_event


def _undated(m):
    return m.model_copy(update={"date_from_publication": True})


def _bomb(doc: str = "a"):
    return mention(doc, 0, etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
                   side2=["malian-armed-forces"], place_id="gn:kidal-region", date="2024-07-26")


def _fire(doc: str = "a", start: int = 300):
    return _undated(mention(doc, start, side1=["malian-armed-forces"], place_id="gn:tinz", date="2024-07-27"))


def test_clash_told_after_the_dated_blast_is_its_next_act():
    bomb, fire = _bomb(), _fire()
    assert same_event(bomb, fire) and same_event(fire, bomb)
    events = fused_together({"a": [bomb, fire]}).list_events()
    assert len(events) == 1 and len(events[0].reports) == 2


def test_clash_told_before_the_dated_blast_stays_apart():
    # a round-up's earlier story, told before the incident it dates
    bomb = _bomb().model_copy(update={"mention_id": "a:500", "span": _bomb().span.model_copy(
        update={"char_start": 500, "char_end": 540})})
    assert not same_event(bomb, _fire(start=300))


def test_undated_clash_of_another_article_does_not_join_by_type_slack():
    assert not same_event(_bomb("a"), _fire("b"))


def _burning(start: int = 0):
    return mention("t", start, etype="Strategic developments", sub="Looting/property destruction",
                   side1=["jnim"], side2=["civilians"], place_id="gn:gao", date="2024-07-26")


def _propaganda(start: int = 400):
    return _undated(mention("t", start, etype="Strategic developments", sub="Other", side2=["government-of-mali"],
                            place_id=None, date="2024-07-28", modality="claim",
                            source_actor="malian-armed-forces"))


def test_a_partys_statement_is_a_detail_of_its_articles_incident():
    statement = _propaganda()
    assert own_camp_statement(statement) and is_weak(statement)
    events = fused_together({"t": [_burning(), statement]}).list_events()
    assert len(events) == 1
    event = events[0]
    assert len(event.reports) == 2
    assert "government-of-mali" not in {event.actor1, event.actor2, *event.assoc_actor_1, *event.assoc_actor_2}


def test_a_statement_naming_another_party_is_not_a_detail():
    statement = _propaganda().model_copy(update={"side1": ["jnim"]})
    assert not own_camp_statement(statement)
