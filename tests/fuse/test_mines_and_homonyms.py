"""An ambush that opens with a mine, told by one outlet as the mine and by another as the fight
(``match_rules.ambush_opened_by_a_mine``), and a seat's name read once as the seat and once as a homonymous
hamlet nearby (``nearness.one_name_two_readings``): one incident each, while a second ambush on the next day
and two same-named villages stay apart."""

from __future__ import annotations

from .fuse_factory import mention
from sitrep.fuse.match import same_event
from sitrep.fuse.match_rules import ambush_opened_by_a_mine
from sitrep.fuse.nearness import one_name_two_readings
from sitrep.knowledge.actor_knowledge import or_configured
from sitrep.model import PlaceMention, Span

MINE = {"etype": "Explosions/Remote violence", "sub": "Remote explosive/landmine/IED"}


def _mine(doc="a", date="2026-11-16", **kw):
    return mention(doc, 0, side1=["unidentified-armed-group-mali"], side2=["malian-armed-forces"],
                   place_id="gn:gao", date=date, **MINE, **kw)


def _ambush(doc="b", date="2026-11-16", side1=("malian-armed-forces",), start=0):
    return mention(doc, start, side1=side1, place_id="gn:gao", date=date)


def test_a_mine_and_the_fight_of_two_outlets_at_one_town_that_day_are_one_ambush():
    assert ambush_opened_by_a_mine(_mine(), _ambush(), or_configured(None))
    assert same_event(_mine(), _ambush()) and same_event(_ambush(), _mine())


def test_an_ambush_on_the_next_day_on_the_same_road_stays_apart():
    assert not ambush_opened_by_a_mine(_mine(), _ambush(date="2026-11-17"), or_configured(None))
    assert not same_event(_mine(), _ambush(date="2026-11-17"))


def test_without_a_states_forces_or_within_one_article_the_rule_ties_nothing():
    knowledge = or_configured(None)
    assert not ambush_opened_by_a_mine(_mine(), _ambush(side1=("jnim", "azawad-liberation-front")), knowledge)
    assert not ambush_opened_by_a_mine(_mine(doc="a"), _ambush(doc="a", start=300), knowledge)


def _reading(doc: str, place_id: str, lat: float, lon: float, code: str) -> PlaceMention:
    return PlaceMention(span=Span(doc_id=doc, char_start=0, char_end=6), surface="Macina", place_id=place_id,
                        name="Macina", latitude=lat, longitude=lon, country="ML", admin1="Segou",
                        geo_precision=1, feature_code=code)


def _at(doc: str, p: PlaceMention):
    m = mention(doc, 0, side2=["malian-gendarmerie"], place_id=None, date="2026-11-26")
    return m.model_copy(update={"place": p})


SEAT = ("gn:seat", 13.964, -5.358, "PPLA2")
HAMLET_40_KM = ("gn:hamlet-west", 13.994, -5.733, "PPL")
HAMLET_90_KM = ("gn:hamlet-far", 14.0, -6.19, "PPL")


def test_a_seats_name_read_as_a_hamlet_40_km_off_is_one_name():
    a, b = _at("a", _reading("a", *SEAT)), _at("b", _reading("b", *HAMLET_40_KM))
    assert one_name_two_readings(a, b) and one_name_two_readings(b, a)
    assert same_event(a, b)


def test_two_hamlets_of_one_name_or_a_homonym_far_off_stay_two_places():
    a, b = _at("a", _reading("a", *HAMLET_40_KM)), _at("b", _reading("b", "gn:hamlet-2", 14.2, -5.6, "PPL"))
    assert not one_name_two_readings(a, b)
    assert not one_name_two_readings(_at("a", _reading("a", *SEAT)), _at("b", _reading("b", *HAMLET_90_KM)))
