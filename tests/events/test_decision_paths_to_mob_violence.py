"""Who the fighters are: the conditions that make a fight, a killing or a "clash" a crowd's mob violence rather than a
battle or an armed group's attack, each beside the contrast where the same words name an organised, armed side
(sentences written for this test, none from the tuning, dev or blind notes):

- a fight told by a brawl's own nouns ("a brawl between traders", « une rixe », « une bagarre »: whatever peoples it
  names, no communities at arms), between a crowd and
  one person of no group ("between gold miners and the owner of the site"), or with its sides opposed one to the other
  (« un affrontement a opposé des habitants à des Koglweogo ») is a crowd's when no side is armed or organised;
- one plain crowd fighting among itself ("inhabitants of two neighbourhoods clashed", "two groups of individuals",
  "people clashed at the cattle market") is a riot; people of the land, a village or a people by its name stay
  communal militias (the project's older rule), and an armed side named makes it a battle;
- a crowd that kills a man it suspects of theft or of the jihad is doing mob justice, whatever it suspects him of;
- a fighter struck at a civilian's errand ("who had come to buy food at the market", « qui faisait ses courses au
  marché ») is off guard, also when the model guessed a clash;
- a note's "[size=no report]" on its own tells no event (no protest read into a crowd's size).
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from sitrep.analyse.events.communal import communities_fighting, crowds_fighting, unorganised_fight
from sitrep.analyse.events.defenders import struck_off_guard
from sitrep.analyse.events.note_register import coder_fields_only

from .conftest import first_coding

_first = partial(first_coding, published=dt.date(2024, 9, 1))


@pytest.mark.parametrize("text, crowd", [
    ("a brawl between traders at the cattle market turned deadly", True),
    ("une rixe entre commerçants a fait un mort au marché", True),
    ("a conflict between gold miners and the owner of the site escalated into a clash", True),
    ("un affrontement a opposé des habitants de Bolo à des Koglweogo, faisant un mort", True),
    ("fighting broke out between gold miners of Malian and Guinean origin at the site", True),
    ("inhabitants of two neighbourhoods clashed over a water point", True),
    ("a clash occurred between two groups of individuals over a gold pit", True),
    # controls: an armed side, or a community at arms
    ("a brawl between gold miners and gunmen left two dead", False),
    ("un affrontement a opposé des VDP à des hommes armés près du village", False),
    ("a conflict between Fulani herders and Dogon farmers escalated into a clash", False),
])
def test_the_sides_of_a_fight_tell_a_crowd(text, crowd):
    assert crowds_fighting(text) is crowd


@pytest.mark.parametrize("text, communal", [
    ("a brawl between Fulani and Bambara traders broke out at the market", False),
    ("une rixe entre Peuls et Bambaras a éclaté au marché", False),
    # controls: the same peoples' clashes are communities at arms (the project's rule)
    ("clashes between Fulani and Bambara traders broke out at the market", True),
    ("des affrontements entre Peuls et Bambaras ont éclaté au marché", True),
])
def test_a_brawls_noun_makes_no_communal_militias(text, communal):
    assert communities_fighting(text) is communal


@pytest.mark.parametrize("text, unorganised", [
    ("people clashed at the cattle market over a stolen cow", True),
    ("individuals clashed over a plot of land in the town", True),
    ("des jeunes et des commerçants se sont affrontés au marché", True),
    # controls: armed men, people of the land, a people by its name
    ("unidentified individuals clashed with the army near the town", False),
    ("herders and farmers clashed after cattle damaged a field", False),
    ("Mossi and Fulani residents clashed in the town", False),
])
def test_a_fight_with_no_community_and_no_armed_side_is_unorganised(text, unorganised):
    assert unorganised_fight(text) is unorganised


@pytest.mark.parametrize("text, off_guard", [
    ("militants shot dead a VDP who had come to buy food at the weekly market", True),
    ("gunmen shot a VDP selling cattle at the livestock market", True),
    ("des individus armés ont abattu un VDP qui faisait ses courses au marché", True),
    ("des hommes armés ont tué un VDP qui achetait du mil au marché", True),
    # controls: a unit at the market, or a market defended by VDP
    ("a VDP patrol came to buy food at the market and was ambushed", False),
    ("militants attacked the market, where VDP were posted", False),
])
def test_an_errand_at_a_civilian_place_makes_a_fighter_off_guard(text, off_guard):
    assert struck_off_guard(text, fought_back=False) is off_guard


@pytest.mark.parametrize("text, only", [
    ("[size=no report]", True),
    ("[size=at least 3].", True),
    ("Two people were killed. [size=no report]", False),
    ("[the village chief] said two people were killed.", False),
])
def test_a_coders_size_field_alone_is_no_sentence_of_news(text, only):
    assert coder_fields_only(text) is only


@pytest.mark.parametrize("text, language, expected", [
    # a crowd's fights, told in every way a note tells them
    ("On 3 May 2024, a brawl between traders at the Bolo market turned deadly; one trader was stabbed to death.",
     "en", "Mob violence"),
    ("On 4 May 2024, a conflict between gold miners and the owner of the site escalated into a clash at Bolo. "
     "One person was killed.", "en", "Mob violence"),
    ("On 5 May 2024, inhabitants of two neighbourhoods clashed in Bolo. Two people were killed.", "en", "Mob violence"),
    ("On 6 May 2024, people clashed at the Bolo cattle market over a stolen cow. One herder was killed.", "en",
     "Mob violence"),
    ("Le 7 mai 2024, deux groupes d'individus se sont affrontés sur le site d'orpaillage de Bolo. Deux morts.", "fr",
     "Mob violence"),
    ("On 8 May 2024, a fight between two groups of gold miners at the Bolo mining site resulted in one death. "
     "[size=no report]", "en", "Mob violence"),
    # mob justice on a suspect, and the same killing by an armed group
    ("On 9 May 2024, inhabitants of Bolo killed a man suspected of being a member of an armed group.", "en",
     "Mob violence"),
    ("On 10 May 2024, Koglweogo killed a man suspected of being a member of an armed group in Bolo.", "en", "Attack"),
    # the armed contrasts of the crowds' fights
    ("On 11 May 2024, a clash between VDP and JNIM militants left two militants dead near Bolo.", "en", "Armed clash"),
    ("On 12 May 2024, unidentified individuals clashed with the army near Bolo. Two soldiers were killed.", "en",
     "Armed clash"),
    # a fighter at his errands, beside a patrol
    ("On 13 May 2024, militants shot dead a VDP who had come to buy food at the Bolo market, and a trader.", "en",
     "Attack"),
    ("Le 14 mai 2024, des individus armés ont abattu un VDP qui faisait ses courses au marché de Bolo.", "fr", "Attack"),
    ("On 15 May 2024, militants ambushed a VDP patrol near the Bolo market; the VDP returned fire.", "en", "Armed clash"),
])
def test_who_fought_decides_the_notes_type(default_analyzer, text, language, expected):
    assert _first(default_analyzer, text, language)[1] == expected
