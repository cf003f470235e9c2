"""Wire snippets and headlines whose words belong to more than one register (written for this test, not taken from
``data/case_blind_styles_9.tsv`` whose classes they stand for).

Workers on strike are a protest's crowd: police who fire live rounds at them repress a protest (excessive force),
police who disperse them with tear gas intervene in one; a court that "strikes down" a law stops no work.  Mustard
or blister agents and phosgene are chemical weapons like chlorine and sarin.  A headline tells an accident in the
present tense ("bus plunges into gorge", "ferry capsizes").  A game's prize is fought for ("battle for the crown"),
a side's bowlers are its "attack", a batsman "blasts" a century: no violence, not even the lead of a short text; but
fans who torch cars after a derby riot.  Villagers who set a suspect alight do mob justice, the death told after a
semicolon too.
"""

from __future__ import annotations

import pytest

from sitrep.analyse.events.types import RIOTS

from .conftest import make_document


def _sub_events(analyzer, text: str) -> list[str]:
    return [e.sub_event_type for e in analyzer.analyse(make_document(text)).events]


@pytest.mark.parametrize("text, sub_event", [
    ("Security forces fired live bullets at striking tea plantation workers in Assam, killing two.",
     "Excessive force against protesters"),
    ("Police used tear gas to disperse striking teachers who had blocked the highway in Kaduna.",
     "Protest with intervention"),
    ("Rebels fired rockets loaded with mustard agent at army positions near Hama, wounding 20 soldiers.",
     "Chemical weapon"),
    ("Residents of a township near Durban set alight a suspected robber; he died at the scene, police said.",
     "Mob violence"),
    ("Angry villagers set ablaze two men accused of stealing cattle in Kisii, police said.", "Mob violence"),
])
def test_the_event_its_words_tell(default_analyzer, text, sub_event):
    assert _sub_events(default_analyzer, text)[:1] == [sub_event]


@pytest.mark.parametrize("text", [
    "Constitutional court strikes down president's decree on fuel subsidies",
    "Truck plunges off mountain road in Nepal's Dolakha, 12 dead",
    "Ferry capsizes in Lake Victoria near Mwanza, 20 missing",
    "Battle for the crown: Celtic and Rangers go head to head on Sunday",
    "Sri Lanka's spinners demolish India's bowling attack to win by nine wickets in Kandy",
    "Markram blasts century as Proteas crush Pakistan in Cape Town",
])
def test_no_event_where_the_words_are_a_court_s_an_accident_s_or_a_game_s(default_analyzer, text):
    assert _sub_events(default_analyzer, text) == []


def test_fans_who_wreck_things_after_a_derby_still_riot(default_analyzer):
    events = default_analyzer.analyse(make_document(
        "Fans torched cars and smashed stadium seats after the derby in Belgrade, police said.")).events
    assert [e.event_type for e in events][:1] == [RIOTS]
