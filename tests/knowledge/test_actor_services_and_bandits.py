"""The doers a Sahel note names in its own words resolve to ACLED's actors: the civilian state's armed
services to the country's police, robbers and bandits to its unidentified armed group, donso hunters to
the Dozo militia, the Islamic State's Sahel Province by its long name."""

from __future__ import annotations

import pytest

from sitrep.knowledge.actors import load_actor_base


@pytest.fixture(scope="module")
def base():
    return load_actor_base()


@pytest.mark.parametrize("phrase", ["forest agents", "water and forest agents", "prison guards",
                                    "state security agents", "agents des eaux et forêts"])
def test_state_services_are_the_police(base, phrase):
    assert base.resolve(phrase, countries={"ML"})[0] == "malian-police"


def test_services_of_burkina_faso_are_its_police(base):
    assert base.resolve("forest agents", countries={"BF"})[0] == "burkina-faso-police"


@pytest.mark.parametrize("phrase", ["bandits", "armed robbers", "cattle thieves", "highway bandits", "coupeurs de route"])
def test_robbers_in_the_sahel_are_the_unidentified_armed_group(base, phrase):
    assert base.resolve(phrase, countries={"ML"})[0] == "unidentified-armed-group-mali"
    assert base.resolve(phrase, countries={"NE"})[0] == "unidentified-armed-group-niger"


def test_robbers_need_a_sahel_country(base):
    assert base.resolve("armed robbers", countries={"FR"}) is None


@pytest.mark.parametrize("phrase", ["donso militiamen", "donso hunters", "dozos"])
def test_donso_hunters_are_the_dozo_militia(base, phrase):
    assert base.resolve(phrase, countries={"ML"})[0] == "dozo-militia"


def test_the_sahel_province_by_its_long_name(base):
    assert base.resolve("Sahel Province of the Islamic State")[0] == "islamic-state-sahel"
