"""Snippet styles of South Asian, Latin American and Levantine copy, read as ACLED codes them (sentences written here):

- weapons found, stashed or cleared by the number ("a stash of mortar shells was found", "destroyed 40 landmines")
  are disrupted weapons use, not the blast or the shelling their nouns name;
- rockets, missiles and mortars told "in a statement" are weapons, no figure of speech;
- arrests of the people who gathered are the protest's intervention; arrests as a practice or ahead of a protest
  are arrests; a dispersal's slight harm does not make the crowd's arrest an attack;
- villagers who "thrash" a police team are a mob; two unnamed groups brawling with sticks are a mob;
- an armed group's arson read as a riot ("Maoists torched ... in protest") is property destruction;
- militants who set off explosives killing themselves are suicide bombers."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.classifier import cue_hits
from sitrep.analyse.events.codebook_protests import ARRESTED_WHO_GATHERED, ARRESTS_AS_A_PRACTICE, MINOR_HARM
from sitrep.analyse.events.defenders import without_personal_escort
from sitrep.analyse.events.types import case_of


def _labels(analyzer, make_doc, text):
    return [case_of(e.sub_event_type) for e in analyzer.analyse(make_doc(text)).events]


@pytest.mark.parametrize("text,label", [
    ("A stash of mortar shells belonging to the insurgents was found by troops in a farmhouse near Tikrit, the army said.",
     "DISR_WEAP"),
    ("Army engineers destroyed 40 landmines and 12 improvised explosive devices in the district during a clearance "
     "operation, officials said on Sunday.", "DISR_WEAP"),
    ("Three mortar rounds landed near the airport late on Tuesday, causing no casualties, the ministry said in a "
     "statement.", "ART_MISS_ATTACK"),
    ("Police detained scores of students who gathered outside the university gate to protest against the fee hike.",
     "PROTEST_WITH_INTER"),
    ("Security agencies continue to detain activists who organise the strikes across the province.", "ARREST"),
    ("Enraged villagers thrashed a team of forest officials who had come to demolish their huts, injuring four.",
     "MOB_VIOL"),
    ("Two groups clashed with sticks and stones over an irrigation dispute in a hamlet on Sunday, leaving nine injured.",
     "MOB_VIOL"),
    # (rival factions whose dead are told as combatants are an armed movement's, not a brawl's)
    ("Fighting between two rival factions of the rebel movement near the border has left at least 14 combatants dead "
     "since Friday, a spokesman said.", "ARMED_CLASH"),
    ("Naxals torched three trucks carrying road material near the village late on Friday in protest against the "
     "project.", "PROPERTY_DISTRUCT"),
    ("Two militants detonated explosives, killing themselves, after troops surrounded their hideout on the outskirts.",
     "SUIC_BOMB"),
])
def test_each_snippet_style_reads_as_acled_codes_it(default_analyzer, make_doc, text, label):
    assert _labels(default_analyzer, make_doc, text)[:1] == [label]


@pytest.mark.parametrize("text", [
    "Les soldats ont neutralisé plus de 40 mines et 12 engins explosifs improvisés dans le cercle, a indiqué l'armée.",
    "Un stock d'obus appartenant aux jihadistes a été découvert par une patrouille près du village.",
])
def test_french_munitions_cleared_by_the_number_or_found_in_a_stock_are_cues_of_disrupted_weapons(text):
    assert "DISR_WEAP" in cue_hits(text, "fr")


def test_arrests_at_a_gathering_ahead_of_one_and_slight_harm_are_told_apart():
    assert ARRESTED_WHO_GATHERED.search("police arrested 20 workers who had gathered near the gate")
    assert ARRESTED_WHO_GATHERED.search("les gendarmes ont interpellé des jeunes qui s'étaient rassemblés devant la mairie")
    assert not ARRESTED_WHO_GATHERED.search("police arrested 20 workers who had stolen copper")
    assert ARRESTS_AS_A_PRACTICE.search("police rounded up activists in anticipation of mass protests")
    assert ARRESTS_AS_A_PRACTICE.search("les forces de l'ordre continuent d'arrêter des militants")
    assert not ARRESTS_AS_A_PRACTICE.search("police arrested ten protesters at the march")
    assert MINOR_HARM.search("a few teachers suffered minor injuries") and MINOR_HARM.search("deux manifestants légèrement blessés")
    assert not MINOR_HARM.search("three teachers were seriously injured")


def test_a_civilians_own_escort_is_left_out_of_the_victims():
    assert "policeman" not in without_personal_escort("shot dead a vaccinator and the policeman escorting her")
    assert "bodyguard" not in without_personal_escort("killed the judge and his bodyguard")
    assert without_personal_escort("killed two policemen at a checkpoint") == "killed two policemen at a checkpoint"
