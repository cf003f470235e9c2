"""Two places a note names besides the event's: where people were travelling to when the event met them ("as
they travelled to Djibo": the past tense beside "travelling"), and where the news of it came to ("news of the
killings reached Mopti only on 14 June", « la nouvelle n'est parvenue à Bamako que le 14 juin »).  Neither is
the event's place when the sentence names another (``lang.en``/``lang.fr`` ``JOURNEY_BEFORE`` and
``SPEAKER_AT_BEFORE``)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse import Analyzer
from sitrep.knowledge import load_knowledge
from tests.analyse.small_world import first_event_place


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(load_knowledge())


def _event_place(analyzer, text: str, language: str):
    return first_event_place(analyzer, text, dt.date(2025, 6, 20), "n" * 16, language)


@pytest.mark.parametrize("text, language, event_place, elsewhere", [
    ("On 5 March 2024, gunmen abducted a municipal councillor of Tongomayel (Tongomayel, Soum) and his son as they "
     "travelled to Djibo.", "en", "Tongomayel", "Djibo"),
    ("On 12 April 2025, unidentified gunmen shot dead two traders from Boni as they traveled to Douentza.", "en",
     "Boni", "Douentza"),
    ("News of the killings reached Mopti only on 14 June 2025: on 11 June, gunmen had shot dead four herders near "
     "Dialloubé.", "en", "Dialoubé", "Mopti"),
    ("Word of the ambush reached Bamako two days later: JNIM militants had killed three soldiers near Nampala (Niono, "
     "Segou) on 3 May 2025.", "en", "Nampala", "Bamako"),
    ("La nouvelle du massacre n'est parvenue à Bamako que le 14 juin 2025 : le 11 juin, des hommes armés avaient tué "
     "six villageois à Ogossagou.", "fr", "Ogossogou", "Bamako"),
])
def test_the_journeys_end_and_the_newsroom_are_not_the_events_place(analyzer, text, language, event_place, elsewhere):
    place = _event_place(analyzer, text, language)
    assert place.name == event_place and place.name != elsewhere, (place.name, place.latitude, place.longitude)
