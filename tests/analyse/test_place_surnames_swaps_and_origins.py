"""Three ways a note's names mislead the place stage (sentences written here, not taken from any evaluation file),
with the knowledge a new user gets from the CLI (the shipped Sahel table):

- a person's surname the gazetteer lacks as written, read as a place by the model ("Hamidou Dicko ... Harouna
  Dicko", "Dicko's men", « les hommes de Jafar Dicko »): no place, never a village of a near spelling (Mali's Diko);
- a bracket's commune with two letters swapped ("(Dijbasso, Kossi)", "(Tominain, San)"): the commune so spelt once
  they are swapped back, a typing slip the fuzzy ratio does not forgive;
- the people of one village acting at another, in both languages ("villagers of X attacked the village of Y",
  « des villageois de X ont attaqué le village de Y », « des jeunes venus de X ont saccagé le marché du village de Y »):
  the village acted upon.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.place_spellings import transposed_candidates
from sitrep.analyse.place_whole_names import places_named_whole
from sitrep.eval.notes import Note, note_document, primary_event
from sitrep.geo import haversine_km

PLACED = [
    # a surname beside the event's place: the place named
    ("On 2 May 2026, Oumarou Dicko's men looted and burned shops at the market of Gorgadji.", (14.03279, -0.5195)),
    ("Le 3 mai 2026, les hommes de Jafar Dicko ont enlevé un commerçant à Titabé.", (13.77274, 0.43235)),
    # a bracket commune with two letters swapped: the commune, as ACLED places a village it cannot find
    ("On 4 May 2026, presumed JNIM militants killed a farmer in the hamlet of Kolo-Bobo (Dijbasso, Kossi).",
     (13.1221, -4.1563)),
    ("On 5 May 2026, presumed JNIM militants abducted a trader in the village of Sanako (Tominain, San).",
     (13.28737, -4.59317)),
    # people of one village acting at another: the village acted upon
    ("On 6 May 2026, villagers of Gorgadji armed with clubs attacked the village of Titabe over a land dispute.",
     (13.77274, 0.43235)),
    ("Le 7 mai 2026, des villageois de Bourzanga ont attaqué le village de Dablo à la suite d'un litige foncier.",
     (13.71873, -1.18186)),
    ("Le 8 mai 2026, des éleveurs venus de Mentao ont saccagé les champs du village de Taoubania.",
     (14.2346, -1.94497)),
    # the traders of a town closing shop at home over a siege elsewhere: their town, not the besieged one
    ("On 10 May 2026, traders of Kaya closed their shops and marched to the town hall, angry at the siege of Djibo.",
     (13.09167, -1.08444)),
    ("On 9 May 2026, youths from Bourzanga ransacked the market of the village of Dablo over a land dispute.",
     (13.71873, -1.18186)),
]
# a surname alone: no place rather than a village of a near spelling a thousand km off
UNPLACED = [
    "On 9 May 2026, Hamidou Dicko, a relative of the militant leader Harouna Dicko, was killed by soldiers.",
    "On 10 May 2026, Dicko's men abducted three traders.",
]


@pytest.fixture(scope="module")
def analyzer():
    from sitrep.eval.gold import default_analyzer

    return default_analyzer()


def _event(analyzer, text: str):
    note = Note(row=1, notes=text, event_date=dt.date(2026, 5, 10), event_type="", sub_event_type="")
    return primary_event(analyzer.analyse(note_document(note, "written-here")))


@pytest.mark.parametrize("text, gold", PLACED)
def test_the_note_is_placed_within_25_km(analyzer, text, gold):
    event = _event(analyzer, text)
    assert event is not None and event.place is not None and event.place.latitude is not None, text
    assert haversine_km(gold[0], gold[1], event.place.latitude, event.place.longitude) <= 25.0


@pytest.mark.parametrize("text", UNPLACED)
def test_a_surname_alone_is_no_place(analyzer, text):
    event = _event(analyzer, text)
    assert event is not None, text
    place = event.place
    assert place is None or place.latitude is None or "dik" not in place.name.lower(), place


def test_two_swapped_letters_reach_the_name_as_written(analyzer):
    gaz = analyzer.knowledge.gazetteer
    assert "Djibasso" in {c.name for c in transposed_candidates(gaz, "Dijbasso")}
    assert transposed_candidates(gaz, "Djibasso") == []  # a name the gazetteer has is never swapped
    assert transposed_candidates(gaz, "Dorri") == []  # too short: swapped, short names are other names


def test_a_name_borne_whole_is_told_from_a_clip_or_a_spelling(analyzer):
    gaz = analyzer.knowledge.gazetteer
    assert any(c.country == "BF" for c in places_named_whole(gaz, "Ouagadougou"))
    assert places_named_whole(gaz, "Ouaga") == []
    assert places_named_whole(None, "Ouagadougou") == []
