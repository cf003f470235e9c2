"""Event types on the boundary of riots, battles and attacks, in wordings of these tests' own: a crowd that "stoned and
burned alive" a man it accused of something (mob justice, whatever the accusation names); people named by their
livelihood who beat one person with no firearm (a crowd), while those who shoot stay their community's militia; two
communities' fight whose side carries a note's "(Admin2, Admin1)" bracket, or told as the people of two villages, or in
French by « se sont affrontés » (communal militias at arms, whatever the weapons, as ACLED's own notes code a
machete fight between farmers and herders); and an escorted convoy whose escort the note counts among the dead
(a battle)."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.communal import communities_fighting, kin_quarrel

from .conftest import ATTACK, CLASH, MOB, first_coding as _first


@pytest.mark.parametrize("text, expected", [
    ("On 2 June 2023, residents of Koutiala (Koutiala, Sikasso) stoned and burned alive a man they accused of "
     "kidnapping a child.", MOB),
    ("On 2 June 2023, an angry crowd in Kayes (Kayes, Kayes) beat to death a young man it accused of abducting a "
     "girl.", MOB),
    ("On 2 June 2023, farmers beat a Fulani herder to death near Bla (Bla, Segou) after his cows ate their millet.", MOB),
    # a livelihood group that shoots is its community's militia attacking civilians, not a crowd
    ("On 2 June 2023, herders shot dead two farmers near Bla (Bla, Segou) after a quarrel over a field.", ATTACK),
])
def test_crowds_that_kill_a_suspect_are_mob_violence(default_analyzer, text, expected):
    assert _first(default_analyzer, text) == expected


@pytest.mark.parametrize("text, language", [
    ("On 2 June 2023, Songhai farmers and Bella herders of Kona (Mopti, Mopti) clashed with clubs and daggers over a "
     "field. One man was killed.", "en"),
    ("On 2 June 2023, residents of two neighbouring hamlets near Bla (Bla, Segou) fought each other over a well. "
     "Four were injured.", "en"),
    ("Le 2 juin 2023, des pêcheurs et des agriculteurs se sont affrontés à coups de gourdins près de Youwarou "
     "(Youwarou, Mopti). Un mort.", "fr"),
])
def test_communities_at_arms_whatever_the_note_brackets_or_the_language(default_analyzer, text, language):
    assert _first(default_analyzer, text, language) == CLASH


def test_sides_are_read_past_the_bracket_and_across_two_villages():
    assert communities_fighting("Bambara farmers and Fulani herders of Bla (Bla, Segou) clashed over a corridor.")
    assert communities_fighting("Youths from two rival villages fought over the chieftaincy.")
    assert not communities_fighting("Residents of two neighbourhoods of the town fought over the chieftaincy.")
    assert communities_fighting("Des habitants de deux villages voisins se sont affrontés pour un litige foncier.")
    # « villages voisins » are two communities, not neighbours in a family's quarrel
    assert not kin_quarrel("Une querelle entre habitants de deux villages voisins a dégénéré.")
    assert kin_quarrel("Une querelle entre voisins a dégénéré en bagarre.")


@pytest.mark.parametrize("text, expected", [
    ("On 2 June 2023, militants ambushed a convoy of traders' lorries escorted by the army near Boni (Douentza, Mopti). "
     "Two drivers and three soldiers were killed.", CLASH),
    # the escort's presence alone does not make the struck lorries an armed target
    ("On 2 June 2023, militants ambushed a convoy of traders' lorries escorted by the army near Boni (Douentza, Mopti). "
     "Two drivers were killed.", ATTACK),
])
def test_an_escort_counted_among_the_dead_fought(default_analyzer, text, expected):
    assert _first(default_analyzer, text) == expected
