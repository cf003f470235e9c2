"""The arrest's taker and the fighters' dead, each read from one place in the knowledge layer.

An arrest "by the authorities" is the state police's: the base's police per country is read once per base,
not once per arrest sentence.  Whose dead a toll counts, whether two outlets' victims differ, and whether a
count is the attackers' are asked of one list of words for fighters (the armed-people lexicon's
``fighter_dead`` role); whether a deed is an armed group's, of its ``hostile`` role.
"""

from __future__ import annotations

import re
import types

import pytest

from sitrep.analyse.events import frames, registers, tolls
from sitrep.analyse.events.detentions import ARRESTS, arresting_force
from sitrep.analyse.events.types import STRATEGIC
from sitrep.fuse import counts, disputes
from sitrep.knowledge.armed_people import armed_forms
from sitrep.knowledge.actors import ActorBase
from sitrep.model import Actor

_ARMED_SIDE = dict(tolls._SIDES)["armed"]


def _base() -> ActorBase:
    actors = [Actor(actor_id="government-of-mali", name="Government of Mali", kind="state_forces", country="ML"),
              Actor(actor_id="malian-police", name="Police Forces of Mali", kind="state_forces", country="ML"),
              Actor(actor_id="malian-armed-forces", name="Malian Armed Forces", kind="state_forces", country="ML")]
    return ActorBase(actors={a.actor_id: a for a in actors})


def test_the_authorities_arrest_by_their_police_read_once_per_base():
    base = _base()
    ctx = types.SimpleNamespace(knowledge=types.SimpleNamespace(actors=base))
    text = "Malian authorities detained two traders at the market of Sévaré on Thursday."
    assert arresting_force(ctx, STRATEGIC, ARRESTS, ["government-of-mali"], text) == ["malian-police"]
    assert base.police_by_country is base.police_by_country  # built once, not per sentence
    assert _base().police_by_country is not base.police_by_country  # each base its own


def test_a_base_without_the_country_s_police_keeps_the_government():
    base = _base()
    del base.actors["malian-police"]
    ctx = types.SimpleNamespace(knowledge=types.SimpleNamespace(actors=base))
    text = "The authorities arrested a local official in Ansongo."
    assert arresting_force(ctx, STRATEGIC, ARRESTS, ["government-of-mali"], text) == ["government-of-mali"]


@pytest.mark.parametrize("words", [
    "seven gunmen", "12 assailants", "the attackers", "four bandits", "two rebels", "cinq combattants",
    "neuf assaillants", "20 terroristes", "three insurgents", "a fighter", "les hors-la-loi",
])
def test_the_three_toll_readers_agree_on_the_fighters(words):
    assert _ARMED_SIDE.search(words), "tolls"
    assert counts._FIGHTERS.search(words), "fuse counts"
    assert disputes._FIGHTER_VICTIMS.search(words), "fuse disputes"


@pytest.mark.parametrize("words", ["seven villagers", "three soldiers", "des civils", "two herders"])
def test_no_toll_reader_counts_others_as_fighters(words):
    assert not _ARMED_SIDE.search(words)
    assert not counts._FIGHTERS.search(words)
    assert not disputes._FIGHTER_VICTIMS.search(words)


def test_every_fighter_word_is_read_by_all_three():
    for form in armed_forms("fighter_dead").split("|"):
        sample = re.sub(r"\(\?:[^)]*\)|[?\\]", "", form).replace("d?", "")
        assert _ARMED_SIDE.search(sample) and counts._FIGHTERS.search(sample) and \
            disputes._FIGHTER_VICTIMS.search(sample), form


def test_the_hostile_doers_are_one_list():
    assert registers.ARMED_WORDS is frames.ARMED_WORDS
    for text in ("Militants attacked troops on exercise.", "Des hommes armés ont tiré sur la foule.",
                 "An armed gang stormed the village."):
        assert frames.ARMED_WORDS.search(text)
    assert not frames.ARMED_WORDS.search("He accidentally shot his cousin while cleaning his rifle.")
