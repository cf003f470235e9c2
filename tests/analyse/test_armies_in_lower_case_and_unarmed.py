"""Names with "army" that world news writes otherwise: a movement whose name a writer leaves partly lower-case ("the
Arakan army", "the Kachin independence army") is still a movement, not the state's army; a charity or a civil-works
corps named "Army" ("the Salvation Army", "the Army Corps of Engineers") bears no arms and is no actor of a battle.
A country's army in lower case ("the Nigerian army", "Myanmar's army") stays the state's.  Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.knowledge.actor_knowledge import kind_of
from tests.analyse.small_world import one_paragraph


def _analysis(analyzer, text: str):
    return analyzer.analyse(one_paragraph(text, dt.date(2021, 6, 2), doc_id="b" * 16))


def _kinds(analyzer, ids) -> set[str | None]:
    return {kind_of(analyzer.knowledge.actors, a) for a in ids}


@pytest.mark.parametrize("text", [
    "The Arakan army seized the town of Kyauktaw after days of heavy fighting with junta troops.",
    "Fighters of the Karen national liberation army took control of the town of Kawkareik on Sunday.",
])
def test_a_movement_named_in_lower_case_takes_territory_as_a_movement(default_analyzer, text):
    analysis = _analysis(default_analyzer, text)
    assert analysis.events, text
    first = analysis.events[0]
    assert first.sub_event_type == "Non-state actor overtakes territory", first.sub_event_type
    assert "state_forces" not in _kinds(default_analyzer, first.side1)


@pytest.mark.parametrize("text", [
    "The Nigerian army retook the town of Damasak from insurgents after a fierce battle on Monday.",
    "Myanmar's army recaptured the town of Kyaukme from the rebels on Friday.",
])
def test_a_country_s_army_in_lower_case_stays_the_state(default_analyzer, text):
    analysis = _analysis(default_analyzer, text)
    assert not any(m.actor_id.startswith("rebel:") for m in analysis.actors)
    assert analysis.events and analysis.events[0].sub_event_type == "Government regains territory"


@pytest.mark.parametrize("text, name", [
    ("Volunteers of the Salvation Army handed out food parcels in the flooded district on Sunday.", "Salvation Army"),
    ("The Army Corps of Engineers said it had finished repairing the levee at the river's mouth.", "Army Corps"),
])
def test_an_unarmed_organisation_named_army_is_no_armed_actor(default_analyzer, text, name):
    analysis = _analysis(default_analyzer, text)
    at = text.index(name)
    armed = [m for m in analysis.actors if m.span.char_start < at + len(name) and at < m.span.char_end
             and _kinds(default_analyzer, [m.actor_id]) & {"state_forces", "rebel_group", "external_other"}]
    assert not armed, [(m.surface, m.actor_id) for m in armed]
