"""Codebook rules by who acted against whom and by what means, on sentences written for this test (none from
the tuning or dev notes), each rule in more than one phrasing, with the contrast that must not move:

- people taken and then killed (by pronoun, or found dead after) are an attack, not an arrest or an abduction;
- a victim killed in a raid or a theft (a pronoun, a throat slit) makes the raid an attack;
- a fight between two communities (herders and farmers, two villages) is an armed clash; between kin a riot;
- aircraft supporting a ground fight leave it an armed clash; the attack a reprisal answers is not its victim;
- a crowd that demands something and ransacks is a violent demonstration; force on a crowd that burned is too;
- a protest of violence done to others is peaceful; "dispersed" with no one intervening is no intervention;
- a coder's "Non-violent activity:" note whose words name no development stays Other.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from sitrep.analyse.events.circumstances import air_support_of_a_fight, without_answered_attack
from sitrep.analyse.events.communal import communities_fighting
from sitrep.analyse.events.fates import bodies_of_the_taken, taken_then_killed, victim_killed
from sitrep.analyse.events.protest_causes import crowd_turned_violent, intervener_named

from .conftest import first_coding


# the most confident event of a text published on 1 June 2024
_first = partial(first_coding, published=dt.date(2024, 6, 1))


@pytest.mark.parametrize("text, expected", [
    ("On 2 May 2024, gendarmes detained three young men at the bus station of Gassan and executed them behind the "
     "gendarmerie the same night.", ("Violence against civilians", "Attack")),
    ("On 3 May 2024, armed men abducted a nurse on the road to Kiembara. His body was recovered two days later.",
     ("Violence against civilians", "Attack")),
    ("On 4 May 2024, armed men abducted a nurse on the road to Kiembara. His family has had no news of him.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("On 5 May 2024, gunmen took the goats of a shepherd near Gassan and killed him when he tried to stop them.",
     ("Violence against civilians", "Attack")),
    ("On 6 May 2024, gunmen took the goats of several shepherds near Gassan. Nobody was hurt.",
     ("Strategic developments", "Looting/property destruction")),
    ("On 7 May 2024, a dispute over a well led to a fight between pastoralists of Siby and cultivators of Wara, "
     "who used cutlasses and clubs; three men were killed.", ("Battles", "Armed clash")),
    ("On 8 May 2024, a patrol backed by two helicopters clashed with militants near Siby, killing nine of them.",
     ("Battles", "Armed clash")),
    ("On 9 May 2024, apprentices demanding unpaid wages stormed the town hall of Wara and ransacked the offices.",
     ("Riots", "Violent demonstration")),
    ("On 10 May 2024, hundreds of pupils marched in Wara to condemn the killing of their teacher by gunmen.",
     ("Protests", "Peaceful protest")),
    ("On 11 May 2024, market women rallied in front of the town hall of Siby against a new levy and dispersed "
     "at noon.", ("Protests", "Peaceful protest")),
    ("Non-violent activity: On 13 May 2024, militants ordered the traders of Wara to close their shops during "
     "Friday prayers.", ("Strategic developments", "Other")),
])
def test_first_event_coded_by_its_parties_and_means(default_analyzer, text, expected):
    assert _first(default_analyzer, text) == expected


def test_phrases_of_fates():
    assert taken_then_killed("soldiers rounded up four herders and later shot them near the well")
    assert not taken_then_killed("soldiers rounded up four herders and handed them to the gendarmerie")
    assert bodies_of_the_taken("Their corpses were found in a ditch.") and bodies_of_the_taken("He was later found dead.")
    assert not bodies_of_the_taken("They were released on Sunday.")
    assert victim_killed("looted the shop and stabbed him") and not victim_killed("looted the shop and fled")
    assert victim_killed("burned the granaries; two women lost their lives") and victim_killed("left four herders dead")


def test_phrases_of_communities_and_circumstances():
    assert communities_fighting("clashes between Fulani herders and Dogon farmers left five dead")
    assert not communities_fighting("clashes between soldiers and villagers left five dead")
    assert not communities_fighting("a fight broke out at the market")
    assert air_support_of_a_fight("troops with the support of drones repelled the assault")
    assert not air_support_of_a_fight("a drone strike hit a meeting of militants")
    assert "convoy" not in without_answered_attack("after an attack on their convoy, soldiers killed five villagers")


def test_phrases_of_protests():
    assert crowd_turned_violent("demonstrators torched the prefect's car; police fired live rounds")
    assert not crowd_turned_violent("police fired live rounds on a peaceful march")
    assert intervener_named("the crowd was dispersed with tear gas") and not intervener_named("the crowd dispersed at noon")
