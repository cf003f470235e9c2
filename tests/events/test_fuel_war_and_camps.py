"""Mali's fuel war and its camps, each in wordings that are not the notes of ``tests/data/notes_mali_blind_44.csv``:
a flogging told in French by an armed party (« ont fouetté », « ont chicoté », « des coups de fouet »), with the
party's French head noun kept for the classifier (« des jihadistes du JNIM »); an attack on a community's or nomads'
camp in the active voice (on civilians, not on an army camp); a place a convoy was trying to reach, which is no
place of the event; the dead counted after "shot dead" or "gunned down"; people taken and later found dead, whose
takers are the doers; a drone downed in French, which kills no « un »."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from .conftest import make_document, most_confident_event


# the most confident event of a text published on 1 September 2025
_first = partial(most_confident_event, published=dt.date(2025, 9, 1))


def _events(analyzer, text: str, language: str = "en"):
    doc = make_document(text, dt.date(2025, 9, 1), language=language)
    return sorted(analyzer.analyse(doc).events, key=lambda e: (-e.confidence, e.span.char_start))


@pytest.mark.parametrize("text", [
    "Le 3 mai 2025, des jihadistes du JNIM ont fouetté publiquement deux jeunes au marché de Toguéré-Coumbé.",
    "Le 3 mai 2025, des combattants de l'EIGS ont chicoté plusieurs villageois accusés d'avoir fumé à Tessit.",
    "Le 3 mai 2025, des hommes armés ont infligé des coups de fouet à quatre bergers près de Dioura.",
])
def test_a_flogging_told_in_french_is_an_attack(default_analyzer, text):
    event = _first(default_analyzer, text, "fr")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack"), event.sub_event_type


def test_a_court_sentence_of_lashes_names_no_armed_flogger(default_analyzer):
    text = "Le 3 mai 2025, un tribunal islamique a condamné deux hommes à des coups de fouet à Tombouctou."
    assert all(e.sub_event_type != "Attack" for e in _events(default_analyzer, text, "fr"))


@pytest.mark.parametrize("text, expected", [
    ("On 4 May 2025, soldiers attacked a Fulani herders' camp near Dioura, killing four men and burning tents.",
     "Attack"),
    ("On 4 May 2025, gunmen raided a nomad camp east of Menaka and killed two shepherds.", "Attack"),
    ("On 4 May 2025, JNIM militants attacked an army camp near Dioura, killing four soldiers.", "Armed clash"),
])
def test_a_camp_of_people_attacked_is_an_attack_on_civilians(default_analyzer, text, expected):
    assert _first(default_analyzer, text).sub_event_type == expected


@pytest.mark.parametrize("text, language, place", [
    ("On 5 March 2025, militants stopped a column of lorries near Kolondieba; several lorries were burned before "
     "they could reach Bougouni.", "en", "Kolondi"),
    ("Le 5 mars 2025, des jihadistes ont incendié des camions qui tentaient de rejoindre Ségou, près de Macina.",
     "fr", "Macina"),
])
def test_a_place_the_convoy_was_trying_to_reach_is_not_the_event_place(default_analyzer, text, language, place):
    event = _first(default_analyzer, text, language)
    assert event.place is not None and event.place.name.startswith(place), event.place


@pytest.mark.parametrize("text, dead", [
    ("On 5 March 2025, gunmen stopped a bus near Boni and shot dead one who refused to get off.", 1),
    ("On 5 March 2025, militants gunned down two traders at the market of Hombori.", 2),
])
def test_the_dead_counted_after_shot_dead(default_analyzer, text, dead):
    event = _first(default_analyzer, text)
    assert event.fatalities is not None and event.fatalities.low == dead, event.fatalities


def test_people_taken_then_found_dead_were_killed_by_their_takers(default_analyzer):
    event = _first(default_analyzer, "On 9 June 2025, soldiers rounded up eight herders near Tenenkou; the bodies of "
                                     "five of them were found three days later.")
    assert event.sub_event_type == "Attack"
    assert "malian-armed-forces" in event.side1 + event.assoc1, event.side1


def test_a_drone_downed_in_french_kills_nobody(default_analyzer):
    event = _first(default_analyzer, "Le 2 février 2025, des rebelles ont abattu un drone de l'armée près de Ber.", "fr")
    assert event.event_type == "Battles"
    assert event.fatalities is None or not event.fatalities.low, event.fatalities


def test_a_killing_told_before_the_arrests_stays_its_doers(default_analyzer):
    event = _first(default_analyzer, "On 9 June 2025, after Dozo hunters killed three herders near Macina, gendarmes "
                                     "deployed to the area and arrested four suspects.")
    assert event.sub_event_type == "Attack"
    assert "malian-armed-forces" not in event.side1, event.side1
