"""People found dead with no killer named, in French as in English (« quatre orpailleurs ont été retrouvés sans vie
près de X »), even when a phrase between commas parts the count from the verb; a lynching is a death, in French as
in English; a captive taken somewhere after the arrest ("drove him to X", "ferried them to X") names where he was
taken, not where the deed was; an attack told with an offset back from the sentence's opening day ("in a raid
carried out the day before", « lors d'une embuscade tendue la veille ») is dated that earlier day.  Sentences
written for these tests; run with the CLI's default knowledge (the shipped Sahel places)."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document

REPORT = dt.date(2025, 9, 30)


def _events(default_analyzer, text, language):
    return default_analyzer.analyse(make_document(text, REPORT, language=language)).events


@pytest.mark.parametrize("text,language,dead", [
    ("Le 21 septembre 2025, quatre orpailleurs ont été découverts morts dans une galerie non loin de Kidal.", "fr", 4),
    ("Le 21 septembre 2025, les habitants ont indiqué que deux éleveurs avaient été retrouvés morts près de Ménaka.",
     "fr", 2),
    ("Le 21 septembre 2025, cinq passagers, enlevés deux jours plus tôt sur l'axe Gao-Ansongo, ont été retrouvés "
     "morts près de Ansongo.", "fr", 5),
    ("On 21 September 2025, three fishermen, taken from their boats on the river a week earlier, were later found "
     "dead near Ansongo.", "en", 3),
])
def test_people_found_dead_are_an_attack_with_their_count(default_analyzer, text, language, dead):
    events = _events(default_analyzer, text, language)
    assert events, "no event"
    lead = events[0]
    assert lead.sub_event_type == "Attack", [(e.sub_event_type, e.fatalities) for e in events]
    assert lead.fatalities is not None and lead.fatalities.low == dead, lead.fatalities


@pytest.mark.parametrize("text,language,dead", [
    ("Le 21 septembre 2025, un jeune commerçant a été lynché par des riverains à Gao.", "fr", 1),
    ("Le 21 septembre 2025, trois cambrioleurs présumés ont été lynchés par une foule en colère à Mopti.", "fr", 3),
    ("On 21 September 2025, a presumed cattle rustler was lynched by villagers near Mopti.", "en", 1),
])
def test_a_lynching_counts_its_dead(default_analyzer, text, language, dead):
    events = _events(default_analyzer, text, language)
    assert events and events[0].sub_event_type == "Mob violence", [(e.sub_event_type, e.fatalities) for e in events]
    assert events[0].fatalities is not None and events[0].fatalities.low == dead, events[0].fatalities


@pytest.mark.parametrize("text", [
    "On 21 September 2025, gendarmes detained a village chief in Ansongo and drove him to Gao the next morning.",
    "On 21 September 2025, soldiers picked up two herders in Ansongo and ferried them to Mopti for questioning.",
    "On 21 September 2025, the army arrested a local councillor in Ansongo before flying him to Bamako.",
])
def test_where_a_captive_was_taken_is_not_where_he_was_seized(default_analyzer, text):
    events = _events(default_analyzer, text, "en")
    assert events and events[0].sub_event_type == "Arrests", [(e.sub_event_type, e.place) for e in events]
    assert events[0].place is not None and events[0].place.surface == "Ansongo", events[0].place


@pytest.mark.parametrize("text,language", [
    ("On 21 September 2025, JNIM fighters killed six soldiers near Boni, in a raid carried out the day before.", "en"),
    ("Le 21 septembre 2025, des jihadistes du JNIM ont tué six militaires près de Boni lors d'une embuscade "
     "tendue la veille.", "fr"),
])
def test_an_attack_done_the_day_before_the_opening_day_is_dated_that_day(default_analyzer, text, language):
    events = _events(default_analyzer, text, language)
    assert events and events[0].date is not None, events
    assert events[0].date.earliest == events[0].date.latest == dt.date(2025, 9, 20), events[0].date


def test_an_offset_told_in_a_later_sentence_leaves_the_opening_day(default_analyzer):
    events = _events(default_analyzer, "On 21 September 2025, JNIM fighters killed six soldiers near Boni. The day "
                                       "before, the same group had stolen cattle near Douentza.", "en")
    assert events and events[0].date is not None and events[0].date.earliest == dt.date(2025, 9, 21), events
