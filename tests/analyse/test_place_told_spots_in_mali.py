"""Malian villages told by a distance and direction from a town, by one unit with its word, by the road they lie on,
or as a title-holder's village followed by its region (sentences written for these tests, after the classes of
``notes_places_blind_18`` and ``18b``; the CLI's default gazetteer, no dumps)."""

from __future__ import annotations

import pytest

from sitrep.analyse.place_offsets import lies_as_told
from sitrep.analyse.transliteration import loose_key
from sitrep.geo import bearing_deg, haversine_km
from sitrep.knowledge.names import place_key
from sitrep.model import PlaceMention, Span

from .dated_notes import note_place

GAO = (16.2717, -0.0447)
DJEBOK = (16.3464, 0.3067)  # GeoNames 2458606, a well-and-village 38 km east of Gao
GATIE_LOUMO = (15.4701, -4.6122)
SARO = (13.7224, -5.2386)
TABANKORT = (17.8203, 0.3142)
KOUAKOUROU = (14.2223, -4.4959)


def _mention(text: str, name: str, lat: float, lon: float) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(span=Span(doc_id="d", char_start=start, char_end=start + len(name)), surface=name, place_id="gn:1",
                        name=name, latitude=lat, longitude=lon, confidence=1.0)


def test_a_bearing_is_read_clockwise_from_north():
    assert abs(bearing_deg(0.0, 0.0, 1.0, 0.0)) < 1e-6
    assert abs(bearing_deg(0.0, 0.0, 0.0, 1.0) - 90.0) < 1e-6
    assert abs(bearing_deg(0.0, 0.0, -1.0, -1.0) - 225.0) < 0.1


@pytest.mark.parametrize("told,holds", [
    ("about 40 km east of ", True),
    ("some 35 km north-east of ", True),
    ("40 km west of ", False),  # the other way
    ("120 km east of ", False),  # three times as far
])
def test_a_place_lies_as_told_only_at_that_distance_and_that_way(told, holds):
    text = f"near Djebock, {told}Gao"
    place, town = _mention(text, "Djebock", *DJEBOK), _mention(text, "Gao", *GAO)
    assert lies_as_told(text, place, town) is holds


def test_a_silent_h_after_t_is_one_spelling():
    assert loose_key(place_key("Gathi-Loumo")) == loose_key(place_key("Gatié Loumo"))
    assert loose_key(place_key("Tessit")) != loose_key(place_key("Tessalit"))


@pytest.mark.parametrize("text,where", [
    # a near spelling confirmed by the distance and direction told (it would be set aside for Gao otherwise)
    ("On 2 June 2026, JNIM militants ambushed a Malian army patrol near Djebock, about 40 km east of Gao; five "
     "soldiers were killed.", DJEBOK),
    # an unknown name before one unit with its word, found under another spelling within the cercle's reach
    ("On 2 June 2026, a drone strike hit the weekly market of Gathi-Loumo (Youwarou cercle), killing seven people.",
     GATIE_LOUMO),
    # an unknown name placed by a distance from a town: read as a settlement, found under its spelling there
    ("On 2 June 2026, soldiers executed five civilians in Sarro, about 30 km southeast of Ké-Macina.", SARO),
    # the road and its distance tell where the place located with "at" lies
    ("On 2 June 2026, FLA fighters attacked an army convoy at Tabankort, on the Gao-Kidal road about 170 km north "
     "of Gao; nine soldiers were killed.", TABANKORT),
    # the region told after the title-holder's bracket qualifies his village, which stays the place
    ("On 2 June 2026, gunmen abducted the village chief of Kouakourou (Djenne cercle), in the Mopti region.",
     KOUAKOUROU),
    ("Le 2 juin 2026, des hommes armés ont enlevé le chef de village de Kouakourou (cercle de Djenné), dans la "
     "région de Mopti.", KOUAKOUROU),
])
def test_the_village_the_note_places_is_the_event_s_place(default_analyzer, text, where):
    p = note_place(default_analyzer, text)
    assert haversine_km(*where, p.latitude, p.longitude) < 5, (p.name, p.latitude, p.longitude)


@pytest.mark.parametrize("text,town", [
    # told the other way or three times as far: the near spelling is some other place, the town stands (precision 2)
    ("On 2 June 2026, JNIM militants ambushed a Malian army patrol near Djebock, about 40 km west of Gao; five "
     "soldiers were killed.", GAO),
    # a known village told at a distance it does not lie at: the town the distance is measured from
    ("On 2 June 2026, FLA fighters attacked an army convoy at Tabankort, about 70 km north of Gao.", GAO),
    # a road whose spot is told after it, with no place located before it: the spot
    ("On 2 June 2026, a convoy hit an IED on the Gao-Bourem road, 20 km from Gao.", GAO),
])
def test_a_spot_that_disagrees_with_the_text_yields_to_the_town(default_analyzer, text, town):
    p = note_place(default_analyzer, text)
    assert haversine_km(*town, p.latitude, p.longitude) < 5, (p.name, p.latitude, p.longitude)
    assert p.geo_precision == 2
