"""Movements named "<Proper words> Army" are non-state armed groups, not the state's army.

World news (CASE style) names rebel movements "the Arakan Army", "Kachin Independence Army rebels",
"the Lord's Resistance Army"; the base's generic "army" once read them as the state's army, so a
town a movement captured became the government regaining it.  A country's own army ("the Nigerian
Army", "Sudanese Army", "Pakistan Army", "Myanmar's army") stays the state's.  Sentences written for
these tests, in several countries' wording.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.knowledge.actor_knowledge import kind_of
from sitrep.knowledge.army_names import is_country_words, named_group_id
from tests.analyse.small_world import one_paragraph


def _analysis(analyzer, text: str):
    return analyzer.analyse(one_paragraph(text, dt.date(2021, 6, 2), doc_id="a" * 16))


def _kinds(analyzer, ids) -> set[str | None]:
    return {kind_of(analyzer.knowledge.actors, a) for a in ids}


@pytest.mark.parametrize("words", [
    "Arakan", "Kachin Independence", "New People's", "Karen National Liberation", "Free Syrian",
    "Lord's Resistance", "Sudan People's Liberation", "Irish Republican", "Balochistan Liberation",
    "Ta'ang National Liberation", "Shan State", "Oromo Liberation",
])
def test_a_movement_s_words_are_no_country(words):
    assert not is_country_words(words.split())


@pytest.mark.parametrize("words", [
    "Sudanese", "Nigerian", "Malian", "Myanmar's", "Pakistan", "Sri Lanka", "Sri Lankan", "Afghan National",
    "Syrian Arab", "Royal Thai", "Korean People's", "U.S.", "Ugandan", "Lebanese", "Chinese", "Burkina Faso",
    "People's Liberation",
])
def test_a_country_or_its_adjective_names_the_state_army(words):
    assert is_country_words(words.split())


def test_an_unknown_movement_carries_its_kind_in_its_id():
    actor_id = named_group_id("Kachin Independence Army")
    assert actor_id == "rebel:kachin-independence-army"
    assert kind_of(None, actor_id) == "rebel_group"
    assert kind_of(None, "org:kachin-independence-army") is None


@pytest.mark.parametrize("text, surface, expected_sub", [
    ("The Arakan Army overran a border guard post near Maungdaw after a night of heavy fighting, residents said.",
     "Arakan Army", "Armed clash"),
    ("Kachin Independence Army rebels captured a hilltop camp near Laiza on Saturday following clashes.",
     "Kachin Independence Army rebels", "Armed clash"),
    ("Karen National Liberation Army rebels seized the town of Kawkareik and hoisted their flag over it.",
     "Karen National Liberation Army rebels", "Non-state actor overtakes territory"),
    ("Fighters of the Ta'ang National Liberation Army took control of the town of Namtu on Thursday.",
     "Ta'ang National Liberation Army", "Non-state actor overtakes territory"),
    ("New People's Army guerrillas attacked a police station in Northern Samar, wounding two officers.",
     "New People's Army guerrillas", None),
    ("Sudan People's Liberation Army-North fighters ambushed a supply convoy in South Kordofan, killing four.",
     "Sudan People's Liberation Army-North fighters", None),
])
def test_a_named_movement_is_a_rebel_group_not_the_state(default_analyzer, text, surface, expected_sub):
    analysis = _analysis(default_analyzer, text)
    named = [m for m in analysis.actors if m.surface == surface]
    assert named, [(m.surface, m.actor_id) for m in analysis.actors]
    assert _kinds(default_analyzer, [m.actor_id for m in named]) == {"rebel_group"}
    assert analysis.events, text
    first = analysis.events[0]
    assert named[0].actor_id in first.side1
    assert "state_forces" not in _kinds(default_analyzer, first.side1)
    assert first.sub_event_type != "Government regains territory"
    if expected_sub:
        assert first.sub_event_type == expected_sub


@pytest.mark.parametrize("text", [
    "The Nigerian Army retook the town of Damasak from insurgents after a fierce battle on Monday.",
    "Sudanese Army units recaptured a garrison town in Blue Nile state from rebel fighters.",
    "The Pakistan Army said its troops regained control of a mountain post in North Waziristan.",
])
def test_a_country_s_army_stays_the_state(default_analyzer, text):
    analysis = _analysis(default_analyzer, text)
    assert not any(m.actor_id.startswith("rebel:") for m in analysis.actors)
    assert analysis.events, text
    assert "state_forces" in _kinds(default_analyzer, analysis.events[0].side1)


@pytest.mark.parametrize("text, surface, actor_id", [
    ("The Spanish Army sent two companies to the enclave on Monday after clashes with smugglers.",
     "Spanish Army", "state:military-es"),
    ("Spanish police arrested three men suspected of financing an armed group in Barcelona on Tuesday.",
     "Spanish police", "state:police-es"),
    ("The Kenyan Air Force bombed a militant camp near the Somali border, killing ten fighters.",
     "Kenyan Air Force", "state:military-ke"),
    ("A Danish Navy frigate intercepted a skiff carrying rifles off the coast, the ministry said.",
     "Danish Navy", "state:military-dk"),
    ("The Portuguese Armed Forces clashed with gunmen near the airport of Bangui, killing three.",
     "Portuguese Armed Forces", "state:military-pt"),
])
def test_a_country_s_force_the_base_lacks_is_that_country_s_state_force(default_analyzer, text, surface, actor_id):
    analysis = _analysis(default_analyzer, text)
    named = [m for m in analysis.actors if m.surface == surface]
    assert [m.actor_id for m in named] == [actor_id], [(m.surface, m.actor_id) for m in analysis.actors]
    assert _kinds(default_analyzer, [actor_id]) == {"state_forces"}
    assert not any(m.actor_id.startswith("rebel:") for m in analysis.actors)


@pytest.mark.parametrize("text, actor_id", [
    ("The Chadian army said its troops repelled an attack on a post near Lake Chad on Sunday.", "chad-armed-forces"),
    ("Nigerien police arrested four suspects after the market attack in Tillabéri on Friday.", "niger-police"),
])
def test_a_country_s_force_the_base_knows_stays_the_base_s(default_analyzer, text, actor_id):
    analysis = _analysis(default_analyzer, text)
    assert actor_id in {m.actor_id for m in analysis.actors}
    assert not any(m.actor_id.startswith("state:") for m in analysis.actors)


@pytest.mark.parametrize("text", [
    "Niger Armed Forces said they repelled an attack on a post near Torodi, killing several assailants.",
    "Burkina Faso's army said a terrorist incursion near Djibo was repelled on Sunday.",
])
def test_a_known_country_s_force_under_another_name_is_left_to_the_base(default_analyzer, text):
    # the base's phrases decide, as before: a second actor id for the same army split fused stories
    analysis = _analysis(default_analyzer, text)
    assert not any(m.actor_id.startswith(("state:", "rebel:")) for m in analysis.actors)
