"""Election sites and their people, activists, armed groups vying for a route, professions in a crowd (written for this
test, not taken from ``data/case_blind_styles_11.tsv`` whose classes they stand for).

Gunmen who storm a polling station and shoot its staff or voters strike civilians (an attack, not a battle), in either
voice; a social leader or an activist shot dead is a civilian too; guerrillas and dissidents who "fight for control"
of a route or a mine fight a battle, while party factions fighting for control of a council fight none; lawyers or
labourers who ransack a building are a crowd (a riot), and students who commandeer buses and torch them are one too.
"""

from __future__ import annotations

import pytest

from .conftest import make_document


def _sub_events(analyzer, text: str) -> list[str]:
    return [e.sub_event_type for e in analyzer.analyse(make_document(text)).events]


@pytest.mark.parametrize("text, sub_event", [
    ("Armed men stormed a polling centre in Larkana and fired on voters waiting in line, killing three of them.",
     "Attack"),
    ("An election official was shot dead and two polling staff were injured when a polling booth in Bhind was stormed"
     " by gunmen.", "Attack"),
    ("Community leader shot dead outside his home in Buenaventura", "Attack"),
    ("ELN guerrillas and paramilitary groups are fighting for control of the gold mines in southern Bolivar; 14 dead",
     "Armed clash"),
])
def test_the_event_its_words_tell(default_analyzer, text, sub_event):
    assert _sub_events(default_analyzer, text)[:1] == [sub_event]


@pytest.mark.parametrize("text", [
    "Two factions of the ruling party vie for control of the Karachi municipal corporation.",
    "Banks and insurers fight for control of the pension market in Sao Paulo.",
])
def test_a_contest_for_control_without_arms_is_no_battle(default_analyzer, text):
    assert not {"Armed clash", "Attack"} & set(_sub_events(default_analyzer, text))


@pytest.mark.parametrize("text", [
    "Advocates ransacked the district court's record room in Multan and beat a clerk.",
    "Students commandeered two buses and set them on fire in Ayotzinapa.",
])
def test_a_profession_or_students_who_destroy_are_a_crowd(default_analyzer, text):
    assert _sub_events(default_analyzer, text)[:1] in (["Mob violence"], ["Violent demonstration"])
