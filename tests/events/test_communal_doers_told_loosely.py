"""A community's armed men told loosely in the older Sahel notes (``events/communal_sides.py``): "a <people>
group" attacking is that people's ethnic militia, and locals "from a village near X", "armed with" something
between commas, who "repelled" gunmen are the country's communal militia; a "group" of no people stays whoever
the parse found.  Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from sitrep.analyse.fatalities import find_fatalities

from .conftest import most_confident_event


# the most confident event of a text published on 20 June 2025
_first = partial(most_confident_event, published=dt.date(2025, 6, 20))


@pytest.mark.parametrize("text, militia", [
    ("On 3 June 2025 a Fulani group attacked Bambara farmers working their fields near Djenne (Mopti); two "
     "farmers and one attacker died.", "fulani-militia"),
    ("A Peul group attacked Dogon hunters guarding a well near Bandiagara (Mopti) on 3 June 2025; four hunters died.",
     "fulani-militia"),
    ("Residents from a hamlet outside Titao, equipped with old rifles, repulsed armed men on motorbikes on "
     "8 June 2025, killing two of them.", "unidentified-communal-militia-burkina-faso"),
])
def test_loosely_told_community_men_are_its_militia(default_analyzer, text, militia):
    e = _first(default_analyzer, text)
    assert any(a.startswith(militia) for a in e.side1), (text, e.side1)


def test_a_group_of_no_people_is_no_militia(default_analyzer):
    e = _first(default_analyzer, "An armed group attacked a gendarmerie post near Sebba (Yagha) on 2 June 2025.")
    assert not any("militia" in a for a in e.side1), e.side1


@pytest.mark.parametrize("text", [
    "The imam of Gorom village (Oudalan) was shot dead by unknown men on 4 June 2025.",
    "The mayor of Dori town (Seno) was killed by gunmen on the road on 5 June 2025.",
])
def test_one_office_holder_of_a_bracketed_place_killed_is_one_dead(text):
    killed, _ = find_fatalities(text, "en")
    assert killed is not None and killed.low == 1, text
