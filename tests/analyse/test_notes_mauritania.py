"""Coder's notes in a style the project's own articles never use, from a Sahel country they never
cover (Mauritania), on a gazetteer built by hand with invented places: a road named by the towns
at its ends, three-level qualifiers "(Commune, Department, Region)", an unknown village known only
by the bracket that follows it, a commune joined to its department by a hyphen.

What ACLED would code: an event on a road at the first town named, precision 2; a village the
gazetteer lacks at its commune, precision 2, never at a same-name village outside the commune.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Document

from tests.analyse.small_world import one_paragraph

# (geonameid, name, lat, lon, country, admin1, admin2, feature class, feature code, population) — invented
ROWS = [
    (9200001, "Hodh Wadi", 16.5, -7.5, "MR", "01", None, "A", "ADM1", 0),
    (9200002, "Timbara", 16.3, -8.1, "MR", "01", "11", "A", "ADM2", 0),
    (9200003, "Aglal", 16.40, -8.00, "MR", "01", "11", "P", "PPL", 0),  # a commune's seat
    (9200004, "Kodial", 16.10, -7.20, "MR", "01", None, "P", "PPL", 0),  # a town at one end of a road
    (9200005, "Bassirou", 15.90, -6.60, "MR", "01", None, "P", "PPL", 0),  # the town at the other end
    (9200006, "Tenfara", 16.95, -7.40, "MR", "01", None, "P", "PPL", 0),  # ~90 km from Aglal: another Tenfara
    (9200007, "Lemrabe", 16.52, -7.95, "MR", "01", "11", "P", "PPL", 0),  # 14 km from Aglal
    (9200008, "Lemrabe", 16.20, -6.50, "MR", "01", None, "P", "PPL", 0),  # 160 km away, same region
    (9200009, "Mauritania", 20.0, -10.0, "MR", None, None, "A", "PCLI", 4000000),
    (9200010, "Timbara", 16.32, -8.12, "MR", "01", "11", "P", "PPLA2", 0),  # the department's seat
    (9200011, "Sokoura", 17.10, -8.60, "MR", "01", None, "P", "PPL", 0),  # 92 km from Timbara, named as written
    (9200012, "Sokourane", 16.35, -8.05, "MR", "01", None, "P", "PPL", 0),  # 8 km away, "Sokoura" only an alternate
    (9200013, "Sokoura", 16.0, -12.5, "MR", "02", None, "P", "PPL", 0),  # another region, far west
]
ALTERNATES = {9200012: ["Sokoura"]}


def _doc(text: str, published=dt.date(2023, 6, 20)) -> Document:
    return one_paragraph(text, published, doc_id="d" * 16)


@pytest.fixture(scope="module")
def mauritania_analyzer(knowledge):
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import Knowledge
    from sitrep.knowledge.gazetteer import build_gazetteer, name_keys

    gaz = build_gazetteer([(row, name_keys(row[1], alternates=ALTERNATES.get(row[0], ()))) for row in ROWS], world=False)
    gaz.imported = gaz.detailed = frozenset({"MR"})
    return Analyzer(Knowledge(actors=knowledge.actors, gazetteer=gaz))


def _first_place(analyzer, text: str):
    analysis = analyzer.analyse(_doc(text))
    assert analysis.events, text
    return analysis.events[0].place


@pytest.mark.parametrize("text", [
    "On 18 June 2023, an IED struck a gendarmerie vehicle on the Kodial-Bassirou road. Two gendarmes were killed.",
    "On 18 June 2023, unidentified gunmen ambushed a truck on the Kodial-Bassirou axis and killed the driver.",
    "On 18 June 2023, militants attacked a bus on the Kodial-Bassirou highway (Hodh Wadi), killing three passengers.",
])
def test_an_event_on_a_road_named_by_its_ends_is_coded_at_the_first_town(mauritania_analyzer, text):
    place = _first_place(mauritania_analyzer, text)
    # must appear: the first town, near it (precision 2); must not: no place, or the compound as a name
    assert place is not None and place.place_id == "gn:9200004"
    assert place.geo_precision == 2


def test_a_road_in_french_names_its_ends_after_the_road_word(mauritania_analyzer):
    text = ("Le 18 juin 2023, des hommes armés ont tendu une embuscade à un camion sur l'axe Kodial-Bassirou, "
            "tuant le chauffeur.")
    analysis = mauritania_analyzer.analyse(one_paragraph(text, dt.date(2023, 6, 20), doc_id="e" * 16)
                                           .model_copy(update={"language": "fr"}))
    assert any(p.place_id == "gn:9200004" and p.geo_precision == 2 for p in analysis.places)


def test_a_hyphen_between_two_names_that_are_not_both_places_is_no_road(mauritania_analyzer):
    text = "On 18 June 2023, gunmen killed a herder near the Kodial-Nouveau road."
    places = mauritania_analyzer.analyse(_doc(text)).places
    assert not [p for p in places if p.surface == "Kodial"]  # must not: half a name read as a road's end


def test_a_village_outside_the_named_commune_is_not_the_one_meant(mauritania_analyzer):
    """"(Commune, Department, Region)": the only Tenfara the gazetteer has lies ~90 km from the commune's
    seat; the note's village is one the gazetteer lacks, coded at the commune."""
    place = _first_place(mauritania_analyzer, "On 12 June 2023, militants killed two herders in the village of "
                                              "Tenfara (Aglal, Timbara, Hodh Wadi).")
    assert place.place_id == "gn:9200003" and place.geo_precision == 2  # must: Aglal, near
    # "(Commune, Department)": the department is a second-level unit, so the first name is the commune
    place = _first_place(mauritania_analyzer, "On 12 June 2023, militants killed two herders in the village of "
                                              "Tenfara (Aglal, Timbara).")
    assert place.place_id == "gn:9200003" and place.geo_precision == 2
    # a two-level bracket names a larger unit first (a department, a cercle): the far homonym stays possible
    place = _first_place(mauritania_analyzer, "On 12 June 2023, militants killed two herders in the village of "
                                              "Tenfara (Hodh Wadi).")
    assert place.place_id == "gn:9200006"


def test_a_name_known_only_by_its_bracket_is_a_village_of_that_commune(mauritania_analyzer):
    place = _first_place(mauritania_analyzer, "On 14 June 2023, gunmen attacked Oumsafra (Aglal, Timbara, Hodh Wadi) "
                                              "and killed a shepherd.")
    assert place is not None and place.place_id == "gn:9200003" and place.geo_precision == 2
    # must not: a word opening the sentence is no village ("Gunmen (Aglal, …)" names people)
    analysis = mauritania_analyzer.analyse(_doc("Shepherds (Aglal, Timbara) protested against cattle theft."))
    assert not [p for p in analysis.places if p.surface == "Shepherds"]


def test_a_commune_joined_to_its_department_still_names_the_commune(mauritania_analyzer):
    place = _first_place(mauritania_analyzer, "On 16 June 2023, gunmen shot and wounded a farmer near the village "
                                              "of Lemrabe (Aglal-Timbara, Hodh Wadi).")
    assert place.place_id == "gn:9200007"  # the Lemrabe of Aglal, not the one 160 km away in the same region


def test_an_event_between_two_towns_is_near_the_first(mauritania_analyzer):
    place = _first_place(mauritania_analyzer, "On 17 June 2023, gunmen ambushed a convoy between Kodial and "
                                              "Bassirou, killing two soldiers.")
    assert place.place_id == "gn:9200004" and place.geo_precision == 2


@pytest.mark.parametrize("text", [
    "On 17 June 2023, gunmen killed two herders in Sokoura, in the department of Timbara.",
    "On 17 June 2023, gunmen killed two herders in Sokoura, in the Hodh Wadi region.",
    "On 17 June 2023, gunmen killed two herders in Sokoura, in the province of Timbara.",
])
def test_a_place_inside_the_unit_named_next_is_the_homonym_there(mauritania_analyzer, text):
    place = _first_place(mauritania_analyzer, text)
    assert place.country == "MR" and place.place_id != "gn:9200013"  # must not: the Sokoura of another region


def test_the_name_as_written_beats_a_nearer_alternate_spelling(mauritania_analyzer):
    """Both lie in the department; the text's spelling is one village's own name, only an alternate of the other."""
    place = _first_place(mauritania_analyzer, "On 17 June 2023, gunmen killed two herders near Sokoura (Timbara, Hodh Wadi).")
    assert place.place_id == "gn:9200011"
