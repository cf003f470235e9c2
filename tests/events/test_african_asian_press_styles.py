"""Snippet styles of Nigerian, Kenyan, Bangladeshi and Philippine press copy, read as ACLED codes them (sentences
written here, none of them a snippet of ``case_blind_styles_16``):

- a stray bullet fired while the forces disperse a crowd, attack or fight is no accident: the harm is the act's;
- people arrested "as they picketed" or "while protesting" are the protest's intervention, as those "who gathered";
- forces that "stop", "block" or "foil" a march intervene in it, with no gas or baton told;
- a "warrant of arrest" served is no arrest made: a firefight that follows it is the news;
- a witness who "told the court how" gunmen attacked tells a hearing's matter, not the day's violence (also when the
  parse hangs the testimony's second verb on a modifier);
- a human chain is a protest; an armed group that "relocated to" a new area changes its activity;
- the jihadist groups of South and South-East Asia named in their own words are armed groups, no crime story."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.codebook_protests import ARRESTED_WHO_GATHERED, HALTED_CROWD
from sitrep.analyse.events.frames import ACCIDENTAL, HOSTILE_SETTING
from sitrep.analyse.events.types import case_of


def _labels(analyzer, make_doc, text):
    return [case_of(e.sub_event_type) for e in analyzer.analyse(make_doc(text)).events]


@pytest.mark.parametrize("text,label", [
    ("A schoolboy was killed by a stray bullet on Friday as police dispersed traders protesting against a market "
     "relocation in Eldoret.", "FORCE_AGAINST_PROTEST"),
    ("Police detained 22 nurses as they marched to the health ministry in Abuja on Thursday to demand unpaid "
     "allowances.", "PROTEST_WITH_INTER"),
    ("Police blocked a procession of opposition supporters heading to the election commission in Dhaka.",
     "PROTEST_WITH_INTER"),
    ("A gun battle ensued when police tried to serve a warrant of arrest on members of the Abu Sayyaf in Basilan, "
     "leaving three suspects dead.", "ARMED_CLASH"),
    ("Garment workers formed a human chain along the highway in Savar on Sunday to demand their unpaid wages.",
     "PEACE_PROTEST"),
    ("ISWAP fighters have relocated to the islands of Lake Chad after losing their camps in the forest, intelligence sources said.",
     "CHANGE_TO_GROUP_ACT"),
])
def test_each_snippet_style_reads_as_acled_codes_it(default_analyzer, make_doc, text, label):
    assert _labels(default_analyzer, make_doc, text)[:1] == [label]


@pytest.mark.parametrize("text", [
    "A survivor told the tribunal how militiamen surrounded the village in 2016, shooting men at random and burning "
    "houses.",
    "A police officer testified that gunmen had thrown grenades into the church during the 2012 attack.",
])
def test_testimony_to_a_court_yields_no_violent_event(default_analyzer, make_doc, text):
    violent = [e for e in default_analyzer.analyse(make_doc(text)).events
               if e.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")]
    assert violent == []


def test_violence_told_to_reporters_stays_an_event(default_analyzer, make_doc):
    text = "Gunmen stormed a police post in Mandera on Monday and killed two officers, residents told reporters."
    assert _labels(default_analyzer, make_doc, text)[:1] == ["ARMED_CLASH"]


def test_a_stray_bullet_alone_is_still_an_accident_but_not_in_a_dispersal():
    assert ACCIDENTAL.search("was hit by a stray bullet at a wedding") and not HOSTILE_SETTING.search(
        "was hit by a stray bullet at a wedding")
    assert HOSTILE_SETTING.search("killed by a stray bullet as police dispersed the crowd")
    assert HOSTILE_SETTING.search("tué par une balle perdue lors de la dispersion des manifestants")


@pytest.mark.parametrize("text,held", [
    ("arrested 14 union members as they picketed the offices", True),
    ("detained five students while protesting outside the gate", True),
    ("ont interpellé dix jeunes alors qu'ils manifestaient devant la mairie", True),
    ("arrested two suspects as they tried to flee", False),
])
def test_arrests_while_a_crowd_gathers(text, held):
    assert bool(ARRESTED_WHO_GATHERED.search(text)) is held


@pytest.mark.parametrize("text,halted", [
    ("Police stop lawyers' march to Parliament", True),
    ("la police a empêché la marche des enseignants", True),
    ("the march stopped at the ministry", False),
])
def test_forces_halting_a_march(text, halted):
    assert bool(HALTED_CROWD.search(text)) is halted
