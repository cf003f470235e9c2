"""ACLED names a village's armed men after the village ("Nando Communal Militia (Burkina Faso)"); the base holds no
militia per village, so such a name resolves to the country's communal militia (``knowledge/actors.py``)."""

from __future__ import annotations

import pytest

from sitrep.knowledge.actors import load_actor_base


@pytest.fixture(scope="module")
def base():
    return load_actor_base()


@pytest.mark.parametrize("name, actor", [
    ("Tenemakanda Communal Militia (Mali)", "unidentified-communal-militia-mali"),
    ("Sanwara Communal Militia (Burkina Faso)", "unidentified-communal-militia-burkina-faso"),
    ("Dozo Communal Militia (Mali)", "dozo-militia"),  # a name the base holds keeps its actor
])
def test_locality_militia_resolves_to_the_countrys_communal_militia(base, name, actor):
    assert base.resolve(name)[0] == actor


def test_other_unknown_names_stay_unknown(base):
    assert base.resolve("Tenemakanda Youth Association (Mali)") is None
    assert base.resolve("Communal Militia (Atlantis)") is None
