"""Fusion on multi-outlet wires (tests/data/wires_blind_21): one article's two villages of one cercle, each given its
own day, are two incidents (``nearness.towns_apart_in_one_article``); a report placed only in a region joins the
report elsewhere that gives its very figures (``toll_tie.tolls_agree``) before another fight of the same army that
day.  Each with its limit."""

from __future__ import annotations

from .fuse_factory import deaths, interval, mention
from sitrep.fuse.match import cannot_link, link_strength, same_event
from sitrep.fuse.toll_tie import tolls_agree

GUNMEN, CIVILIANS, ARMY = "unidentified-armed-group-mali", "civilians-mali", "malian-armed-forces"


def _raid(start: int, village: str, day: str, doc: str = "reuters"):
    m = mention(doc, start, sub="Attack", etype="Violence against civilians", side1=[GUNMEN], side2=[CIVILIANS],
                place_id=village, date=day, length=80)
    return m


def test_one_articles_two_villages_each_with_its_own_day_are_two_incidents():
    friday = _raid(0, "gn:village-b", "2027-10-15")
    tuesday = _raid(400, "gn:village-a", "2027-10-12")  # "On Tuesday, at least 17 were killed in A, 20 km south"
    assert cannot_link(friday, tuesday) and not same_event(friday, tuesday)


def test_one_articles_two_villages_told_on_one_day_stay_open():
    lead = _raid(0, "gn:village-b", "2027-10-15")
    near = _raid(400, "gn:village-a", "2027-10-15")
    assert not cannot_link(lead, near)
    # a hamlet 8 km off is the village told under a neighbour's name, whatever its day
    hamlet = _raid(400, "gn:hamlet", "2027-10-12")
    assert not cannot_link(_raid(0, "gn:village-a", "2027-10-15"), hamlet)


def _fight(doc: str, place_id: str, side1=(), side2=(), toll=None):
    return mention(doc, 0, side1=side1, side2=side2, place_id=place_id, date=interval("2027-10-12"),
                   fatalities=toll, length=80)


def test_a_region_report_joins_the_town_report_giving_its_figures():
    region = _fight("tass", "gn:kidal-region", side1=[ARMY], toll=deaths(20, 20, "killing about 20 militants"))
    post = _fight("ap", "gn:village-a", side1=["unidentified-armed-group-mali"],
                  toll=deaths(20, 20, "killing about 20 of the assailants"))
    assert tolls_agree(region, post) and same_event(region, post)
    ambush = _fight("afp", "gn:village-b", side2=[ARMY], toll=deaths(7, None, "at least seven soldiers"))
    assert same_event(region, ambush)  # the army's other fight of the day in the region is a candidate too
    assert link_strength(region, post) < link_strength(region, ambush)  # the figures tie firmer


def test_small_or_differing_figures_tie_nothing():
    region = _fight("tass", "gn:kidal-region", side1=[ARMY], toll=deaths(2, 2, "two soldiers killed"))
    post = _fight("ap", "gn:village-a", side1=["unidentified-armed-group-mali"], toll=deaths(2, 2, "two killed"))
    assert not tolls_agree(region, post) and not same_event(region, post)
    other = _fight("ap", "gn:village-a", side1=["unidentified-armed-group-mali"], toll=deaths(21, 21, "21 killed"))
    big = _fight("tass", "gn:kidal-region", side1=[ARMY], toll=deaths(20, 20, "20 killed"))
    assert not tolls_agree(big, other)
