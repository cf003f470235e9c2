"""Two wordings of Mali notes that misled the reader (sentences written for these tests): a journey told whole,
from where the people left to where they arrived, is placed where they arrived when the sentence names no other
place ("a convoy that had left Anefis arrived in Aguelhok", events/journey_ends._reached with the languages'
``ARRIVAL_BEFORE``); and French armed men hedged with an adjective before their group (« des hommes armés présumés du
JNIM », « supposés membres de l'EIGS », « soupçonnés d'appartenance au JNIM ») are that group, as the English hedges
already were (analyse/identified_actors.py); a French force that « est arrivée » moved, it underwent no passive
(events/args.role_of), and its arrival is a change to its activity (tools/gen_event_train_fr.py's movements)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 2, 2)


def _first(analyzer, make_doc, text, language):
    events = analyzer.analyse(make_doc(text, published=DAY, language=language)).events
    assert events, text
    return events[0]


@pytest.mark.parametrize("text, language", [
    ("On 2 February 2024, a convoy of FAMa and Wagner Group forces that had left Anefis arrived in Aguelhok "
     "(Tessalit, Kidal) on its way to Tessalit.", "en"),
    ("On 2 February 2024, a FAMa convoy coming from Anefis arrived in Aguelhok (Tessalit, Kidal).", "en"),
    ("Le 2 février 2024, un convoi des FAMa parti d'Anefis est arrivé à Aguelhok (Tessalit, Kidal).", "fr"),
    # a place left is a journey's start when the sentence tells the arrival
    ("On 2 February 2024, a FAMa convoy left Anefis and arrived in Aguelhok (Tessalit, Kidal).", "en"),
    ("Le 2 février 2024, un convoi des FAMa a quitté Anefis et est arrivé à Aguelhok (Tessalit, Kidal).", "fr"),
    # an elided « d' » glued to its name: « en provenance d'Anefis » is where the convoy came from
    ("Le 2 février 2024, un convoi des FAMa en provenance d'Anefis est arrivé à Aguelhok (Tessalit, Kidal).", "fr"),
])
def test_a_journey_told_whole_is_placed_where_it_arrived(default_analyzer, make_doc, text, language):
    place = _first(default_analyzer, make_doc, text, language).place
    assert place is not None and place.name == "Aguelhok", place


def test_a_place_left_without_an_arrival_is_the_withdrawal_place(default_analyzer, make_doc):
    place = _first(default_analyzer, make_doc, "On 2 February 2024, the army left Tessalit after MINUSMA handed over "
                   "its camp.", "en").place
    assert place is not None and place.name == "Tessalit", place


@pytest.mark.parametrize("text", [
    "Le 2 février 2024, des unités des FAMa sont arrivées à Aguelhok (Tessalit, Kidal), en provenance d'Anefis.",
    "Le 2 février 2024, un convoi des FAMa est arrivé à Aguelhok (Tessalit, Kidal).",
])
def test_a_french_force_arriving_changes_its_activity_and_is_actor_one(default_analyzer, make_doc, text):
    # « sont arrivées »: the parser's passive of a verb of motion with « être »; the force moved, it is actor 1, and
    # an arrival is a change to its activity as in English (the French training sentences of force movements)
    event = _first(default_analyzer, make_doc, text, "fr")
    assert event.sub_event_type == "Change to group/activity", event.sub_event_type
    assert event.side1[:1] == ["malian-armed-forces"], (event.side1, event.side2)


def test_a_convoy_fallen_into_an_ambush_is_still_the_attacked(default_analyzer, make_doc):
    event = _first(default_analyzer, make_doc, "Le 2 février 2024, un convoi des FAMa est tombé dans une embuscade "
                   "près de Boni.", "fr")
    assert "malian-armed-forces" in event.side2 and "malian-armed-forces" not in event.side1, (event.side1, event.side2)


def test_a_place_reached_after_the_deed_elsewhere_stays_aside(default_analyzer, make_doc):
    # the arrival is preferred only among journeys' ends: a deed's own place still wins
    text = "On Tuesday displaced herders arrived in Sevare after gunmen shot dead five men in Ouatagouna."
    place = _first(default_analyzer, make_doc, text, "en").place
    assert place is not None and place.name == "Ouatagouna", place


