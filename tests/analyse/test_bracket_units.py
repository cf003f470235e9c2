"""Where a note's event is coded when its place is followed by a bracket of administrative units, as ACLED's
notes write them: "in Nioko (Saaba, Kadiogo)", "Boni (Douentza, Mopti)", "the Bamba military camp
(Bourem, Gao)", "at Kidal airport (Kidal, Kidal)", "abducted a trader in Tessit (Ansongo, Gao)".

The gazetteer is built by hand (GeoNames-like rows, no dump needed): communes with homonyms in two
provinces whose admin codes differ, villages lying near the wrong homonym, a large foreign town
whose name is a spelling of a Malian village, two Bambas far apart.  Sentences are written for
these tests in several phrasings.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse import Analyzer
from sitrep.analyse.place_pins import outside
from sitrep.knowledge import Knowledge
from sitrep.knowledge.gazetteer import Candidate, build_gazetteer, name_keys

from tests.analyse.small_world import one_paragraph

# (geonameid, name, lat, lon, country, admin1, admin2, feature class, feature code, population)
ROWS = [
    (9100001, "Burkina Faso", 12.5, -1.7, "BF", None, None, "A", "PCLI", 20000000),
    (9100002, "Kadiogo Province", 12.33, -1.5, "BF", "03", "53", "A", "ADM2", 2500000),
    (9100003, "Bazega Province", 11.95, -1.45, "BF", "07", "47", "A", "ADM2", 300000),
    # a commune of Kadiogo, and a village of that name just across the border, in Bazega
    (9100004, "Saaba", 12.38, -1.42, "BF", "03", "53", "P", "PPL", 0),
    (9100005, "Saaba", 12.10, -1.25, "BF", "07", "47", "P", "PPL", 0),
    # a village of that name in Bazega only, 20 km from the Bazega Saaba and 35 km from Kadiogo's
    (9100006, "Nioko", 12.08, -1.07, "BF", "07", "47", "P", "PPL", 0),
    (9100007, "Mali", 17.0, -4.0, "ML", None, None, "A", "PCLI", 20000000),
    (9100008, "Mopti Region", 14.7, -3.4, "ML", "04", None, "A", "ADM1", 2000000),
    (9100009, "Douentza", 15.0016, -2.9498, "ML", "04", None, "P", "PPLA2", 25000),
    (9100010, "Mopti", 14.4843, -4.1830, "ML", "04", None, "P", "PPLA", 120000),
    (9100011, "Bonni", 50.7300, 7.1000, "DE", "07", None, "P", "PPL", 300000),  # spelled like "Boni"
    (9100012, "Gao", 16.2717, -0.0447, "ML", "09", None, "P", "PPLA", 87000),
    (9100013, "Bourem", 16.955, -0.3486, "ML", "09", None, "P", "PPLA2", 27000),
    (9100014, "Bamba", 17.0336, -1.4038, "ML", "09", None, "P", "PPL", 0),  # on the river, Bourem cercle
    (9100015, "Bamba", 14.6439, -3.0984, "ML", "04", None, "P", "PPL", 0),  # a homonym in Mopti
    (9100016, "Ansongo", 15.6597, 0.5022, "ML", "09", None, "P", "PPLA2", 32000),
    (9100017, "Tessit", 15.2167, -0.30, "ML", "09", None, "P", "PPL", 0),
    (9100018, "Kidal", 18.4411, 1.4078, "ML", "10", None, "P", "PPLA", 25617),
    (9100019, "Gao", 12.20, 2.50, "NE", "06", None, "P", "PPL", 0),  # a Gao in Niger too
    (9100020, "Intillit", 12.90, -8.00, "ML", "07", None, "P", "PPL", 0),  # a homonym 1,000 km from Ansongo
]


# GeoNames lists a province under its bare name too ("Kadiogo"), as the notes write it
ALTERNATES = {9100002: ["Kadiogo"], 9100003: ["Bazega"], 9100008: ["Mopti"]}


def _doc(text: str):
    return one_paragraph(text, dt.date(2023, 6, 1), doc_id="b" * 16)


@pytest.fixture(scope="module")
def analyzer(knowledge):
    gaz = build_gazetteer([(row, name_keys(row[1], "", ALTERNATES.get(row[0], []))) for row in ROWS], world=False)
    return Analyzer(Knowledge(actors=knowledge.actors, gazetteer=gaz))


def _event_place(analyzer, text):
    analysis = analyzer.analyse(_doc(text))
    assert analysis.events, f"no event in {text!r}"
    return analysis, analysis.events[0].place


def test_codes_outside_an_area():
    kadiogo = Candidate(1, "Kadiogo Province", 12.33, -1.5, "BF", "03", "53", "A", "ADM2", 0)
    bazega_village = Candidate(2, "Nioko", 12.08, -1.07, "BF", "07", "47", "P", "PPL", 0)
    kadiogo_village = Candidate(3, "Saaba", 12.38, -1.42, "BF", "03", "53", "P", "PPL", 0)
    no_codes = Candidate(4, "Sig", 12.3, -1.4, "BF", None, None, "P", "PPL", 0)
    town = Candidate(5, "Mopti", 14.48, -4.18, "ML", "04", None, "P", "PPLA", 0)
    assert outside(bazega_village, kadiogo) and not outside(kadiogo_village, kadiogo)
    assert not outside(no_codes, kadiogo), "missing codes say nothing"
    assert not outside(bazega_village, town), "a town names no bounds"
    assert outside(town, kadiogo), "another country"


@pytest.mark.parametrize("text", [
    "On 3 May 2023, residents clashed with police in Nioko (Saaba, Kadiogo). Two people were killed.",
    "On 3 May 2023, unidentified gunmen killed two traders in the village of Nioko (Saaba, Kadiogo).",
    "On 3 May 2023, unidentified gunmen killed two traders near Nioko (Saaba, Kadiogo).",
])
def test_a_village_the_province_does_not_contain_is_coded_at_the_commune_it_does(analyzer, text):
    """The province chooses the commune among its homonyms by its codes; the village of that name the
    gazetteer has lies in another province, so it is not the one meant: the event is coded at the
    Kadiogo commune, precision 2 (near a known place), not at the Bazega village 35 km away."""
    analysis, place = _event_place(analyzer, text)
    assert place is not None and place.place_id == "gn:9100004" and place.geo_precision == 2
    assert not any(p.place_id == "gn:9100006" for p in analysis.places)


def test_a_village_the_province_contains_stays_itself(analyzer):
    text = "On 3 May 2023, unidentified gunmen killed two traders in Nioko (Saaba, Bazega)."
    _, place = _event_place(analyzer, text)
    assert place is not None and place.place_id == "gn:9100006" and place.geo_precision == 1


@pytest.mark.parametrize("text", [
    "On 5 March 2023, JNIM militants attacked a military post in Boni (Douentza, Mopti), killing two soldiers.",
    "On 5 March 2023, unidentified gunmen killed two civilians in the village of Boni (Douentza, Mopti).",
])
def test_a_name_known_only_abroad_before_a_bracket_of_units_is_coded_at_the_first_unit(analyzer, text):
    """"Boni (Douentza, Mopti)": the gazetteer knows no Malian Boni, only a large German town spelled
    alike; the units say where it is, so it is coded at Douentza (precision 2), never in Germany."""
    analysis, place = _event_place(analyzer, text)
    assert place is not None and place.name == "Douentza" and place.geo_precision == 2
    assert not any(p.country == "DE" for p in analysis.places)


@pytest.mark.parametrize("text, expected", [
    ("On 10 September 2023, JNIM militants attacked the Bamba military camp (Bourem, Gao). Several soldiers were killed.",
     "gn:9100014"),
    ("On 10 September 2023, JNIM militants shelled the Bamba army base (Bourem, Gao), killing three soldiers.", "gn:9100014"),
    ("On 14 April 2023, IS Sahel militants fired rockets at Kidal airport (Kidal, Kidal), killing a soldier.", "gn:9100018"),
])
def test_a_facility_named_after_a_place_keeps_its_bracket(analyzer, text, expected):
    """Between the name and its bracket stands the facility named after it: the bracket still chooses
    the homonym (the Bamba of Bourem's area, not the one in Mopti region)."""
    _, place = _event_place(analyzer, text)
    assert place is not None and place.place_id == expected and place.geo_precision == 1


@pytest.mark.parametrize("text", [
    "On 3 May 2023, unidentified gunmen abducted a trader in Tessit (Ansongo, Gao). He was killed the next day.",
    "On 3 May 2023, armed men killed a trader in Tessit (Ansongo, Gao).",
])
def test_a_bracket_of_units_tells_the_country_of_a_note_naming_none(analyzer, text):
    """No country and no actor of one is named; the model may read "Gao" as a person.  The names of the
    bracket all lie in Mali (only Mali has both an Ansongo and a Gao), so the names are read there."""
    analysis, place = _event_place(analyzer, text)
    assert place is not None and place.place_id == "gn:9100017"
    assert {p.place_id for p in analysis.places} >= {"gn:9100017", "gn:9100016", "gn:9100012"}


@pytest.mark.parametrize("text", [
    "On 3 May 2023, unidentified gunmen killed four gold miners at the Intillit mining site near Ansongo.",
    "On 3 May 2023, unidentified gunmen killed four gold miners at the Intillit gold mine, near Ansongo.",
    "On 3 May 2023, JNIM militants attacked the Intillit military camp, 20 km from Ansongo, killing two soldiers.",
])
def test_a_facility_between_a_name_and_its_link_to_the_next(analyzer, text):
    """"the X mining site near Y": the facility stands between X and "near Y", which still places X; the
    gazetteer's X lies far from Y, so it is not that X, and the event is coded near Y (precision 2)."""
    _, place = _event_place(analyzer, text)
    assert place is not None and place.place_id == "gn:9100016" and place.geo_precision == 2
