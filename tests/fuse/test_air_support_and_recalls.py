"""A battle's air support is the battle; a change of hands recalled on its own past day is no event.

« Les FDS, appuyées par les vecteurs aériens, ont repoussé l'attaque » in the army's communiqué and
"militants stormed the base" in a wire are one incident (``air_support_of_the_clash``): ACLED codes the
battle.  A strike with a target of its own, at another town or on another day, stays apart.  "In
November 2023, the army regained control of Kidal", told after an article's news, is background: no
event (``makes_event``), while "a rebel stronghold since 2012" (a held-since year) is kept for control."""

from __future__ import annotations

from .fuse_factory import interval, mention
from sitrep.fuse.build import makes_event
from sitrep.fuse.match import same_event
from sitrep.fuse.match_rules import air_support_of_the_clash

STRIKE = {"etype": "Explosions/Remote violence", "sub": "Air/drone strike"}
REGAINS = {"etype": "Battles", "sub": "Government regains territory"}


def _clash(doc="a", place_id="gn:gao", date="2026-08-09"):
    return mention(doc, 0, side1=["jnim"], side2=["malian-armed-forces"], place_id=place_id, date=date)


def _support(doc="b", place_id="gn:gao", date="2026-08-09", side2=()):
    return mention(doc, 0, side1=["malian-armed-forces"], side2=side2, place_id=place_id, date=date, **STRIKE)


def test_the_defenders_air_support_on_the_day_of_the_clash_is_the_clash():
    assert air_support_of_the_clash(_support(), _clash()) and air_support_of_the_clash(_clash(), _support())
    assert same_event(_support(), _clash()) and same_event(_clash(), _support())
    assert same_event(_support(side2=["jnim"]), _clash())  # the strike on the attackers


def test_a_strike_with_its_own_target_elsewhere_or_another_day_stays_apart():
    assert not air_support_of_the_clash(_support(side2=["civilians-mali"]), _clash())
    assert not air_support_of_the_clash(_support(place_id="gn:kidal"), _clash())
    assert not air_support_of_the_clash(_support(date="2026-08-11"), _clash())
    assert not air_support_of_the_clash(mention("b", 0, side1=["azawad-liberation-front"], place_id="gn:gao",
                                                date="2026-08-09", **STRIKE), _clash())


def test_a_background_support_sentence_joins_nothing():
    recalled = _support(date="2026-08-09")
    recalled.modality = recalled.modality.background
    assert not air_support_of_the_clash(recalled, _clash())


def test_a_change_of_hands_recalled_on_its_own_month_makes_no_event():
    retook = mention("a", 500, side1=["malian-armed-forces"], side2=["azawad-liberation-front"],
                     date=interval("2023-11-01", "2023-11-30", "month"), modality="background", **REGAINS)
    assert not makes_event([retook])


def test_a_place_held_since_a_year_is_kept_for_control():
    held = mention("a", 500, side1=["azawad-liberation-front"], sub="Non-state actor overtakes territory",
                   date=interval("2012-01-01", "2012-12-31", "year"), modality="background")
    assert makes_event([held])
    assert makes_event([mention("a", 0, date="2023-11-14", modality="fact", **REGAINS)])


def test_civilians_read_in_two_countries_are_no_dispute_over_the_target():
    from sitrep.fuse.disputes import target_disputes

    vac = {"etype": "Violence against civilians", "sub": "Attack"}
    ms = [mention("a", 0, side1=["islamic-state-sahel"], side2=["civilians-mali"], **vac),
          mention("b", 0, side1=["islamic-state-sahel"], side2=["civilians-burkina-faso"], **vac)]
    assert target_disputes(ms, {"a": "a", "b": "b"}, {"a": "AP", "b": "Round-up"}, lambda x: x) == []
    ms[1] = mention("b", 0, side1=["islamic-state-sahel"], side2=["malian-armed-forces"], **vac)
    assert [d.kind for d in target_disputes(ms, {"a": "a", "b": "b"}, {"a": "AP", "b": "Round-up"}, lambda x: x)] == ["target"]
