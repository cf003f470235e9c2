"""A distance told with its compass points prefers the homonym pair lying so ("Dori, a village about 45 km south
of Torodi" is Niger's pair, 46 km apart, not Burkina's pair 4 km apart), and a settlement's word between a name and
its bracket leaves the bracket qualifying the name ("the village chief of Macina town (Ségou region)")."""

from __future__ import annotations

from sitrep.analyse.events.journey_ends import in_bracket_after
from sitrep.analyse.place_anchors import Link, compass_points, link_between, pin
from sitrep.knowledge.gazetteer import Candidate
from sitrep.model import PlaceMention, Span


def _c(gid: int, country: str, lat: float, lon: float) -> Candidate:
    return Candidate(geonameid=gid, name="X", latitude=lat, longitude=lon, country=country, admin1_code="01",
                     admin2_code=None, feature_class="P", feature_code="PPL", population=0)


def test_a_distance_link_carries_the_figure_and_the_compass_points_told():
    link = link_between(", a village about 45 km south of ", "", [], "en")
    assert link is not None and link.told_km == 45.0 and link.told_bearing == frozenset({"south"})
    assert compass_points(" à 30 km au nord-est de ", "fr") == frozenset({"north", "east"})
    assert compass_points(" à 30 km au sud-ouest de ", "fr") == frozenset({"south", "west"})
    assert compass_points(" qui est à 30 km de ", "fr") == frozenset()  # "est" the verb is no compass point


def test_the_pair_lying_as_told_beats_a_nearer_pair():
    village_bf, town_bf = _c(1, "BF", 14.035, -0.034), _c(2, "BF", 13.997, -0.028)  # 4 km apart, village north
    village_ne, town_ne = _c(3, "NE", 12.707, 1.890), _c(4, "NE", 13.119, 1.799)  # 46 km apart, village south
    link = link_between(", a village about 45 km south of ", "", [], "en")
    xs, ys = pin([village_bf, village_ne], [town_bf, town_ne], link)
    assert [x.geonameid for x in xs] == [3] and [y.geonameid for y in ys] == [4]
    # with no figure told the nearest pair still wins
    xs, _ = pin([village_bf, village_ne], [town_bf, town_ne], Link("near", 70.0))
    assert [x.geonameid for x in xs] == [1]


def test_a_lone_pair_off_the_told_distance_still_agrees():
    xs, _ = pin([_c(1, "BF", 14.035, -0.034)], [_c(2, "BF", 13.997, -0.028)],
                link_between(", about 45 km south of ", "", [], "en"))
    assert [x.geonameid for x in xs] == [1]


def _mention(text: str, name: str) -> PlaceMention:
    s = text.index(name)
    return PlaceMention(span=Span(doc_id="d", char_start=s, char_end=s + len(name)), surface=name, place_id=None, name=name)


def test_a_settlement_word_before_the_bracket_leaves_the_bracket_qualifying_the_name():
    text = "killed the village chief of Macina town (Ségou region) at his home"
    assert in_bracket_after(text, _mention(text, "Macina"), _mention(text, "Ségou"))
    other = "killed the village chief of Macina near the market (Ségou region)"
    assert not in_bracket_after(other, _mention(other, "Macina"), _mention(other, "Ségou"))


def test_a_distance_is_told_from_the_town_not_from_the_area_named_like_it():
    town = _c(10, "ML", 13.4317, -6.2157)
    cercle = Candidate(geonameid=11, name="Segou", latitude=13.6596, longitude=-6.1503, country="ML", admin1_code="01",
                       admin2_code="7701202", feature_class="A", feature_code="ADM2", population=0)
    right, wrong = _c(12, "ML", 13.7021, -6.0659), _c(13, "ML", 13.9160, -5.7233)  # 34 km NE of the town; 54 km NE of the cercle
    xs, _ = pin([right, wrong], [town, cercle], link_between(", about 35 km northeast of ", "", [], "en"))
    assert [x.geonameid for x in xs] == [12]
