"""An NGO's or the UN's statement filed under a dateline ("Nairobi - Human Rights Watch said…",
"GENEVA - The UN human rights office said…") is the statement's claim about the incident it
describes: its place is where the incident happened, never the town the statement was filed from."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.cues import DATELINE

from .conftest import make_document


FRIDAY = dt.date(2026, 11, 27)


def _analyse(analyzer, text, language="en"):
    doc = make_document(text, FRIDAY, language=language)
    return analyzer.analyse(doc)


@pytest.mark.parametrize("lead", [
    "Nairobi - Human Rights Watch said on Thursday that soldiers killed at least 14 herders in the village "
    "of Dioura in central Mali on November 14, 2026.",
    "DAKAR - Human Rights Watch said on Thursday that soldiers killed at least 14 herders in the village "
    "of Dioura in central Mali on November 14, 2026.",
])
def test_the_statement_is_about_the_incident_not_the_dateline_town(default_analyzer, lead):
    a = _analyse(default_analyzer, lead)
    violent = [e for e in a.events if e.event_type in ("Violence against civilians", "Explosions/Remote violence")]
    assert violent, [(e.event_type, e.sub_event_type) for e in a.events]
    for e in violent:
        assert e.place is not None and e.place.name == "Dioura", e.place
        assert e.date is not None and e.date.earliest == dt.date(2026, 11, 14), e.date
    assert {e.place.name for e in a.events if e.place is not None} <= {"Dioura", "Mali"}


@pytest.mark.parametrize("text, end", [
    ("Ouagadougou - We are deeply concerned for our colleagues.", len("Ouagadougou - ")),
    ("Bobo-Dioulasso — Les habitants ont fui.", len("Bobo-Dioulasso — ")),
    ("NIAMEY (Reuters) - Gunmen attacked a convoy.", len("NIAMEY (Reuters) - ")),
])
def test_a_plain_place_before_a_spaced_dash_opens_the_text_as_a_dateline(text, end):
    m = DATELINE.match(text)
    assert m is not None and m.end() == end


@pytest.mark.parametrize("text", [
    "Gunmen - at least a dozen of them - attacked the village.",  # an aside between dashes
    "The attack on Solanga - the deadliest this year - killed 27.",
    "Mali-Burkina relations have soured.",
])
def test_an_aside_between_dashes_is_no_dateline(text):
    assert DATELINE.match(text) is None
