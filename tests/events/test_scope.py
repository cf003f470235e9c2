"""Violence outside ACLED's scope (``events/scope.py``) against violence that only looks like it.

``data/scope_snippets.tsv``: snippets written for this test (ids < 100) of harm ACLED does not code — robberies,
carjackings, drug gangs, a neighbour's quarrel, police against ordinary suspects, smugglers; road, rail, boat,
mine and factory accidents, a gas blast, a market fire, soldiers drowned; floods, an earthquake, lightning,
epidemics; sport and business told in war words; figures of speech; verdicts on old violence — and (ids ≥ 100)
ACLED events told with the same words: bandits and gangs of armed men raiding villages, bombs in markets and
stadiums, fighters ambushing a flood-relief convoy, militants attacking a cholera centre, soldiers against
traffickers.  Measured on main before the change: 11 of 48 outside ACLED made a violent event; 40 of 46
look-alikes did.  A second set (ids 49–70 and 147–169): a lone knife attacker whose motive is unknown, a pupil
shooting classmates, a drunk wedding guest, police against a suspected thief, a prison riot, a bank hostage-taking,
fans fighting after a derby, a stampede of pilgrims, a rapper's assault, a murder trial, a verdict on an old attack,
stolen cattle driven across a border, arms depots and quarry dynamite that blew up by accident — and jihadists
storming a prison, bandits raiding a hamlet or a cattle market, a bomber at a stadium, a knife attack claimed by
the Islamic State, a drone on an ammunition depot, a hotel siege, a school abduction, a prison attack.  Before that second change:
ids 49–70 and 147–169: 12 of 22 outside made a violent event and 20 of 23 look-alikes did; after it 0 of 22 and 22 of 23.
A third set (ids 71–99 and 170–196): kidnappers who hold someone for a ransom, a mafia's hitmen, an extortion ring,
a gunman sacked the week before, an estranged husband, a jealous ex-boyfriend, a shooter with a history of mental
illness, robbers who ambush a cash van; a methane blast in a coal mine, a fuel truck, a mine gallery that gave
way, a bus off the road, a leaking chlorine tank; ministers who meet to discuss an ambush, talks on a killing,
sanctions over a poisoning, an ambassador summoned after a drone strike — and bandits, jihadists and gunmen who
kidnap for a ransom, unknown assailants whose kidnappers ask one, an IED on a military convoy, a convoy ambushed.
Before the third change: 13 of 29 outside made a violent event and 27 of 27 look-alikes did; after it 0 of 29 and
27 of 27.  (A claim of responsibility, "JNIM claimed the attack that killed…", is left as it was: a short text
that only claims makes no event, ``event_stage``'s ATTRIB topic.)  Gangs' own fights and killings (ids 197–201, once
3, 4, 8, 70 and 73 among the crimes) moved to the look-alikes with the project's one convention on gang violence
(``events/gang_violence.py``: a gang, a cartel or a mafia is an armed party; robbers, thieves and the police's raids
on a gang stay crime).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sitrep.analyse.events.diplomacy import under_diplomacy
from sitrep.analyse.events.past_year import named_by_a_past_year
from sitrep.analyse.events.scope import (
    armed_deed,
    figurative,
    ORGANISED_CRIME,
    PERSONAL_MOTIVE,
    private_doer,
    said_accident,
    scope_doubts,
    under_verdict,
)
from sitrep.analyse.events.types import BATTLES, EXPLOSIONS, VAC

from .conftest import make_document

DATA = Path(__file__).resolve().parent / "data" / "scope_snippets.tsv"
VIOLENT = (BATTLES, EXPLOSIONS, VAC)
# ceilings and floors on the shares (after the changes: 0 of 99 and 93 of 96; the misses are riots and looting)
OUTSIDE_CEILING = 0.05
LOOK_ALIKE_FLOOR = 0.90

pytestmark = pytest.mark.xdist_group("scope")


def _rows():
    with DATA.open(encoding="utf-8") as f:
        return [(int(r["id"]), r["EventSnippet"], r["SubType"]) for r in csv.DictReader(f, delimiter="\t")]


@pytest.fixture(scope="module")
def violent_by_id(default_analyzer):
    return {i: any(e.event_type in VIOLENT for e in default_analyzer.analyse(make_document(text)).events)
            for i, text, _ in _rows()}


def test_the_set_covers_both_sides_and_the_classes_it_was_written_for():
    rows = _rows()
    labels = {label for i, _, label in rows if i < 100}
    assert {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "SPORT", "BUSINESS", "COURT"} <= labels
    assert 60 <= sum(i < 100 for i, _, _ in rows) <= 99 and 60 <= sum(i >= 100 for i, _, _ in rows) <= 110


def test_harm_outside_acled_makes_no_violent_event(violent_by_id):
    leaks = [i for i, v in violent_by_id.items() if i < 100 and v]
    assert len(leaks) / sum(i < 100 for i in violent_by_id) <= OUTSIDE_CEILING, leaks


def test_look_alikes_stay_violent(violent_by_id):
    lost = [i for i, v in violent_by_id.items() if i >= 100 and not v]
    assert 1 - len(lost) / sum(i >= 100 for i in violent_by_id) >= LOOK_ALIKE_FLOOR, lost


@pytest.mark.parametrize("text, violent", [
    ("A cashier was stabbed during a hold-up at a supermarket in Nairobi; the suspects fled in a stolen car.", False),
    # gangs that shoot at each other are two armed parties (``gang_violence``); robbers and a lone rival are crime
    # (still missed: "shot at each other", which no cue reads as a fight)
    ("Rival drug gangs exchanged fire outside a nightclub in Cali, leaving three dead.", True),
    ("A gang of armed robbers shot dead a bank guard during a hold-up in Lagos on Tuesday.", False),
    ("A blast tore through a fertiliser warehouse in the port on Friday, killing six dock workers.", False),
    ("Dengue fever has killed 31 people in the capital since the rains began, the health ministry said.", False),
    ("A crocodile attacked a canoe on the river near Kouroussa, and two fishermen drowned.", False),
    # an armed doer keeps crime and disaster words violent
    ("Armed bandits attacked a hamlet near Zinder, shooting dead seven villagers and stealing their goats.", True),
    ("Militants attacked an Ebola treatment centre in Beni, killing a nurse.", True),
    # one private person with no party or motive named is a crime; a raid by armed men that kills is an attack
    ("A woman wielding a hammer injured three customers in a bakery in Turin; her motive is not known.", False),
    ("A gas depot blew up near the harbour of Tema, killing four; the police ruled out sabotage.", False),
    ("Raiders stormed a village near Tahoua overnight, killing eleven villagers and burning granaries.", True),
    # kidnappers paid a ransom, a sacked man's revenge, ministers who discuss a killing; gunmen who ask a ransom
    ("Kidnappers released a cattle dealer in Katsina after his sons paid a ransom of ten million naira.", False),
    ("A man shot dead his former supervisor at a sawmill in Kumasi after he had been sacked.", False),
    ("The ministers of Niger and Benin met to discuss the killing of two customs officers on the border.", False),
    ("Gunmen kidnapped a trader near Djibo and demanded a ransom from his family.", True),
    ("Unknown assailants shot dead two gendarmes at a checkpoint near Sebba.", True),
    # a trade is no crime: a livestock or arms dealer is a victim like any other; a drug dealer's killers are a gang's
    ("A cattle dealer was shot dead near Tenenkou.", True),
    ("Two livestock dealers were killed on the road between Douentza and Boni.", True),
    ("A drug dealer was shot dead by a rival in a car park in Lagos.", False),
])
def test_who_acted_decides(default_analyzer, text, violent):
    events = default_analyzer.analyse(make_document(text)).events
    assert any(e.event_type in VIOLENT for e in events) == violent, [(e.sub_event_type, e.confidence) for e in events]


def test_armed_deed_sets_aside_crime_and_disaster_rivals_only_for_violent_labels():
    text = "Bandits attacked the village of Kouri, killing 12 villagers."
    assert armed_deed(text, "ATTACK") == {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER"}
    assert armed_deed(text, "PEACE_PROTEST") == frozenset()
    assert armed_deed("Thieves broke into the pharmacy and killed the watchman.", "ATTACK") == frozenset()


def test_figures_and_verdicts_read_on_the_parse(default_analyzer):
    nlp = default_analyzer.nlp("en")
    fought = next(t for t in nlp("Farmers have fought the dam project in court for years.") if t.text == "fought")
    assert figurative(fought)
    fought = next(t for t in nlp("Soldiers fought the militants near the town.") if t.text == "fought")
    assert not figurative(fought)
    killed = next(t for t in nlp("A court upheld the conviction of two men for the bombing that killed 20 people.")
                  if t.text == "killed")
    assert under_verdict(killed)
    killed = next(t for t in nlp("Gunmen killed 20 people near the court.") if t.text == "killed")
    assert not under_verdict(killed)


@pytest.mark.parametrize("text, word, expected", [
    ("Firefighters fought the blaze at the depot for six hours.", "fought", True),
    ("Dozo hunters exchanged fire with the raiders outside the village for an hour.", "exchanged", False),
    ("Soldiers returned fire and the assailants fled into the forest.", "returned", False),
])
def test_a_fire_is_a_figure_only_for_a_fight_word(default_analyzer, text, word, expected):
    # "exchanged fire" and "returned fire" are gunfire, not firefighting
    tok = next(t for t in default_analyzer.nlp("en")(text) if t.text == word)
    assert figurative(tok) is expected


def test_scope_doubts_leave_non_violent_labels_alone():
    class _S:
        text = "Thieves broke into the shop."
    assert scope_doubts(None, _S(), None, "Protests") == []


@pytest.mark.parametrize("text, document, accident", [
    ("Mortar rounds stored in a barracks exploded, killing five.", "Mortar rounds stored in a barracks exploded, "
     "killing five. The army said the blast was accidental.", True),
    ("The depot blew up; officials ruled out an attack.", "The depot blew up; officials ruled out an attack.", True),
    # the opposite said, or a weapon someone set off, or a hostile act elsewhere in the text
    ("A car exploded near the market.", "A car exploded near the market. Police ruled out an accident.", False),
    ("A roadside bomb exploded prematurely.", "A roadside bomb exploded prematurely.", False),
    ("The depot blew up.", "The depot blew up. It was no accident: rebels attacked it at dawn.", False),
])
def test_an_accident_the_text_declares(text, document, accident):
    assert said_accident(text, document) == accident


@pytest.mark.parametrize("text, word, private", [
    ("A man armed with a knife stabbed two travellers at the bus station.", "stabbed", True),
    ("A drunk guest shot a neighbour at the wedding.", "shot", True),
    ("The man shot the guard.", "shot", False),  # not introduced as someone unknown
    ("Soldiers shot a man at the market.", "shot", False),
    ("A man was shot dead by gunmen.", "shot", False),  # the man is the victim
])
def test_one_private_person_as_the_doer(default_analyzer, text, word, private):
    tok = next(t for t in default_analyzer.nlp("en")(text) if t.text == word)
    assert private_doer(tok) == private


@pytest.mark.parametrize("words, text, expected", [
    # organised crime: a ransom its kidnappers ask, extortion, hitmen
    (ORGANISED_CRIME, "The abductors freed the engineer once his employer had paid a ransom.", True),
    (ORGANISED_CRIME, "An extortion gang torched three shops whose owners would not pay.", True),
    (ORGANISED_CRIME, "Hitmen killed the mayor's driver in a drive past his house.", True),
    # kidnappers with no ransom said, and a ransom with no kidnappers named, are not this
    (ORGANISED_CRIME, "Kidnappers seized twelve travellers on the highway at night.", False),
    (ORGANISED_CRIME, "The militants released the hostages after a ransom was paid.", False),
    # a lone killer's own grievance
    (PERSONAL_MOTIVE, "He had been sacked from his job at the depot two days earlier.", True),
    (PERSONAL_MOTIVE, "The attacker shot his ex-girlfriend and her new partner.", True),
    (PERSONAL_MOTIVE, "Relatives said the gunman had a history of mental illness.", True),
    (PERSONAL_MOTIVE, "A gunman shot dead the village chief at his home.", False),
    (PERSONAL_MOTIVE, "A former soldier opened fire on the gendarmes.", False),
])
def test_organised_crime_and_a_lone_killers_grievance(words, text, expected):
    assert (words.search(text) is not None) == expected


@pytest.mark.parametrize("reading, text, word, expected", [
    # violence as the matter of a diplomatic act
    (under_diplomacy, "The defence ministers met in Accra to discuss the ambush that killed nine soldiers.", "killed", True),
    (under_diplomacy, "The two presidents held talks on the massacre of herders near the border.", "massacre", True),
    (under_diplomacy, "London imposed sanctions on four generals over the shooting of protesters.", "shooting", True),
    # a claim of responsibility is not diplomacy, and a clause of its own keeps its killing
    (under_diplomacy, "JNIM claimed responsibility for the attack that killed eleven soldiers.", "killed", False),
    (under_diplomacy, "Algeria summoned the ambassador after gunmen killed three of its nationals.", "killed", False),
    (under_diplomacy, "Gunmen killed three traders near the border.", "killed", False),
    # violence named by a past year
    (named_by_a_past_year, "The town was the scene of a deadly 2015 bombing that killed 30 people.", "bombing", True),
    (named_by_a_past_year, "Survivors of the 2019 village massacre met the minister.", "massacre", True),
    # a date of the day, a month with the year, or no year: the sentence's own news
    (named_by_a_past_year, "On 16 February 2021, militants attacked the gendarmerie post in Tera.", "attacked", False),
    (named_by_a_past_year, "The February 2021 attack on the post killed five gendarmes.", "attack", False),
    (named_by_a_past_year, "A deadly bombing killed 30 people in the market.", "bombing", False),
])
def test_violence_told_as_another_acts_matter_or_the_past(default_analyzer, reading, text, word, expected):
    tok = next(t for t in default_analyzer.nlp("en")(text) if t.text == word)
    assert reading(tok) == expected
