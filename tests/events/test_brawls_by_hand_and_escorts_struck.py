"""Event types on the boundary of riots and battles, in wordings of these tests' own: two communities (or the people of
two villages) who come to blows with hand weapons only are unorganised people, ACLED's rioters (mob violence), while a
firearm told anywhere in the fight keeps it the communal militias' armed clash; a crowd that "stoned and burned alive"
a man it accused of something; people named by their livelihood who beat one person; French fights told by
« se sont affrontés »; and an escorted convoy whose escort the note counts among the dead (a battle)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.communal import communities_at_arms, communities_brawling, fought_by_hand

from .conftest import make_document

MOB = ("Riots", "Mob violence")
CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


def _first(analyzer, text: str, language: str = "en") -> tuple[str, str] | None:
    doc = make_document(text, dt.date(2026, 11, 16), language=language)
    events = sorted(analyzer.analyse(doc).events, key=lambda e: (-e.confidence, e.span.char_start))
    return (events[0].event_type, events[0].sub_event_type) if events else None


@pytest.mark.parametrize("text, language, expected", [
    ("On 2 June 2023, Songhai and Bella villagers clashed with clubs and daggers near Ansongo (Ansongo, Gao). "
     "One man was killed.", "en", MOB),
    ("On 2 June 2023, rice farmers and Fulani herders of Kona (Mopti, Mopti) fought with spears and axes over a "
     "grazing corridor; two people died.", "en", MOB),
    ("On 2 June 2023, youths from two neighbouring hamlets near Bla (Bla, Segou) fought each other with sticks over "
     "a well. Four were injured.", "en", MOB),
    # the weapons told in the note's next sentence
    ("On 2 June 2023, fighting broke out between Dogon farmers and Fulani herders near Koro (Koro, Mopti). "
     "Both sides used machetes and bows; three people were killed.", "en", MOB),
    ("Le 2 juin 2023, des pêcheurs et des agriculteurs se sont affrontés à coups de gourdins et de couteaux près de "
     "Youwarou (Youwarou, Mopti). Un mort.", "fr", MOB),
    # a firearm among the weapons: communal militias at arms
    ("On 2 June 2023, Songhai and Bella villagers clashed with hunting rifles and clubs near Ansongo (Ansongo, Gao). "
     "One man was killed.", "en", CLASH),
    ("On 2 June 2023, fighting broke out between Dogon farmers and Fulani herders near Koro (Koro, Mopti). "
     "Both sides exchanged fire; three people were killed.", "en", CLASH),
    ("Le 2 juin 2023, des pêcheurs et des agriculteurs armés de fusils se sont affrontés près de Youwarou "
     "(Youwarou, Mopti). Un mort.", "fr", CLASH),
])
def test_communities_fighting_by_hand_are_a_mob_and_with_guns_a_battle(default_analyzer, text, language, expected):
    assert _first(default_analyzer, text, language) == expected


def test_brawling_is_read_on_the_sentence_and_the_rest_of_the_note():
    fight = "Bozo fishermen and Somono traders of Kona (Mopti, Mopti) clashed over a pond."
    assert communities_at_arms(fight) and not communities_brawling(fight)
    assert communities_brawling(fight, "They fought with sticks and stones.")
    assert not communities_brawling(fight, "They fought with sticks; one man was shot.")
    assert not fought_by_hand("They fought with sticks and guns.") and fought_by_hand("« à coups de machettes »")
    # kin stay a family's quarrel (another rule), partisans a riot of their own
    assert not communities_brawling("Two families of Kona fought with sticks over a field.")


@pytest.mark.parametrize("text, expected", [
    ("On 2 June 2023, residents of Koutiala (Koutiala, Sikasso) stoned and burned alive a man they accused of "
     "stealing a child.", MOB),
    ("On 2 June 2023, an angry crowd in Kayes (Kayes, Kayes) beat to death a young man it accused of kidnapping a "
     "girl.", MOB),
    ("On 2 June 2023, farmers beat a Fulani herder to death near Bla (Bla, Segou) after his cows ate their millet.", MOB),
    # a livelihood group that shoots is its community's militia attacking civilians, not a crowd
    ("On 2 June 2023, herders shot dead two farmers near Bla (Bla, Segou) after a quarrel over a field.", ATTACK),
])
def test_crowds_that_kill_a_suspect_are_mob_violence(default_analyzer, text, expected):
    assert _first(default_analyzer, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("On 2 June 2023, militants ambushed a convoy of traders' lorries escorted by the army near Boni (Douentza, Mopti). "
     "Two drivers and three soldiers were killed.", CLASH),
    # the escort's presence alone does not make the struck lorries an armed target
    ("On 2 June 2023, militants ambushed a convoy of traders' lorries escorted by the army near Boni (Douentza, Mopti). "
     "Two drivers were killed.", ATTACK),
])
def test_an_escort_counted_among_the_dead_fought(default_analyzer, text, expected):
    assert _first(default_analyzer, text) == expected
