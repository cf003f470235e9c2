"""A saying dated to a day dates the deed it announces: a simple gerund or infinitive ("announced seizing
power", « a annoncé suspendre ») is done as it is said, so the day itself; a finite clause or a perfect
("said that a strike had killed", « annoncé avoir repris ») is an earlier deed, within the week before
(sitrep.analyse.events.dating._announces_its_own_act)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Precision

from .conftest import make_document

PUBLISHED = dt.date(2025, 3, 14)
TUESDAY = dt.date(2025, 3, 11)


def _events(analyzer, text, language):
    doc = make_document(text, PUBLISHED, language=language)
    return analyzer.analyse(doc).events


@pytest.mark.parametrize("text, language", [
    ("On 11 March 2025, officers of the presidential guard announced seizing power in Niamey in a televised "
     "statement, dissolving the government and suspending the constitution.", "en"),
    ("Le 11 mars 2025, des officiers de la garde présidentielle ont annoncé prendre le pouvoir à Niamey, "
     "dans une déclaration télévisée.", "fr"),
])
def test_an_act_announced_as_it_is_done_is_on_the_day(analyzer, text, language):
    events = [e for e in _events(analyzer, text, language) if e.date is not None]
    assert events, "the takeover is an event"
    assert all(e.date.earliest == TUESDAY and e.date.precision == Precision.day for e in events), \
        [(e.sub_event_type, e.date) for e in events]


@pytest.mark.parametrize("text, language", [
    ("The army said on 11 March 2025 that an air strike had killed 14 militants near Menaka.", "en"),
    ("L'armée a annoncé le 11 mars 2025 avoir repris la localité d'Intahaka aux rebelles.", "fr"),
])
def test_an_earlier_deed_told_on_a_day_lies_within_the_week_before(analyzer, text, language):
    events = [e for e in _events(analyzer, text, language) if e.date is not None]
    assert events, "the deed is an event"
    e = events[0]
    assert e.date.latest == TUESDAY and e.date.earliest < TUESDAY, (e.sub_event_type, e.date)
