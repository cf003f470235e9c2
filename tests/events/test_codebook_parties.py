"""Who did it and to whom decides the ACLED coding, whatever the words (sentences written for this
test, several phrasings of each rule):

- an unorganised crowd (party supporters, students, residents) that attacks, fights or storms is a
  riot, also when its targets are policemen or gendarmes; a crowd that kills armed people is coded
  as a militia (a battle), and villages that fight each other are communal militias;
- an act done "to protest" is the protest, not a plan; words in a clause that tells a plan or the
  time of the main clause ("who had come to arrest", "after a suspect died in custody") yield to
  the deed the main clause tells;
- people in the perpetrators' power (executed, detainees) are unarmed: violence against civilians;
- an arrest whose captives are never accounted for is a forced disappearance;
- a strike or shelling that delivered a poison is a chemical weapon, one aimed at the authors of a
  chemical attack is not;
- a short text that tells of its demonstrators' violence anywhere codes its protest as violent."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.codebook import ARMED_DEAD, CAPTIVES
from sitrep.analyse.events.taking_words import DISAPPEARED
from sitrep.analyse.events.weapons import CHEMICAL


def _coded(analyzer, make_doc, text):
    events = analyzer.analyse(make_doc(text, published=dt.date(2024, 6, 1))).events
    return [(e.event_type, e.sub_event_type) for e in events]


@pytest.mark.parametrize("text, expected", [
    # crowds
    ("Supporters of two rival parties clashed in Gao on Friday, injuring five people.", ("Riots", "Mob violence")),
    ("Students of rival schools fought with sticks in Kidal on Monday.", ("Riots", "Mob violence")),
    ("Villagers attacked and injured two gendarmes who had come to arrest a local leader in Gao.", ("Riots", "Mob violence")),
    ("Residents stormed the police station in Gao and beat two officers after a suspect died in custody.",
     ("Riots", "Mob violence")),
    ("Traders vandalised the offices of the town hall in Gao to protest against a new market tax.",
     ("Riots", "Violent demonstration")),
    ("Youths burned tyres on the main road of Kidal to denounce the insecurity.", ("Riots", "Violent demonstration")),
    # a crowd that kills armed men, villages at war: militias
    ("Villagers killed two policemen who had shot dead a woman in Gao.", ("Battles", "Armed clash")),
    ("Youths from two villages clashed near Gao over a field, killing three people.", ("Battles", "Armed clash")),
    # captives
    ("Soldiers executed nine men they had arrested during a raid on a village near Gao.",
     ("Violence against civilians", "Attack")),
    ("Gunmen killed the hostages they had taken near Kidal.", ("Violence against civilians", "Attack")),
    # disappearance
    ("Relatives said that five men arrested by soldiers near Gao had disappeared.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Security agents arrested a journalist in Bamako and took him to an unknown location.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Police arrested two journalists in Bamako on Tuesday.", ("Strategic developments", "Arrests")),
    # poison
    ("Rebels shelled the district of Gao with rockets carrying a toxic gas, injuring dozens of people.",
     ("Explosions/Remote violence", "Chemical weapon")),
    ("Government helicopters dropped barrels filled with chlorine on Kidal, residents said.",
     ("Explosions/Remote violence", "Chemical weapon")),
    # a unit under fire
    ("A military patrol came under heavy fire near Gao on Sunday; two soldiers were wounded.", ("Battles", "Armed clash")),
])
def test_first_event_coded_by_its_parties(analyzer, make_doc, text, expected):
    coded = _coded(analyzer, make_doc, text)
    assert coded and coded[0] == expected, coded


def test_an_airstrike_on_the_authors_of_a_chemical_attack_is_an_airstrike(analyzer, make_doc):
    text = "The air force launched airstrikes on rebel groups near Gao that it accused of carrying out a chlorine attack."
    assert _coded(analyzer, make_doc, text)[:1] == [("Explosions/Remote violence", "Air/drone strike")]


def test_a_toll_after_the_deed_keeps_the_deed(analyzer, make_doc):
    text = "At least 11 people were killed after two suicide bombers targeted a funeral in Gao on Wednesday."
    assert ("Explosions/Remote violence", "Suicide bomb") in _coded(analyzer, make_doc, text)


@pytest.mark.parametrize("text", [
    "Protests in Gao on Friday. By evening the city centre was the scene of escalating violence.",
    "Hundreds of people protested in Kidal against power cuts. Some of them later clashed with the police and looted shops.",
])
def test_a_short_text_whose_protest_turned_violent(analyzer, make_doc, text):
    assert ("Riots", "Violent demonstration") in _coded(analyzer, make_doc, text)


def test_a_peaceful_short_text_stays_peaceful(analyzer, make_doc):
    text = "Hundreds of people marched peacefully in Gao on Friday against power cuts. The march ended without incident."
    assert _coded(analyzer, make_doc, text)[:1] == [("Protests", "Peaceful protest")]


def test_the_patterns():
    assert CAPTIVES.search("executed nine men") and CAPTIVES.search("the men they had arrested")
    assert CAPTIVES.search("two detainees were shot") and not CAPTIVES.search("the prisoners were released")
    assert DISAPPEARED.search("their whereabouts remain unknown") and DISAPPEARED.search("held incommunicado")
    assert not DISAPPEARED.search("the gunmen fled into the bush")
    assert CHEMICAL.search("mortars filled with chlorine") and not CHEMICAL.search("police fired tear gas")
    assert ARMED_DEAD.search("villagers killed two policemen") and ARMED_DEAD.search("three soldiers were killed")
    assert not ARMED_DEAD.search("villagers injured two gendarmes")
