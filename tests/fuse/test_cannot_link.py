"""Cannot-link: two reports that cannot be one event never end up in one, whatever chain of
matching reports ties them, and the cut does not depend on the order documents arrive in."""

from __future__ import annotations

import itertools

import pytest

from .fuse_factory import interval, mention
from .test_incremental import canonical, fused_one_by_one, fused_together
from sitrep.fuse.match import cannot_link, same_event

TAKEN, RETAKEN = "Non-state actor overtakes territory", "Government regains territory"


def _undated(m):
    """A report its text does not date: it stands for the week before its article's day."""
    m.date_from_publication = True
    return m


def chained_docs() -> dict[str, list]:
    """A town taken on the 20th and retaken on the 27th, each told with its fighting, and a third
    article's clash dated only by its publication day (the 27th), which matches both."""
    return {
        "a": [mention("a", 0, sub=TAKEN, side1=["fla"], side2=["fama"], date="2024-07-20"),
              mention("a", 100, side1=["fla"], side2=["fama"], date="2024-07-20")],
        "b": [mention("b", 0, sub=RETAKEN, side1=["fama"], side2=["fla"], date="2024-07-27"),
              mention("b", 100, side1=["fama"], side2=["fla"], date="2024-07-27")],
        "c": [_undated(mention("c", 0, side1=["fama"], side2=["fla"], date="2024-07-27"))],
    }


def test_a_wide_report_matches_both_incidents_but_never_merges_them():
    docs = chained_docs()
    wide = docs["c"][0]
    # the chain exists: the undated clash matches the fighting of both changes of hands
    assert same_event(wide, docs["a"][1]) and same_event(wide, docs["b"][1])
    assert cannot_link(docs["a"][0], docs["b"][0])
    events = fused_together(docs).list_events()
    subtypes = sorted(e.sub_event_type for e in events)
    assert subtypes == sorted([TAKEN, RETAKEN])
    for e in events:
        assert len({r.mention_id for r in e.reports if r.mention_id in ("a:0", "b:0")}) == 1
    # every report found an event
    assert sorted(r.mention_id for e in events for r in e.reports) == ["a:0", "a:100", "b:0", "b:100", "c:0"]


@pytest.mark.parametrize("order", list(itertools.permutations("abc")))
def test_the_cut_does_not_depend_on_arrival_order(order):
    docs = chained_docs()
    assert canonical(fused_one_by_one(docs, list(order))) == canonical(fused_together(docs))


def test_an_incident_set_apart_in_its_article_cannot_join_the_one_beside_it():
    main = mention("d", 0, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence",
                   side2=["fama"], date="2024-07-23")
    apart = mention("d", 200, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence",
                    side2=["civilians"], date="2024-07-23")
    apart.separate = True  # "in a separate explosion near the town on Tuesday"
    assert cannot_link(main, apart) and cannot_link(apart, main)
    # another article's report of the separate incident is not kept from the main one by this rule
    other = mention("e", 0, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence",
                    side2=["fama"], date="2024-07-23")
    assert not cannot_link(other, apart) and not cannot_link(main, other)


def test_opposite_changes_of_hands_cannot_link_but_one_told_twice_can():
    taken = mention("a", 0, sub=TAKEN, side1=["fla"], side2=["fama"], date="2024-07-20")
    told_again = mention("x", 0, sub=TAKEN, side1=["fla"], side2=["fama"], date=interval("2024-07-19", "2024-07-21"))
    retaken = mention("b", 0, sub=RETAKEN, side1=["fama"], side2=["fla"], date="2024-07-27")
    assert cannot_link(taken, retaken)
    assert not cannot_link(taken, told_again)
