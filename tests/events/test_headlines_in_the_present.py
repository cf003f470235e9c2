"""Headlines that tell a past deed in the present simple or drop the passive's auxiliary (written for this test, not
taken from ``data/case_blind_styles_12.tsv`` whose classes they stand for): "rebels torch trucks", "bomb explodes at a
store", "official gunned down by gunmen" are reports of the deed; a headline's present tense must not make a court's,
an accident's or a market's words violent.  A fight told around a headquarters is a battle, not a base set up; raiders
who kill over a community's herds attack it."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.headline_tense import is_headline, past_of

from .conftest import make_document


def _sub_events(analyzer, text: str) -> list[str]:
    return [e.sub_event_type for e in analyzer.analyse(make_document(text)).events]


@pytest.mark.parametrize("lemma, past", [("torch", "torched"), ("seize", "seized"), ("leave", "left"),
                                         ("bury", "buried"), ("withdraw", "withdrew"), ("explode", "exploded")])
def test_past_of_a_verb(lemma, past):
    assert past_of(lemma) == past


def test_a_headline_is_a_sentence_that_does_not_end_as_prose():
    assert is_headline("Rebels torch three lorries in Kasai")
    assert not is_headline("Rebels torch three lorries every week, residents say.")


@pytest.mark.parametrize("text, sub_event", [
    ("Maoist rebels torch four trucks of road contractor in Chhattisgarh's Bijapur", "Looting/property destruction"),
    ("Bomb explodes near a bus stop in Quetta, wounding five; police blame militants", "Remote explosive/landmine/IED"),
    ("Sudan's army and the RSF clashed around the army headquarters in El Fasher on Sunday.", "Armed clash"),
])
def test_the_deed_a_headline_tells(default_analyzer, text, sub_event):
    assert _sub_events(default_analyzer, text)[:1] == [sub_event]


def test_a_cattle_raid_that_kills_is_violence(default_analyzer):
    events = default_analyzer.analyse(make_document("Cattle raid in Warrap leaves 14 dead, hundreds of cows driven off")).events
    assert events and events[0].event_type in ("Violence against civilians", "Battles")


@pytest.mark.parametrize("text", [
    "Ferry capsizes off Mindoro; 11 dead",
    "Rupee bleeds as foreign investors dump Indian stocks",
    "Striker fires Kenya to victory as Harambee Stars crush Uganda 3-0 in Nairobi",
])
def test_a_headline_s_present_tense_makes_no_violence_of_an_accident_a_market_or_a_game(default_analyzer, text):
    assert not [s for s in _sub_events(default_analyzer, text)
                if s in ("Attack", "Armed clash", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack")]
