"""Two outlets' codings of one deed that fusion reads as one: a killing read as the burning or abduction its
sentence also tells (``killing_read_as_its_takings``), and a strike a state agency places only in the province or
region of a clash's town (``air_support_of_the_clash`` with an area); a background recall beside its article's
news gives the event no toll (``_recalled_beside_news``)."""

from __future__ import annotations

from .fuse_factory import deaths, mention
from sitrep.fuse.build import _recalled_beside_news
from sitrep.fuse.match import same_event
from sitrep.fuse.match_rules import air_support_of_the_clash, killing_read_as_its_takings

ATTACK = {"etype": "Violence against civilians", "sub": "Attack"}
LOOTING = {"etype": "Strategic developments", "sub": "Looting/property destruction"}
STRIKE = {"etype": "Explosions/Remote violence", "sub": "Air/drone strike"}


def _attack(doc="a", **kw):
    return mention(doc, 0, side1=["jnim"], side2=["civilians-mali"], fatalities=deaths(26), **ATTACK, **kw)


def _burning(doc="b", dead=30, **kw):
    # « une trentaine de personnes tuées … et de greniers incendiés »
    return mention(doc, 0, fatalities=deaths(dead) if dead else None, **LOOTING, **kw)


def test_a_killing_read_as_its_burning_is_the_attack():
    assert killing_read_as_its_takings(_attack(), _burning()) and killing_read_as_its_takings(_burning(), _attack())
    assert same_event(_attack(), _burning())


def test_a_burning_with_no_dead_or_recalled_or_elsewhere_stays_apart():
    assert not killing_read_as_its_takings(_attack(), _burning(dead=None))
    assert not same_event(_attack(), _burning(dead=None))
    assert not killing_read_as_its_takings(_attack(), _burning(modality="background"))
    assert not same_event(_attack(place_id="gn:kidal"), _burning(place_id="gn:tinz"))  # 225 km off
    assert not same_event(_attack(date="2024-07-26"), _burning(date="2024-07-29"))


def _clash(doc="a", place_id="gn:kidal"):
    return mention(doc, 0, side1=["jnim"], side2=["malian-armed-forces"], place_id=place_id, date="2026-08-09")


def _area_support(doc="b", place_id="gn:kidal-region", date="2026-08-09", side2=()):
    return mention(doc, 0, side1=["malian-armed-forces"], side2=side2, place_id=place_id, date=date, **STRIKE)


def test_an_agencys_strike_in_the_area_of_the_clashs_town_is_its_air_support():
    assert air_support_of_the_clash(_area_support(), _clash()) and air_support_of_the_clash(_clash(), _area_support())
    assert same_event(_area_support(), _clash())


def test_an_area_strike_of_another_region_day_target_or_the_country_stays_apart():
    assert not air_support_of_the_clash(_area_support(), _clash(place_id="gn:gao"))  # Gao is no town of Kidal region
    assert not air_support_of_the_clash(_area_support(date="2026-08-11"), _clash())
    assert not air_support_of_the_clash(_area_support(side2=["civilians-mali"]), _clash())
    assert not air_support_of_the_clash(_area_support(place_id="gn:mali"), _clash())
    assert not air_support_of_the_clash(_area_support(doc="a"), _clash())  # one article names its own places


def test_a_recall_beside_its_articles_news_gives_no_toll():
    news = _attack()
    recall = mention("a", 500, side2=["civilians-mali"], fatalities=deaths(1000), modality="background", **ATTACK)
    assert _recalled_beside_news(recall, [news, recall])
    assert not _recalled_beside_news(news, [news, recall])
    # an article that only recalls the event is a source of its toll
    other = mention("c", 500, side2=["civilians-mali"], fatalities=deaths(26), modality="background", **ATTACK)
    assert not _recalled_beside_news(other, [news, other])
