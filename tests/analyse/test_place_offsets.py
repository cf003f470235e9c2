"""Places told by distance and direction from a town, where the story's people come from, an event's area told
in a later sentence, and a region word before an area that shares a country's name (sentences written for
these tests; the CLI's default gazetteer, no dumps)."""

from __future__ import annotations

import pytest

from sitrep.analyse.place_offsets import told_offset
from sitrep.geo import haversine_km

from .dated_notes import note_place

DOUENTZA = (15.00155, -2.94978)
HOMBORI = (15.27898, -1.70037)


@pytest.mark.parametrize("text,km,bearing", [
    ("gunmen killed two herders at Kuluwere, 30 km north of ", 30.0, 0.0),
    ("about 22 km to the south-east of the town of ", 22.0, 135.0),
    ("à 18 km au sud-ouest de ", 18.0, 225.0),
    ("à 25 km à l'est de ", 25.0, 90.0),
    ("12,5 km northwest of ", 12.5, 315.0),
])
def test_a_told_offset_is_read_in_both_languages(text, km, bearing):
    assert told_offset(text + "Douentza", len(text)) == (km, bearing)


@pytest.mark.parametrize("text", [
    "about 4 km from the town of ",  # no direction: the town stands
    "travelled 600 km north of ",  # a journey, not where a village lies
    "the northern town of ",
])
def test_no_offset_without_a_direction_or_beyond_a_village_s_reach(text):
    assert told_offset(text + "Douentza", len(text)) is None


@pytest.mark.parametrize("text", [
    "On 2 June 2026, gunmen shot dead a herder at Tiboukane, some 40 km east of Douentza.",
    "Le 2 juin 2026, des hommes armés ont tué un berger à Tiboukane, à 40 km à l'est de Douentza.",
])
def test_a_village_the_gazetteer_lacks_is_coded_at_the_town_not_moved_by_the_distance(default_analyzer, text):
    # ACLED's codebook: "near" a known town is coded at that town's coordinates, precision 2
    p = note_place(default_analyzer, text)
    assert haversine_km(*DOUENTZA, p.latitude, p.longitude) < 1.0, p
    assert p.geo_precision == 2


@pytest.mark.parametrize("text", [
    "On 2 June 2026, fighters from Douentza ambushed a patrol in Hombori, killing three soldiers.",
    "On 2 June 2026, militants hiding near Douentza killed a trader in Hombori.",
    "On 2 June 2026, notables of Douentza reported that gunmen had burned shops in Hombori.",
    "Le 2 juin 2026, des jihadistes basés près de Douentza ont incendié des boutiques à Hombori.",
])
def test_where_attackers_come_from_or_sources_speak_is_not_the_place(default_analyzer, text):
    p = note_place(default_analyzer, text)
    assert haversine_km(*HOMBORI, p.latitude, p.longitude) < 5, p.name


@pytest.mark.parametrize("text,seat", [
    ("On 2 June 2026, a herder was shot dead by gunmen. The incident occurred in the Soum province.", (14.0994, -1.62554)),
    ("Le 2 juin 2026, un commerçant a été tué par des hommes armés. L'attaque s'est produite dans le cercle de Douentza.",
     DOUENTZA),
])
def test_an_area_told_after_the_event_places_it_at_the_area_s_seat(default_analyzer, text, seat):
    p = note_place(default_analyzer, text)
    assert haversine_km(*seat, p.latitude, p.longitude) < 5, p.name
    assert p.geo_precision == 3


def test_a_region_word_never_reads_a_country(default_analyzer):
    p = note_place(default_analyzer, "On 2 June 2026, unknown gunmen burned a school in the Est region.")
    assert p.country == "BF", p.name


@pytest.mark.parametrize("text,seat", [
    ("On 2 June 2026, gunmen burned a school in the North region.", (13.58278, -2.42158)),  # Nord: Ouahigouya
    ("On 2 June 2026, gunmen burned a school in the Centre-East region.", (11.78, -0.36972)),  # Centre-Est: Tenkodogo
])
def test_an_area_named_by_the_compass_in_english_is_its_official_area(default_analyzer, text, seat):
    p = note_place(default_analyzer, text)
    assert haversine_km(*seat, p.latitude, p.longitude) < 5, p.name


@pytest.mark.parametrize("text", [
    "On 2 June 2026, militants ambushed a convoy some 40 km east of Douentza.",
    "On 2 June 2026, gunmen killed a herder in a hamlet about 40 km east of Douentza.",
    "Le 2 juin 2026, des hommes armés ont tué un berger à 40 km à l'est de Douentza.",
])
def test_a_distance_with_no_village_named_codes_the_town_at_precision_2(default_analyzer, text):
    p = note_place(default_analyzer, text)
    assert haversine_km(*DOUENTZA, p.latitude, p.longitude) < 1.0, p
    assert p.geo_precision == 2
