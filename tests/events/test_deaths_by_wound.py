"""Deaths told by their wound with no doer named are violence by an unnamed armed group against the people named;
fighters "neutralised" by the army in the passive fought it; a killing that brought the victims' side to retaliate on
its doers is a clash; a post overrun in a fight and not said held is an armed clash, not territory taken."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document
from sitrep.analyse.events.codebook_deeds import RETALIATION_ON_THE_OTHER
from sitrep.analyse.events.fates import death_by_wound
from sitrep.analyse.events.outcomes import position_fought_for


@pytest.mark.parametrize("text,expected", [
    ("A fisherman died from his gunshot wounds on the way to the clinic.", True),
    ("Two herders died shortly after being shot near the well.", True),
    ("Three travellers lost their lives when their bus came under gunfire.", True),
    ("The body of a shopkeeper was discovered with bullet wounds.", True),
    ("Un marabout a été tué par balles devant sa maison.", True),
    ("Un éleveur blessé par balles a succombé dans la nuit.", True),
    ("A trader died of malaria in the hospital.", False),
    ("Three passengers lost their lives in a road accident.", False),
    ("Un enfant a succombé à une forte fièvre.", False),
])
def test_death_by_wound(text, expected):
    assert death_by_wound(text) is expected


@pytest.mark.parametrize("text,after,expected", [
    ("Militants overran an army post near the river after a long firefight.", "", True),
    ("Fighters overran the gendarmerie camp.", "Four gendarmes were killed.", True),
    ("Fighters overran the military camp after heavy fighting and took control of the town.", "", False),
    ("Rebels overran the base without a fight after the soldiers left.", "", False),
    ("Militants overran the town of Tarik on Tuesday.", "Three soldiers were killed.", False),  # a town, not a post
    # a part of a post overrun was fought for, the rest held out, even with no fight word told
    ("Gunmen on motorbikes overran part of the barracks before helicopters arrived.", "", True),
    ("Insurgents overran parts of a gendarmerie post at dawn.", "", True),
    ("Jihadists overran part of the camp and took control of the town.", "", False),
    ("Rebels overran part of the town on Monday.", "", False),  # a town, not a post
])
def test_position_fought_for(text, after, expected):
    assert position_fought_for(text, after) is expected


def test_retaliation_on_the_other_side():
    assert RETALIATION_ON_THE_OTHER.search("a Bozo fisherman was killed by Bambara youths, which led to reprisals by "
                                           "Bozo men against the Bambara")
    assert not RETALIATION_ON_THE_OTHER.search("The army vowed retaliation after the attack.")


def _events(analyzer, text: str, language: str = "en"):
    return analyzer.analyse(make_document(text, dt.date(2024, 9, 1), language=language)).events


@pytest.mark.parametrize("language,text", [
    ("en", "On 4 March 2024, a fishmonger died of gunshot wounds near the ferry landing of Konna (Mopti, Mopti)."),
    ("en", "On 9 March 2024, three woodcutters lost their lives in a shooting in the forest outside Macina (Macina, Segou)."),
    ("fr", "Le 12 mars 2024, deux bergers ont été tués par balles près de Nampala (Niono, Ségou)."),
])
def test_death_by_wound_is_an_attack_by_the_unidentified_group(default_analyzer, language, text):
    events = _events(default_analyzer, text, language)
    assert events, "no event"
    assert (events[0].event_type, events[0].sub_event_type) == ("Violence against civilians", "Attack")
    assert events[0].side1 == ["unidentified-armed-group-mali"], events[0].side1


def test_fighter_neutralised_in_the_passive_is_a_clash_with_the_army(default_analyzer):
    text = ("On 2 April 2024, Hamadoun Barry, a member of JNIM wanted for attacks on convoys, was 'neutralised' by "
            "military forces near Tenenkou (Tenenkou, Mopti).")
    events = _events(default_analyzer, text)
    assert events and events[0].sub_event_type == "Armed clash"
    assert events[0].side1 == ["malian-armed-forces"], events[0].side1


def test_post_overrun_in_a_fight_is_an_armed_clash(default_analyzer):
    text = ("On 5 May 2024, JNIM fighters overran a FAMa checkpoint outside Niono (Niono, Segou) after a firefight "
            "with the soldiers. Three soldiers were killed.")
    events = _events(default_analyzer, text)
    assert events and events[0].sub_event_type == "Armed clash", [e.sub_event_type for e in events]


@pytest.mark.parametrize("text", [
    "On 3 May 2024, a trader died of malaria in the hospital of Mopti (Mopti, Mopti).",
    "On 6 May 2024, four passengers lost their lives when their minibus overturned near Segou (Segou, Segou).",
])
def test_deaths_without_violence_stay_outside(default_analyzer, text):
    assert all(e.event_type not in ("Violence against civilians", "Battles") for e in _events(default_analyzer, text))
