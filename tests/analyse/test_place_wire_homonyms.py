"""Classes of place phrasing in multi-outlet wire stories that left one deed's reports 100+ km apart:

- a country's adjective is no place: "near the western Nigerien town of X" names X, never "Nigerien";
- one name, one village per article: "an attack on the market of X … a resident of X" is one X, even when
  the gazetteer has a hamlet of that name 180 km off;
- a region named as such (« la région de Tillabéri », "the Tillaberi region") is the whole region: its seat
  town lifts no homonym lying by it, and neither does a dateline's hamlet namesake ("NIAMEY" → "Niamé").

The gazetteer is invented (names and coordinates made up, in Niger), so that each result can only come
from the rows listed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.analyse.small_world import analyzer_over, one_paragraph

# (geonameid, name, lat, lon, country, admin1, admin2, feature class, feature code, population)
ROWS = [
    (9300001, "Niger", 16.0, 8.0, "NE", None, None, "A", "PCLI", 20000000),
    (9300002, "Tillaberi Region", 14.33, 2.08, "NE", "06", None, "A", "ADM1", 2000000),
    (9300003, "Tillabéri", 14.21, 1.45, "NE", "06", None, "P", "PPLA", 20000),
    (9300004, "Niamey", 13.51, 2.11, "NE", "08", None, "P", "PPLC", 1000000),
    (9300005, "Kolbangou", 15.04, 2.70, "NE", "06", None, "P", "PPL", 9000),  # the market town
    (9300006, "Kolbangou", 13.90, 1.50, "NE", "06", None, "P", "PPL", 0),  # its homonym hamlet, 180 km off
    (9300007, "Niamé", 13.95, 1.60, "NE", "06", None, "P", "PPL", 0),  # a hamlet by the homonym
]
MARKET_TOWN = "gn:9300005"


@pytest.fixture(scope="module")
def world(knowledge):
    return analyzer_over(ROWS, knowledge.actors, detailed=frozenset({"NE"}))


def _places(analyzer, text: str, language: str = "en"):
    doc = one_paragraph(text, dt.date(2026, 11, 8), doc_id="d" * 16).model_copy(update={"language": language})
    return analyzer.analyse(doc).places


def test_a_demonym_before_a_town_is_no_place(world):
    places = _places(world, "Gunmen ambushed an army patrol near the western Nigerien town of Kolbangou in Niger on "
                            "Sunday, killing a dozen soldiers.")
    assert "Nigerien" not in {p.surface for p in places}


@pytest.mark.parametrize("text, language", [
    ("Des hommes armés ont ouvert le feu vendredi sur le marché de Kolbangou, dans le nord de la région de Tillabéri "
     "au Niger. « Ils sont arrivés à moto », a raconté un habitant de Kolbangou.", "fr"),
    ("NIAMEY (Reuters) - Gunmen killed 16 civilians at the weekly market in Kolbangou in Niger on Friday. "
     "A trader from Kolbangou said the attackers came on motorbikes.", "en"),
])
def test_a_recurring_name_is_the_one_town_not_the_homonym_by_the_seat_or_the_dateline(world, text, language):
    towns = {p.place_id for p in _places(world, text, language) if p.surface == "Kolbangou"}
    assert towns == {MARKET_TOWN}
