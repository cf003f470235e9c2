"""A recalled incident joins another article's report only at its place (``match.same_event``: "In October, JNIM
killed 16 soldiers near Hombori" shares the army and the region with a massacre elsewhere in the region, and is not
it), and the mine a story tells after its ambush, placed by the ambush's own sentence, is that ambush
(``match_rules.mine_told_in_its_ambush_story``)."""

from __future__ import annotations

from .fuse_factory import mention, place
from sitrep.fuse.match import same_event
from sitrep.fuse.match_rules import mine_told_in_its_ambush_story
from sitrep.fuse.why_apart import explain_pair
from sitrep.knowledge.actor_knowledge import or_configured

MINE = {"etype": "Explosions/Remote violence", "sub": "Remote explosive/landmine/IED"}


def _region_report(doc="a"):
    # an army statement placed only in the region, dated by a week
    return mention(doc, 0, side1=["malian-armed-forces"], place_id="gn:kidal-region", date="2024-07-20",
                   modality="claim", source_actor="malian-armed-forces")


def _recall(doc="b", place_id="gn:tinz", date="2024-07-01"):
    from .fuse_factory import interval
    return mention(doc, 500, side1=["jnim"], side2=["malian-armed-forces"], place_id=place_id,
                   date=interval(date, "2024-07-31", "month"), modality="background")


def test_a_recall_at_another_town_of_the_region_joins_no_other_articles_report():
    assert not same_event(_region_report(), _recall())
    assert not same_event(_recall(), _region_report())
    why = explain_pair(_region_report(), _recall())
    assert any(t.rule == "recalled_at_its_place" and not t.ok for t in why.tests)


def test_a_recall_at_the_reports_own_place_still_joins_it():
    report = mention("a", 0, side1=["jnim"], side2=["malian-armed-forces"], place_id="gn:tinz", date="2024-07-05")
    assert same_event(report, _recall())


def _ambush(start=0):
    return mention("s", start, side1=["jnim"], side2=["malian-armed-forces"], place_id="gn:gao", date="2026-11-16",
                   length=120)


def _mine_after(start=200, placed_by_ambush=True, date="2026-11-16"):
    m = mention("s", start, side1=["jnim"], side2=["malian-armed-forces"], place_id="gn:gao", date=date, **MINE)
    if placed_by_ambush:  # the sentence names no town: its place is the ambush sentence's
        m = m.model_copy(update={"place": place("gn:gao", "s", 0)})
    return m


def test_the_mine_a_story_tells_after_its_ambush_is_that_ambush():
    assert mine_told_in_its_ambush_story(_ambush(), _mine_after(), or_configured(None))
    assert same_event(_mine_after(), _ambush())


def test_a_mine_named_at_its_own_town_or_on_another_day_is_not_read_so():
    knowledge = or_configured(None)
    assert not mine_told_in_its_ambush_story(_ambush(), _mine_after(placed_by_ambush=False), knowledge)
    assert not mine_told_in_its_ambush_story(_ambush(), _mine_after(date="2026-11-18"), knowledge)
    assert not mine_told_in_its_ambush_story(_ambush(start=300), _mine_after(start=0), knowledge)  # told before it
