"""A place named as someone's office or origin ("the village chief of X", "the imam of X", "a native of X",
« le chef de village de X », "a teacher from X") yields to the place the note locates the deed at."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.place_titles import titled
from sitrep.geo import haversine_km
from tests.analyse.small_world import one_paragraph


@pytest.mark.parametrize("before, language", [
    ("abducted the village chief of ", "en"),
    ("shot dead the imam of ", "en"),
    ("killed the deputy mayor of ", "en"),
    ("a native of ", "en"),
    ("a relative of the chief of ", "en"),
    ("the chief of the village of ", "en"),
    ("a trader originally from ", "en"),
    ("a teacher from ", "en"),
    ("ont enlevé le chef de village de ", "fr"),
    ("un natif d'", "fr"),
    ("le maire de ", "fr"),
])
def test_an_office_or_an_origin_before_a_place(before, language):
    assert titled(before + "Sanga", len(before), language)


@pytest.mark.parametrize("before, language", [
    ("killed two herders in ", "en"),
    ("attacked the village of ", "en"),
    ("about 15 km from ", "en"),
    ("withdrew from ", "en"),
    ("dans le village de ", "fr"),
])
def test_a_place_located_by_the_deed_is_no_title(before, language):
    assert not titled(before + "Sanga", len(before), language)


@pytest.mark.parametrize("after", [" regional governor said", " regional governor's office said", " governor said",
                                   " region's high commissioner said", " provincial governor"])
def test_an_office_named_after_its_place_with_a_qualifier(after):
    text = "the Gao" + after
    assert titled(text, 4, "en", 7)


@pytest.mark.parametrize("after", [" regional hospital", " region on Monday", " regional council building"])
def test_a_place_before_other_nouns_is_no_title(after):
    text = "the Gao" + after
    assert not titled(text, 4, "en", 7)


@pytest.mark.parametrize("text, lat, lon", [
    # the chief's village 35 km from the farm the note pins to its commune
    ("On 3 March 2026, suspected JNIM militants abducted the village chief of Dourou and his brother on "
     "their farm near Kende (Bankass, Mopti).", 13.9913, -3.4955),
    # a near spelling of the title's place (Konna read as Kouna) must not win either
    ("On 14 May 2026, unidentified gunmen shot dead the imam of Konna in the village of Tomina (Djenne, Mopti).",
     13.9343, -4.3204),
    ("On 11 May 2026, JNIM militants abducted the village chief of Sanga and a teacher from Bandiagara in "
     "Andiama (Bankass, Mopti).", 14.0536, -3.4000),
    ("Le 7 mai 2026, des hommes armés ont enlevé le chef de village de Sanga dans le hameau de Kende (Bankass, Mopti).",
     13.9913, -3.4955),
    # the speaker's seat in his title, 90 km from the camp attacked
    ("On 5 May 2026, the Gao regional governor said FAMa had repelled an attack on the army camp at Ansongo, "
     "killing 10 assailants.", 15.6597, 0.5022),
])
def test_the_deeds_place_wins_over_an_office_or_an_origin(default_analyzer, text, lat, lon):
    doc = one_paragraph(text, dt.date(2026, 6, 1), doc_id="t" * 16)
    doc = doc.model_copy(update={"language": "fr"}) if text.startswith("Le ") else doc
    events = default_analyzer.analyse(doc).events
    assert events and events[0].place is not None
    assert haversine_km(events[0].place.latitude, events[0].place.longitude, lat, lon) <= 25


def test_the_title_place_alone_still_places_the_event(default_analyzer):
    doc = one_paragraph("On 9 May 2026, gunmen killed the mayor of Hombori.", dt.date(2026, 6, 1), doc_id="u" * 16)
    events = default_analyzer.analyse(doc).events
    assert events and events[0].place is not None and events[0].place.name == "Hombori"



@pytest.mark.parametrize("text, start_of, after", [
    ("abducted the Dourou village chief near Kende", "Dourou", True),
    ("killed the Hombori deputy mayor at Piringa", "Hombori", True),
    ("abducted Sanga's former mayor in Diangolou", "Sanga", True),
    ("attacked the Boni camp", "Boni", False),
    ("killed two herders in Nenabe on Monday", "Nenabe", False),
])
def test_an_office_named_after_its_place(text, start_of, after):
    start = text.index(start_of)
    assert titled(text, start, "en", start + len(start_of)) is after
