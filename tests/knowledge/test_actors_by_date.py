"""Descriptions whose actor depends on the date (a renamed or merged group) and on where the story is: the
lineage carries a description forward after a succession and back before the described actor existed;
``follows_lineage: dated`` keeps an undated description on the actor it was coined for."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.errors import SitrepError
from sitrep.knowledge.actors import load_actor_base


@pytest.fixture(scope="module")
def base():
    return load_actor_base()


@pytest.mark.parametrize("phrase", ["Russian mercenaries", "Russian soldiers", "Russian instructors", "Russian paramilitaries"])
@pytest.mark.parametrize("when,expected", [
    (dt.date(2022, 5, 14), "wagner-group"),
    (dt.date(2025, 6, 20), "wagner-group"),  # the exit month itself: the handover is not yet certain
    (dt.date(2025, 9, 3), "africa-corps"),
    (dt.date(2026, 3, 2), "africa-corps"),
    (None, "wagner-group"),  # undated: the actor the description was coined for, not the newest holder
])
def test_russian_forces_in_mali_follow_the_date(base, phrase, when, expected):
    assert base.resolve(phrase, when=when)[0] == expected


@pytest.mark.parametrize("when,expected", [
    (dt.date(2016, 3, 7), "aqim"),  # JNIM was founded in March 2017: al-Qaeda's men before it were AQIM's
    (dt.date(2017, 2, 28), "aqim"),
    (dt.date(2017, 8, 14), "jnim"),
    (dt.date(2024, 1, 1), "jnim"),
    (None, "jnim"),
])
def test_al_qaeda_linked_militants_before_and_after_jnim(base, when, expected):
    assert base.resolve("al-Qaeda-linked militants", when=when)[0] == expected
    assert base.resolve("Al-Qaeda-affiliated group", when=when)[0] == expected


def test_names_never_move_with_the_date(base):
    assert base.resolve("JNIM", when=dt.date(2015, 1, 1))[0] == "jnim"
    assert base.resolve("AQIM", when=dt.date(2024, 1, 1))[0] == "aqim"
    assert base.resolve("Wagner", when=dt.date(2026, 1, 1))[0] == "wagner-group"


def test_undated_lineage_keeps_its_default_holders(base):
    # "Tuareg rebels" (follows_lineage: true) still name the current holder when undated
    assert base.description_holder("mnla", None) == "azawad-liberation-front"
    assert base.description_holder("wagner-group", None) == "wagner-group"
    assert base.description_holder("malian-armed-forces", dt.date(2010, 1, 1)) == "malian-armed-forces"


@pytest.mark.parametrize("phrase", ["men in military uniform", "armed men in uniform", "hommes en tenue militaire"])
def test_men_in_uniform_are_the_unidentified_armed_group(base, phrase):
    assert base.resolve(phrase, countries={"ML"})[0] == "unidentified-armed-group-mali"
    assert base.resolve(phrase, countries={"BF"})[0] == "unidentified-armed-group-burkina-faso"


def _write(tmp_path, body: str):
    path = tmp_path / "actors.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_follows_lineage_takes_true_false_or_dated(tmp_path):
    bad = _write(tmp_path, "actors:\n  - {id: x-group, name: X, kind: rebel_group, follows_lineage: sometimes}\n")
    with pytest.raises(SitrepError, match="follows_lineage"):
        load_actor_base([bad])


def test_operates_in_regions_names_country_and_region(tmp_path):
    bad = _write(tmp_path, "actors:\n  - {id: x-group, name: X, kind: rebel_group, operates_in_regions: [Diffa]}\n")
    with pytest.raises(SitrepError, match="operates_in_regions"):
        load_actor_base([bad])
    good = _write(tmp_path, "actors:\n  - {id: x-group, name: X, kind: rebel_group, operates_in: [NE], "
                            "operates_in_regions: ['NE:Tahoua']}\n")
    assert load_actor_base([good]).operates_in_regions["x-group"] == {"NE": {"tahoua"}}
