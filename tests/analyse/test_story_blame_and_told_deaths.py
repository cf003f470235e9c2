"""A longer story's blame after its attacks, and deaths reported through an infinitive of telling
(``sitrep.analyse.events.attributed_doer.story_blame``, ``sitrep.analyse.events.syntax.is_modal``)."""

from __future__ import annotations

import datetime as dt

from sitrep.model import Published

from .seeds import make_document

STORY = (
    "Fifteen people were killed in two separate attacks on Friday in Niger's Tillaberi region, officials said.\n\n"
    "In the first attack, dozens of militants on motorcycles attacked an army post in Bankilaré early Friday. Nine "
    "soldiers were killed and 11 wounded, the army said.\n\n"
    "Hours later, gunmen killed six worshippers as they left a mosque in Ayorou, a local official said.\n\n"
    "No group has claimed either attack. The army blamed the Islamic State Sahel Province, which has carried out a "
    "string of attacks since the start of the rainy season.\n\n"
    "Niger's military government has struggled to contain the violence."
)


def _events(text: str):
    from sitrep.eval.gold import default_analyzer

    doc = make_document("sb", text, Published(date=dt.date(2029, 9, 29)), language="en")
    return default_analyzer().analyse(doc).events


def test_the_story_blame_names_the_doer_of_each_unclaimed_attack_and_the_sum_is_no_toll():
    events = _events(STORY)
    by_place = {e.place.name: e for e in events if e.place is not None and e.place.name in ("Bankilaré", "Ayorou")}
    assert set(by_place) == {"Bankilaré", "Ayorou"}, [(e.place and e.place.name, e.side1) for e in events]
    assert all(e.side1 == ["islamic-state-sahel"] for e in by_place.values()), [e.side1 for e in by_place.values()]
    lead = [e for e in events if e.span.char_start == 0]
    assert not lead or lead[0].fatalities is None  # the fifteen are two attacks' dead added up


def test_a_blame_that_names_its_own_place_is_another_incident():
    text = STORY.replace("The army blamed the Islamic State Sahel Province", "In Tillia, the army blamed the Islamic "
                         "State Sahel Province for a raid")
    events = _events(text)
    assert not any(e.side1 == ["islamic-state-sahel"] for e in events if e.place is not None and e.place.name == "Ayorou")


def test_deaths_residents_are_said_to_report_are_no_plan():
    text = ("Ayorou killings\n\nResidents we spoke to say eight people were killed when gunmen opened fire on "
            "worshippers in Ayorou on Friday.")
    events = _events(text)
    assert any(e.fatalities is not None and e.fatalities.low == 8 for e in events), events
