"""Coder's notes from a Sahel country the project's own articles never cover (Niger), on a
gazetteer built by hand with invented places: homonyms in two countries, villages named together,
a note that never names its country.

What ACLED would code: generic words ("unknown gunmen", "soldiers", "residents", "traders who
marched") name the actor of the note's country, which the note says only through its places; of a
name's homonyms, the one in that country and near the other places the note names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Document

from tests.analyse.small_world import analyzer_over, one_paragraph

# (geonameid, name, lat, lon, country, admin1, admin2, feature class, feature code, population) — invented
ROWS = [
    (9100001, "Wandare Department", 14.20, 0.90, "NE", "09", "91", "A", "ADM2", 0),
    (9100002, "Bourkou", 14.25, 0.95, "NE", "09", "91", "P", "PPL", 0),  # the commune's seat
    (9100003, "Tamsaga", 14.32, 1.02, "NE", "09", "91", "P", "PPL", 0),  # 11 km from Bourkou
    (9100004, "Tamsaga", 13.10, -6.20, "ML", "05", None, "P", "PPL", 0),  # its homonym in Mali
    (9100011, "Tamsaga", 13.50, 3.00, "NE", "03", None, "P", "PPLA3", 3000),  # a larger one, far away
    (9100005, "Kalgo", 14.36, 1.10, "NE", "09", None, "P", "PPL", 0),  # a village near the first Tamsaga
    (9100006, "Gadabo", 14.80, 1.40, "NE", "09", None, "P", "PPL", 0),
    (9100007, "Gadabo", 15.90, -2.40, "ML", "06", None, "P", "PPLA3", 2000),  # larger, in Mali
    (9100008, "Sabon Tasha", 14.85, 1.45, "NE", "09", None, "P", "PPL", 0),  # a name only Niger has
    (9100012, "Nia Tondi", 14.28, 0.99, "NE", "09", "91", "P", "PPL", 0),  # a village named like a person
    (9100009, "Mali", 17.0, -4.0, "ML", None, None, "A", "PCLI", 20000000),
    (9100010, "Niger", 17.6, 8.1, "NE", None, None, "A", "PCLI", 20000000),
]


def _doc(text: str, published=dt.date(2023, 3, 14)) -> Document:
    return one_paragraph(text, published, doc_id="c" * 16)


@pytest.fixture(scope="module")
def niger_analyzer(knowledge):
    return analyzer_over(ROWS, knowledge.actors, detailed=frozenset({"NE", "ML"}))


def _sides(event) -> set[str]:
    return {*event.side1, *event.side2, *event.assoc1, *event.assoc2}


def test_generic_actors_are_of_the_country_the_places_lie_in(niger_analyzer):
    text = ("On 12 March 2023, unknown gunmen on motorcycles killed four residents and stole livestock in the "
            "village of Tamsaga (Bourkou, Wandare). Soldiers later clashed with the gunmen near Bourkou.")
    analysis = niger_analyzer.analyse(_doc(text))
    assert analysis.events
    first = analysis.events[0]
    assert first.side1 == ["unidentified-armed-group-niger"]
    assert first.place is not None and first.place.country == "NE" and first.place.name == "Tamsaga"
    ids = {a.actor_id for a in analysis.actors}
    assert "niger-armed-forces" in ids and "civilians-niger" in ids
    # must not: the Malian army, civilians or gunmen of another country for a note about Niger
    assert not {i for i in ids if i.endswith("-mali") or i.startswith("malian-")}
    assert not any(i.endswith("-mali") or i.startswith("malian-") for e in analysis.events for i in _sides(e))


def test_a_protest_is_led_by_the_country_s_protesters(niger_analyzer):
    text = "On 3 March 2023, traders marched peacefully in Tamsaga (Bourkou, Wandare) to denounce new market taxes."
    analysis = niger_analyzer.analyse(_doc(text))
    protests = [e for e in analysis.events if e.event_type == "Protests"]
    assert protests and protests[0].side1 == ["protesters-niger"]


def test_villages_named_together_are_the_homonyms_close_to_each_other(niger_analyzer):
    text = "On 9 March 2023, herders from Tamsaga and farmers from Kalgo clashed over a water point; three people were killed."
    places = {p.surface: p for p in niger_analyzer.analyse(_doc(text)).places}
    assert places["Tamsaga"].place_id == "gn:9100003"  # the Tamsaga near Kalgo, not a larger one far off


def test_a_name_one_country_alone_has_settles_the_others(niger_analyzer):
    """"Sabon Tasha" exists only in Niger: "Gadabo" is then Niger's, not the larger Malian one."""
    text = "On 5 March 2023, militants burned the market of Gadabo and attacked the village of Sabon Tasha, killing two civilians."
    places = {p.surface: p for p in niger_analyzer.analyse(_doc(text)).places}
    assert places["Gadabo"].country == "NE"
    # a note that names Mali keeps the Malian Gadabo: the text's country outweighs the other names
    text = "In Mali, on 5 March 2023, militants burned the market of Gadabo and later attacked a convoy."
    places = {p.surface: p for p in niger_analyzer.analyse(_doc(text)).places}
    assert places["Gadabo"].country == "ML"


def test_a_village_named_like_a_person_is_a_place(niger_analyzer):
    text = "On 8 March 2023, militants killed two herders in the village of Nia Tondi (Bourkou, Wandare)."
    analysis = niger_analyzer.analyse(_doc(text))
    assert [p.place_id for p in analysis.places if p.surface == "Nia Tondi"] == ["gn:9100012"]
    assert not [p for p in analysis.persons if "Nia" in p.surface]
    assert analysis.events and analysis.events[0].place.place_id == "gn:9100012"
