"""Where an event happened, not where people went afterwards: "fled to X", "evacuated to X", "arriving
in X", « ont fui vers X », "from X to Y" and "5 km before X" (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2026, 4, 9)


def _first_place(analyzer, make_doc, text, language):
    doc = make_doc(text, published=DAY, language=language)
    events = [e for e in analyzer.analyse(doc).events if e.place is not None]
    assert events, text
    return events[0].place


@pytest.mark.parametrize("text,language,place", [
    ("Dozens of families fled to Mopti on Tuesday after militants burned granaries in Sokoura.", "en", "Sokoura"),
    ("On Monday the wounded were evacuated to Gao after gunmen ambushed a lorry near Tassiga.", "en", "Tassiga"),
    ("Displaced herders arriving in Sevare said gunmen had shot dead five men in Ouatagouna on Sunday.", "en",
     "Ouatagouna"),
    ("Villagers who took refuge in Bankass said militants had torched the market of Koro on Friday.", "en", "Koro"),
    ("Mardi, les habitants ont fui vers Douentza après que des hommes armés ont incendié des greniers à Boni.", "fr",
     "Boni"),
    ("Mardi, des blessés ont été évacués vers Gao après une embuscade tendue près d'Ansongo.", "fr", "Ansongo"),
    ("Mardi, des hommes armés ont attaqué un car de transport sur la route de Boni à Hombori.", "fr", "Boni"),
    ("On Tuesday militants went from house to house in Ouatagouna and killed six men.", "en", "Ouatagouna"),
    # a crowd that "took to the streets of X" is in X; the deed its grievance names is elsewhere
    ("On Monday youths took to the streets of Kati to denounce the ambush that killed soldiers near Kassela.", "en",
     "Kati"),
])
def test_the_event_is_where_it_happened_not_where_people_went(default_analyzer, make_doc, text, language, place):
    assert _first_place(default_analyzer, make_doc, text, language).name == place


def test_a_distance_before_a_town_on_a_road_is_near_that_town(default_analyzer, make_doc):
    # "before" here is along the road, not a date's "before"
    place = _first_place(default_analyzer, make_doc,
                         "On Tuesday ISSP fighters ambushed MSA combatants 5 km before Inekar on "
                         "the road from Menaka, killing three.", "en")
    assert (place.name, place.geo_precision) == ("Inékar", 2)


def test_a_destination_stands_in_for_an_unknown_village_at_lower_precision(default_analyzer, make_doc):
    place = _first_place(default_analyzer, make_doc,
                         "On Tuesday gunmen killed four herders in Wendoubelli, and dozens "
                         "of residents fled to Ansongo.", "en")
    # the village the gazetteer lacks is somewhere near the town people fled to, never at it exactly
    assert place.name == "Ansongo" and place.geo_precision >= 2
