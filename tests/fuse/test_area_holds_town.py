"""An area's report (an army statement naming only a province, coded at its seat at precision 3) and a
town's report of the same kind of incident on the same day, within the neighbourhood of that seat: one
event, and ``why-apart`` says why.  Told on other days, of another kind, from the article's day only,
or set apart by its text, they stay apart."""

from __future__ import annotations

from sitrep.fuse.match import same_event
from sitrep.fuse.nearness import area_holds_town
from sitrep.fuse.why_apart import explain_pair

from tests.fuse.fuse_factory import mention


def _area(doc: str = "army", **kw):
    m = mention(doc, 0, side1=["malian-armed-forces"], **kw)
    # "in the Kidal region" as placement codes it: the region's seat, at precision 3
    return m.model_copy(update={"place": m.place.model_copy(update={"geo_precision": 3})})


def _village(doc: str = "local", **kw):
    return mention(doc, 0, place_id="gn:near-kidal", **kw)  # ~23 km from the seat, names no party


def test_area_report_ties_a_town_of_it_on_the_same_day():
    a, b = _area(), _village()
    assert area_holds_town(a, b) and area_holds_town(b, a)
    assert same_event(a, b)
    place = next(t for t in explain_pair(a, b).tests if t.rule == "place")
    assert "an area holds a town" in place.detail


def test_another_day_stays_apart():
    a, b = _area(date="2024-07-26"), _village(date="2024-07-27")
    assert not area_holds_town(a, b)
    assert not same_event(a, b)


def test_another_kind_of_incident_stays_apart():
    a = _area()
    b = _village(etype="Violence against civilians", sub="Attack")
    assert not area_holds_town(a, b)


def test_a_town_far_from_the_seat_is_not_held():
    a, b = _area(), mention("local", 0, place_id="gn:tinz")  # ~225 km from Kidal, same region
    assert not area_holds_town(a, b)
    assert not same_event(a, b)


def test_a_report_set_apart_by_its_text_is_not_held():
    b = _village().model_copy(update={"separate": True})
    assert not area_holds_town(_area(), b)


def test_two_areas_tie_nothing():
    assert not area_holds_town(_area(), _area("other"))
