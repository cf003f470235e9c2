"""A road's first end that is another cercle's seat, or lies beside one, is not where the bracket's cercle is.

"between X and Y (Y, Region)" and "the X-Y road (Y, Region)", when Y also names a cercle, were read as that
cercle holding both ends, and the event stayed at the first end.  "the Bandiagara-Bankass road (Bankass, Mopti)"
cannot be in the Bankass cercle at Bandiagara (its own cercle's seat), nor "between Sevare and Douentza
(Douentza, Mopti)" at Sévaré (11 km from Mopti, the region's seat): the coder located the second end.  A first
end that is no seat nor beside one ("between Sangha and Bandiagara (Bandiagara, Mopti)") still stands.  English
and French wordings, the same rule (``analyse.unit_seats_beside``).

Places of Mali with their GeoNames rows (ML dump).  On main at c9b6fa71 the first four cases were placed at the
first end (Bandiagara, 32 km from Bankass; Sévaré, 134 km from Douentza).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.analyse.small_world import one_paragraph

# (geonameid, name, lat, lon, country, admin1, admin2, feature class, feature code, population)
ROWS = [
    (2453866, "Mali", 17.0, -4.0, "ML", None, None, "A", "PCLI", 20000000),
    (2453347, "Mopti Region", 14.7, -3.4, "ML", "04", None, "A", "ADM1", 2037330),
    (2460489, "Bandiagara", 14.35005, -3.61038, "ML", "04", None, "P", "PPL", 6853),
    (8299591, "Bandiagara Cercle", 14.484, -3.581, "ML", "04", "8299591", "A", "ADM2", 0),
    (2460401, "Bankass", 14.0775, -3.51594, "ML", "04", None, "P", "PPLA2", 0),
    (7701493, "Bankass Cercle", 13.65966, -3.60347, "ML", "04", "7701493", "A", "ADM2", 0),
    (2451285, "Sévaré", 14.52742, -4.09344, "ML", "04", None, "P", "PPL", 0),
    (2453348, "Mopti", 14.4843, -4.18296, "ML", "04", None, "P", "PPLA", 108456),
    (2458334, "Douentza", 15.00155, -2.94978, "ML", "04", None, "P", "PPLA2", 8054),
    (7670549, "Douentza Cercle", 15.06947, -2.40875, "ML", "04", "7670549", "A", "ADM2", 247794),
    (2451689, "Sanga", 14.464, -3.30849, "ML", "04", None, "P", "PPL", 0),
]
BANKASS, DOUENTZA, SANGA = 2460401, 2458334, 2451689

CASES = [
    ("a road from another cercle's seat (en)", "en",
     "On 18 April 2020, a FAMa vehicle hit a landmine on the Bandiagara-Bankass road (Bankass, Mopti). Two soldiers "
     "were killed.", BANKASS),
    ("a road from another cercle's seat (fr)", "fr",
     "Le 18 avril 2020, un véhicule des FAMa a sauté sur une mine sur l'axe Bandiagara-Bankass (Bankass, Mopti). "
     "Deux soldats ont été tués.", BANKASS),
    ("between a town beside the region's seat and a cercle's seat (en)", "en",
     "On 5 May 2023, unidentified gunmen killed a trader on the road between Sevare and Douentza (Douentza, Mopti).",
     DOUENTZA),
    ("between a town beside the region's seat and a cercle's seat (fr)", "fr",
     "Le 5 mai 2023, des hommes armés non identifiés ont tué un commerçant entre Sévaré et Douentza (Douentza, Mopti).",
     DOUENTZA),
    ("a first end inside the cercle stands (between)", "en",
     "On 15 June 2024, JNIM militants killed two farmers between Sanga and Bandiagara (Bandiagara, Mopti).", SANGA),
    ("a first end inside the cercle stands (road)", "en",
     "On 15 June 2024, JNIM militants killed two farmers on the Sanga-Bandiagara road (Bandiagara, Mopti).", SANGA),
]


@pytest.fixture(scope="module")
def small_analyzer(knowledge):
    """An analyser over ``ROWS`` alone, a cercle found by its bare name too, as GeoNames' alternate names give it."""
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import Knowledge
    from sitrep.knowledge.gazetteer import build_gazetteer, name_keys

    keys = [(row, name_keys(row[1], alternates=[row[1].removesuffix(" Cercle")])) for row in ROWS]
    return Analyzer(Knowledge(actors=knowledge.actors, gazetteer=build_gazetteer(keys, world=False)))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0])
def test_the_event_is_at_the_end_the_bracket_locates(small_analyzer, case):
    _, language, text, expected_id = case
    doc = one_paragraph(text, dt.date(2024, 6, 30), doc_id="e" * 16).model_copy(update={"language": language})
    analysis = small_analyzer.analyse(doc)
    assert analysis.events, "each text tells a violent event"
    place = analysis.events[0].place
    assert place is not None and place.place_id == f"gn:{expected_id}", (place and place.name, text)


def test_a_seat_or_a_town_beside_one_lies_in_its_own_unit(small_analyzer):
    from sitrep.analyse.unit_seats_beside import first_end_elsewhere

    gaz = small_analyzer.knowledge.gazetteer
    assert first_end_elsewhere(gaz, "Bandiagara", [(14.35005, -3.61038)], "Bankass", "ML")  # a cercle's namesake
    assert first_end_elsewhere(gaz, "Sévaré", [(14.52742, -4.09344)], "Douentza", "ML")  # 11 km from Mopti
    assert not first_end_elsewhere(gaz, "Sanga", [(14.464, -3.30849)], "Bandiagara", "ML")  # no seat beside it
    assert not first_end_elsewhere(gaz, "Bandiagara", [(14.35005, -3.61038)], "Bandiagara", "ML")  # its own unit
    assert not first_end_elsewhere(gaz, "Mopti", [(14.4843, -4.18296)], "Mopti", "ML")
    assert not first_end_elsewhere(None, "Sévaré", [(14.52742, -4.09344)], "Douentza", "ML")
