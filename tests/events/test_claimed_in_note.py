"""A coder's note that tells its event as a claim: "On 4 May 2024, JNIM claimed responsibility for an attack
on a FAMa base in X" is how ACLED notes report an attack known from the group's claim, and ACLED codes the
attack (a battle, the claimant its actor 1).  A claim of "the attack" in a news snippet, or in a note's later
sentence, stays a statement of authorship.  Notes written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.analyse.small_world import one_paragraph


def _events(analyzer, text: str):
    return analyzer.analyse(one_paragraph(text, dt.date(2024, 6, 2), doc_id="e" * 16)).events


@pytest.mark.parametrize("text, event_type, actor", [
    ("On 2 June 2024, JNIM claimed responsibility for an attack on an army position in Sofara (Djenne, Mopti).",
     "Battles", "jnim"),
    ("On 2 June 2024, IS Sahel claimed responsibility for an ambush against a FAMa patrol near Inekar (Menaka), "
     "saying it killed nine soldiers.", "Battles", "islamic-state-sahel"),
    ("On 2 June 2024, JNIM claimed responsibility for two IED attacks that targeted military vehicles near Boni "
     "(Douentza, Mopti).", "Explosions/Remote violence", "jnim"),
])
def test_a_dated_note_that_claims_a_new_attack_reports_it(default_analyzer, text, event_type, actor):
    events = _events(default_analyzer, text)
    assert events, text
    assert events[0].event_type == event_type
    assert actor in events[0].side1


def test_a_claim_of_the_attack_told_elsewhere_is_no_second_event(default_analyzer):
    text = ("On 2 June 2024, suspected JNIM militants attacked the FAMa camp of Sofara (Djenne, Mopti), killing "
            "four soldiers. JNIM later claimed responsibility for an attack on the camp.")
    events = _events(default_analyzer, text)
    assert len(events) == 1 and events[0].event_type == "Battles"
