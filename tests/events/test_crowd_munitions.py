"""Shells and grenades made for crowds (tear gas, stun) are forces acting on a crowd, not weapons of war; a
grenade or shell that is one stays what it is.  Sentences written here."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from .conftest import most_confident_event

DAY = dt.date(2025, 5, 27)


# the most confident event of a text published on DAY
_first = partial(most_confident_event, published=DAY)


@pytest.mark.parametrize("text, sub", [
    ("Riot police fired tear gas shells at cotton growers demanding higher prices in Koutiala, injuring nine.",
     "Excessive force against protesters"),
    ("Police lobbed stun grenades at hundreds of teachers rallying outside the ministry in Niamey.",
     "Protest with intervention"),
    ("La police a lancé des grenades lacrymogènes sur des commerçants qui protestaient devant la mairie de Kayes.",
     "Protest with intervention"),
])
def test_crowd_munitions_are_force_on_a_crowd(analyzer, text, sub):
    event = _first(analyzer, text)
    assert event is not None and event.sub_event_type == sub, event and event.sub_event_type


@pytest.mark.parametrize("text", [
    "Militants fired mortar shells at the army camp in Boni, wounding three soldiers.",
    "A man threw a grenade into a bar in Gao, wounding four customers.",
])
def test_weapons_of_war_stay_weapons(analyzer, text):
    event = _first(analyzer, text)
    assert event is not None and event.event_type == "Explosions/Remote violence", event and event.sub_event_type
