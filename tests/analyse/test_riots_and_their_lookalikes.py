"""Riots as ACLED's coders write them, and the look-alikes that are none: a crowd told through a participle the parser
takes for the main verb ("vendors evicted from the market clashed with police"), or through a "they" that takes it up;
a political camp's partisans (a violent demonstration); the young of two
places or peoples brawling (mob violence, not communal militias); a self-defence group's killing by hand (an attack);
and tolls that count only the event's dead.  Each reading has a control that must keep its code.  Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.fatalities import find_fatalities
from tests.analyse.small_world import one_paragraph


def _first(analyzer, text: str):
    events = analyzer.analyse(one_paragraph(text, dt.date(2025, 12, 31), doc_id="d" * 16)).events
    assert events, text
    return events[0]


@pytest.mark.parametrize("text, event_type, sub_event", [
    # the crowd told through a participle the parser made the root ("vendors evicted … clashed")
    ("On 5 May 2025, vendors evicted from the central market of Kaya clashed with municipal police agents who were "
     "tearing down their sheds.", "Riots", "Mob violence"),
    # the crowd taken up by "they"
    ("On 8 May 2025, moto-taxi drivers in Fada N'Gourma rioted after a colleague died in a crash; they beat the lorry "
     "driver and burned his lorry.", "Riots", "Mob violence"),
    # stones thrown at the forces of order
    ("On 10 May 2025, pupils in Dori threw stones at gendarmes who had come to reopen the road, injuring two of them.",
     "Riots", "Violent demonstration"),
    # a political camp's partisans
    ("On 12 May 2025, supporters of the opposition candidate ransacked the campaign office of the outgoing mayor in "
     "Tenkodogo.", "Riots", "Violent demonstration"),
    # the young of two districts brawling: a crowd, not communal militias
    ("On 14 May 2025, clashes between youths of two districts of Koudougou over a football pitch left one person dead.",
     "Riots", "Mob violence"),
    ("On 15 May 2025, youths from the Gourmantche and Fulani communities fought with clubs and knives at the Gayeri "
     "market; one man died.", "Riots", "Mob violence"),
    # a self-defence group's killing by hand is an attack, not a crowd's
    ("On 16 May 2025, Koglweogo members tortured to death a young herder they had detained near Boulsa.",
     "Violence against civilians", "Attack"),
])
def test_riots_and_what_is_no_battle(default_analyzer, text, event_type, sub_event):
    event = _first(default_analyzer, text)
    assert (event.event_type, event.sub_event_type) == (event_type, sub_event), text


@pytest.mark.parametrize("text", [
    # a village's young are its communal militia (ACLED's own coding)
    "On 17 May 2025, youths from the village of Tansarga clashed with villagers from Logobou over a field; two men died.",
    # the young of two named peoples, no brawl's arms told: their militias' men
    "On 17 May 2025, clashes between Gourmantche and Fulani youths over a well near Gayeri left two dead.",
    # the young of two named places, whatever their arms: the villages' militias
    "On 17 May 2025, youths from Sirgadji and Tongomayel fought with clubs over a pond near Djibo; one man died.",
    # youths with guns are armed men
    "On 18 May 2025, clashes between youths of two villages near Sebba, some armed with hunting rifles, left three dead.",
])
def test_communal_militias_keep_their_battle(default_analyzer, text):
    event = _first(default_analyzer, text)
    assert event.event_type == "Battles", (text, event.event_type, event.sub_event_type)


def test_residents_who_beat_a_thief_to_death_riot(default_analyzer):
    event = _first(default_analyzer, "On 19 May 2025, residents of Zorgho beat to death a man caught stealing a goat.")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text, dead", [
    ("Youths stormed the police post where a man suspected of killing a trader was held.", None),
    ("Residents lynched a man accused of killing a child.", 1),
    ("Gendarmes fired on the marchers, killing a 16-year-old girl.", 1),
    ("Koglweogo members tortured to death two suspected thieves.", 2),
    ("A suspected thief was tortured to death by vigilantes.", 1),
])
def test_tolls_count_the_events_dead_only(text, dead):
    killed, _ = find_fatalities(text)
    assert (killed.low if killed else None) == dead, (text, killed)
