"""Fusion on multi-outlet wires (tests/data/wires_blind_23): an attack on a town's market and, three days later, the
army's reprisal in a village of the neighbourhood are two incidents, even when a report dated only by its article's
day (the week before it) matches both (``nearness.towns_on_other_days``); and an event coded as violence against
civilians targets civilians, whatever version named an armed group on side 2 (``consensus.coded_sides``)."""

from __future__ import annotations

import itertools

import pytest

from .fuse_factory import interval, mention
from .test_incremental import canonical, fused_one_by_one, fused_together
from sitrep.fuse.consensus import coded_sides
from sitrep.fuse.match import cannot_link, same_event

GUNMEN, CIVILIANS, ARMY, JNIM = "unidentified-armed-group-mali", "civilians-mali", "malian-armed-forces", "jnim"


def _killing(doc: str, start: int, place_id: str, day: str, side1=(GUNMEN,), from_publication: bool = False):
    m = mention(doc, start, sub="Attack", etype="Violence against civilians", side1=list(side1), side2=[CIVILIANS],
                place_id=place_id, date=interval(day), length=80)
    m.date_from_publication = from_publication
    return m


def _docs() -> dict[str, list]:
    """Tuesday's market attack in village A (AFP), Friday's killings in the hamlet 8 km off (Ukrinform, the army and
    its partners), and TASS's quote of the toll that its text does not date (the week before Friday)."""
    return {
        "afp": [_killing("afp", 0, "gn:village-a", "2024-07-23")],
        "ukr": [_killing("ukr", 0, "gn:hamlet", "2024-07-26", side1=[ARMY])],
        "tass": [_killing("tass", 0, "gn:village-a", "2024-07-26", from_publication=True)],
    }


def test_two_towns_each_dated_to_its_own_day_by_two_articles_cannot_be_one_event():
    docs = _docs()
    tuesday, friday, quote = docs["afp"][0], docs["ukr"][0], docs["tass"][0]
    assert same_event(quote, tuesday) and same_event(quote, friday)  # the chain exists
    assert cannot_link(tuesday, friday)
    events = fused_together(docs).list_events()
    assert len(events) == 2
    assert sorted(len(e.reports) for e in events) == [1, 2]
    (alone,) = [e for e in events if len(e.reports) == 1]
    assert alone.reports[0].mention_id == "ukr:0"  # the undated quote names the market's town: it stays there


@pytest.mark.parametrize("order", list(itertools.permutations(["afp", "ukr", "tass"])))
def test_the_cut_does_not_depend_on_arrival_order(order):
    docs = _docs()
    assert canonical(fused_one_by_one(docs, list(order))) == canonical(fused_together(docs))


def test_its_limits_one_day_one_article_one_town_or_an_undated_report():
    a = _killing("afp", 0, "gn:village-a", "2024-07-23")
    # a weekday read against two outlets' days may be a day off
    assert not cannot_link(a, _killing("ukr", 0, "gn:hamlet", "2024-07-24"))
    # within one article a text date may be the retelling's (``towns_apart_in_one_article`` decides there)
    assert not cannot_link(a, _killing("afp", 400, "gn:hamlet", "2024-07-26"))
    # one town on two days: no place tells two incidents apart here
    assert not cannot_link(a, _killing("ukr", 0, "gn:village-a", "2024-07-26"))
    # a report dated only by its article stands for the week before it
    assert not cannot_link(a, _killing("ukr", 0, "gn:hamlet", "2024-07-26", from_publication=True))


def test_violence_against_civilians_never_targets_an_armed_group():
    # the army's "neutralised 12 terrorists" merged with the residents' "executed seven civilian men"
    one, assoc1, two, assoc2 = coded_sides("Violence against civilians", "Attack", "ML", (ARMY, [], JNIM, []))
    assert one == ARMY and two == CIVILIANS and JNIM not in assoc2
    # a battle keeps it
    assert coded_sides("Battles", "Armed clash", "ML", (ARMY, [], JNIM, []))[2] == JNIM
