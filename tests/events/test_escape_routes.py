"""An armed group's escape route after its raid ("the militants withdrew towards X after the clash", « les assaillants
ont pris la fuite en direction de X ») is where it went, not a place it held and lost: no change of territory
(events/outcomes.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document

TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


@pytest.mark.parametrize("text, language", [
    ("JNIM fighters on motorbikes ambushed an army convoy near the town of Douentza on Monday, killing six soldiers, a "
     "security source said.\n\nA local official said the militants withdrew towards Boni after the clash, which "
     "lasted about an hour.", "en"),
    ("Des combattants du JNIM ont attaqué lundi un convoi de l'armée près de la localité de Douentza, tuant six soldats, "
     "selon une source sécuritaire.\n\nSelon un élu local, les assaillants ont pris la fuite en direction de Boni "
     "après les combats.", "fr"),
])
def test_an_escape_route_after_a_raid_is_no_change_of_territory(default_analyzer, text, language):
    doc = make_document(text, published=dt.date(2026, 5, 5), language=language)
    events = default_analyzer.analyse(doc).events
    assert events, "no event"
    assert not [e for e in events if e.sub_event_type in TERRITORY], [(e.sub_event_type, e.side1, e.side2) for e in events]
