"""Where an event happened when the text pins a place to its neighbours: "X (Commune, Cercle)", "X,
Mopti", "the village of X, near Y", "in the area of X, 45 km southeast of Y"; community names that are
never places; a name as written never replaced by a transliteration.

The gazetteer is built by hand: two homonymous villages in different regions, a region, two towns, a
village whose name is also a people's name, and a large foreign town whose name is a transliteration
of one of the villages.  Expectations follow ACLED's geo_precision (1 the place itself, 2 near a
known place, 3 the region only).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.place_anchors import agrees, Link, link_between, pin
from sitrep.knowledge.gazetteer import Candidate
from sitrep.model import Document

from tests.analyse.small_world import analyzer_over, one_paragraph

# (geonameid, name, lat, lon, country, admin1, admin2, feature class, feature code, population)
ROWS = [
    (9000001, "Mali", 17.0, -4.0, "ML", None, None, "A", "PCLI", 20000000),
    (9000002, "Mopti Region", 14.7, -3.4, "ML", "04", None, "A", "ADM1", 2000000),
    (9000003, "Koulikoro Region", 13.8, -7.6, "ML", "07", None, "A", "ADM1", 2400000),
    (9000004, "Douentza", 15.0016, -2.9498, "ML", "04", None, "P", "PPLA2", 25000),
    (9000005, "Mopti", 14.4843, -4.1830, "ML", "04", None, "P", "PPLA", 120000),
    (9000006, "Boni", 15.0500, -1.9900, "ML", "04", None, "P", "PPL", 0),  # east of Douentza
    (9000007, "Boni", 12.9000, -8.1000, "ML", "07", None, "P", "PPL", 0),  # far south-west
    (9000008, "Dogon", 14.3000, -3.0000, "ML", "04", None, "P", "PPL", 0),
    (9000009, "Koulikoro", 12.8627, -7.5598, "ML", "07", None, "P", "PPLA", 40000),
    (9000010, "Bonni", 50.7300, 7.1000, "DE", "07", None, "P", "PPL", 300000),  # a transliteration of "Boni"
]


def _doc(text: str, published=dt.date(2024, 8, 1)) -> Document:
    return one_paragraph(text, published, doc_id="a" * 16)


@pytest.fixture(scope="module")
def pinned_analyzer(knowledge):
    return analyzer_over(ROWS, knowledge.actors)


def _places(analyzer, text):
    return analyzer.analyse(_doc(text)).places


def test_admin_qualifier_in_brackets_chooses_the_homonym(pinned_analyzer):
    text = "On 30 July, gunmen killed three Malian villagers in Boni (Douentza, Mopti)."
    boni = [p for p in _places(pinned_analyzer, text) if p.surface == "Boni"]
    assert boni and boni[0].place_id == "gn:9000006" and boni[0].geo_precision == 1


def test_region_after_a_comma_chooses_the_homonym(pinned_analyzer):
    text = "Malian soldiers clashed with militants in Boni, Koulikoro Region, on Tuesday."
    boni = [p for p in _places(pinned_analyzer, text) if p.surface == "Boni"]
    assert boni and boni[0].place_id == "gn:9000007"


def test_a_list_of_towns_is_not_a_qualifier():
    """"Boni, Douentza and Mopti" lists three places: Douentza does not pin Boni."""
    cands = [Candidate(9000004, "Douentza", 15.0, -2.95, "ML", "04", None, "P", "PPLA2", 25000)]
    assert link_between(", ", " and Mopti", cands, "en") is None
    assert link_between(" (", ", Mopti)", cands, "en") == Link("qualifier", 150.0)


def test_near_and_distance_links():
    assert link_between(", near ", ".", [], "en").kind == "near"
    far = link_between(", 45 km southeast of ", ".", [], "en")
    assert far.kind == "near" and far.km == 70.0
    assert link_between(" proche de ", ".", [], "fr").kind == "near"
    assert link_between(", à 30 km au nord de ", ".", [], "fr").km == 55.0


def test_pin_keeps_only_agreeing_pairs():
    near = Candidate(1, "X", 15.05, -1.99, "ML", "04", None, "P", "PPL", 0)
    far = Candidate(2, "X", 12.9, -8.1, "ML", "07", None, "P", "PPL", 0)
    region = Candidate(3, "Mopti Region", 14.7, -3.4, "ML", "04", None, "A", "ADM1", 0)
    assert agrees(near, region, Link("qualifier", 150.0)) and not agrees(far, region, Link("qualifier", 150.0))
    assert pin([near, far], [region], Link("qualifier", 400.0)) == ([near], [region])
    assert pin([far], [Candidate(4, "Y", 15.0, -2.95, "ML", "04", None, "P", "PPL", 0)], Link("near", 40.0)) is None


def test_unknown_village_is_coded_at_its_commune(pinned_analyzer):
    """A village the gazetteer lacks, pinned to its commune: the event is at the commune, precision 2,
    not at the region named after it."""
    text = "On 30 July, gunmen attacked the village of Tiguila (Douentza, Mopti) and killed three herders."
    analysis = pinned_analyzer.analyse(_doc(text))
    assert any(p.surface == "Tiguila" and p.place_id is None for p in analysis.places)
    assert analysis.events, "an attack that killed three herders is an event"
    place = analysis.events[0].place
    assert place is not None and place.name == "Douentza" and place.geo_precision == 2


def test_area_of_unknown_place_southeast_of_a_town(pinned_analyzer):
    text = "Dogon militiamen abducted two herders in the area of Sari, 45 km southeast of Douentza, on Monday."
    analysis = pinned_analyzer.analyse(_doc(text))
    assert not [p for p in analysis.places if p.surface.startswith("Dogon")], "a people's name is not a place"
    assert analysis.events
    place = analysis.events[0].place
    assert place is not None and place.name == "Douentza" and place.geo_precision == 2


def test_community_names_are_never_places_but_a_village_of_that_name_is(pinned_analyzer):
    text = ("Dogon hunters and Fulani herders clashed near Douentza. Later, gunmen burned the village of "
            "Dogon, Malian officials said.")
    dogon = [p for p in _places(pinned_analyzer, text) if p.surface == "Dogon"]
    assert len(dogon) == 1 and dogon[0].place_id == "gn:9000008"
    assert text[dogon[0].span.char_start - 11:dogon[0].span.char_start] == "village of "


def test_precision_village_near_and_area(pinned_analyzer):
    text = "Malian troops patrolled the village of Douentza. Gunmen attacked a convoy near Mopti."
    by_name = {p.surface: p.geo_precision for p in _places(pinned_analyzer, text)}
    assert by_name.get("Douentza") == 1 and by_name.get("Mopti") == 2


def test_exact_name_is_not_replaced_by_a_transliteration(pinned_analyzer):
    """"Boni" in a Mali article is a Malian Boni, never the large German "Bonni" that shares its key."""
    text = "Malian troops repelled an attack on their post in Boni on Sunday."
    boni = [p for p in _places(pinned_analyzer, text) if p.surface == "Boni"]
    assert boni and boni[0].country == "ML"


def test_inside_a_commune_or_town_is_a_link():
    assert link_between(", in the commune of ", ".", [], "en").kind == "near"
    assert link_between(", in Sector 2 in the town of ", " (", [], "en").kind == "near"
    assert link_between(", dans la commune de ", ".", [], "fr").kind == "near"
    assert link_between(" in ", ".", [], "en") is None


def test_unknown_village_inside_a_commune_is_coded_at_the_commune(pinned_analyzer):
    text = "On 30 July, gunmen attacked the village of Sinkoro, in the commune of Douentza, and killed three herders."
    analysis = pinned_analyzer.analyse(_doc(text))
    assert analysis.events
    place = analysis.events[0].place
    assert place is not None and place.name == "Douentza" and place.geo_precision == 2


@pytest.mark.parametrize("anchor, expected", [("Douentza (Douentza, Mopti)", "gn:9000006"),
                                              ("Koulikoro (Koulikoro, Koulikoro Region)", "gn:9000007")])
def test_one_bracket_after_two_joined_names_places_both(pinned_analyzer, anchor, expected):
    text = f"On 30 July, gunmen killed two traders on the road between Boni and {anchor}."
    boni = [p for p in _places(pinned_analyzer, text) if p.surface == "Boni"]
    assert boni and boni[0].place_id == expected


def test_words_of_an_organisation_named_for_its_purpose_are_no_places(pinned_analyzer):
    text = ("On 30 July, people marched in Douentza at the call of the Association for the Development of "
            "Boni, against the insecurity on the roads.")
    surfaces = [p.surface for p in _places(pinned_analyzer, text)]
    assert "Douentza" in surfaces and "Boni" not in surfaces


def test_a_coders_location_note_is_where_the_event_is_coded(pinned_analyzer):
    text = ("On 30 July, gunmen killed three Malian herders in the village of Sinkoro (coded as Douentza at "
            "geoprecision 2) during a dispute over land.")
    analysis = pinned_analyzer.analyse(_doc(text))
    assert analysis.events
    place = analysis.events[0].place
    assert place is not None and (place.name, place.geo_precision) == ("Douentza", 2)


def test_a_place_inside_the_unit_named_next():
    assert link_between(", in the cercle of ", ".", [], "en") == Link("qualifier", 150.0)
    assert link_between(", dans la région de ", ".", [], "fr") == Link("qualifier", 400.0)
    assert link_between(", in the ", " province.", [], "en") == Link("qualifier", 150.0)
    assert link_between(", in the ", ".", [], "en") is None  # "X, in the Y" with Y no admin unit: nothing said
    # the first of "(Commune, Cercle, Region)" is the commune: its villages lie close to its seat
    assert link_between(" (", ", Douentza, Mopti)", [], "en") == Link("qualifier", 50.0)
