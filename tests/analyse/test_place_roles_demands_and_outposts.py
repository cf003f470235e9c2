"""Places a note names beside the event's, and names the place stage reached only by their role or their unit:
where the dead were buried ("buried in Dori the next day", « inhumé à Dori »: ``JOURNEY_BEFORE``), what a crowd
demands ("a march to demand the reopening of the road to Ouahigouya": ``events.protest_place``), a village named
by the forces' outpost in it ("the army post of Dablo": ``SITE_OF_SETTLEMENT_BEFORE``), a near spelling the
province of its bracket holds by codes ("Gorghadji (Seno province)": ``placement._inside_its_bracket``), and a
near spelling set aside for the next name, whose own anchor confirms it ("Kolanga, near Rapiri (Bogande,
Gnagna)": ``placement._as_written_first``), "l" written for "r" (``transliteration``) and the first of two names
joined before a bracket searched among its commune's villages ("between Zavala and Kolanga (Sapouy, Ziro)":
``place_pins``).  Places are GeoNames' (BF.txt)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from sitrep.analyse import Analyzer
from sitrep.analyse.lang import vocab
from sitrep.analyse.place_name_context import SITE_OF_SETTLEMENT_BEFORE
from sitrep.geo import haversine_km
from sitrep.knowledge import load_knowledge
from tests.analyse.small_world import first_event_place


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(load_knowledge())


def _event_place(analyzer, text: str, language: str):
    return first_event_place(analyzer, text, dt.date(2025, 6, 20), "p" * 16, language)


@pytest.mark.parametrize("text, language, event_place", [
    ("On 2 May 2025, gunmen killed the village chief of Gorgadji; he was buried in Dori the next day.", "en", "Gorgadji"),
    ("On 4 May 2025, residents of Titao, in the Loroum province, held a march to demand the reopening of the road to "
     "Ouahigouya.", "en", "Titao"),
    ("Le 4 mai 2025, des habitants de Sebba, dans la province du Yagha, ont organisé une marche pour exiger la "
     "réouverture de la route de Dori.", "fr", "Sebba"),
    ("On 4 May 2025, hundreds of traders demonstrated in Kaya against the closure of the road to Dori.", "en", "Kaya"),
    # a place told by its bearing from the protest ("a strike north of X") is where it was, not what was demanded
    ("On 4 May 2025, workers went on a strike north of Kaya, in the Sanmatenga province.", "en", "Kaya"),
    ("On 4 May 2025, students held a protest march south of Kaya in the Sanmatenga province.", "en", "Kaya"),
    # the "Est" of a region's name in the bracket is no bearing: the bracket stays a demanded place's, not the riot's
    ("On 9 May 2025, traders of Pouytenga (Kouritenga, Centre-Est) angry about a new tax marched on the town hall "
     "and set tyres on fire.", "en", "Pouytenga"),
    ("On 9 May 2025, youths of Batié (Noumbiel, Sud-Ouest) demanding jobs at a mine stormed its camp and looted a "
     "warehouse.", "en", "Batié"),
    ("On 6 May 2025, gunmen attacked the army post of Dablo and killed three soldiers.", "en", "Dablo"),
    ("Le 6 mai 2025, des hommes armés ont attaqué la base de Dablo et tué trois soldats.", "fr", "Dablo"),
    ("On 8 May 2025, JNIM militants killed two herders in Gorghadji (Seno province).", "en", "Gorgadji"),
    ("Le 8 mai 2025, des hommes armés ont tué deux bergers à Gorghadji (province du Séno).", "fr", "Gorgadji"),
])
def test_the_event_is_at_the_place_its_deed_names(analyzer, text, language, event_place):
    place = _event_place(analyzer, text, language)
    assert place.name == event_place, (place.name, place.latitude, place.longitude)


def test_a_near_spelling_far_from_its_anchor_gives_way_to_the_next_name_its_own_anchor_confirms(analyzer):
    # Rapiri is GeoNames' Rapili (12.93333, -0.26667), 13 km from Bogandé; an unknown Kolanga near it is coded there
    place = _event_place(analyzer, "On 7 May 2025, presumed JNIM militants abducted a farmer in Kolanga, near Rapiri "
                                   "(Bogande, Gnagna).", "en")
    assert haversine_km(place.latitude, place.longitude, 12.93333, -0.26667) < 5, (place.name, place.latitude)


@pytest.mark.parametrize("text", [
    "On 7 May 2025, gunmen abducted two farmers in Zavala (Sapouy, Ziro).",  # r/l: GeoNames' Zavara of Sapouy
    # the first of two names joined before the bracket is searched around the bracket's commune too
    "On 7 May 2025, gunmen abducted two farmers between Zavala and Kolanga (Sapouy, Ziro).",
])
def test_a_village_spelled_with_l_for_r_is_found_among_its_communes_villages(analyzer, text):
    place = _event_place(analyzer, text, "en")
    assert haversine_km(place.latitude, place.longitude, 11.5, -1.88333) < 1, (place.name, place.latitude)


@pytest.mark.parametrize("before, language, journey", [
    ("gunmen killed two traders; they were buried in ", "en", True),
    ("the victims were laid to rest the next day at ", "en", True),
    ("the bodies of three herders were found buried near ", "en", False),
    ("the bodies were found buried in ", "en", False),
    ("ils ont été inhumés à ", "fr", True),
    ("la victime a été enterrée le lendemain à ", "fr", True),
])
def test_a_burial_place_is_a_journeys_end(before, language, journey):
    assert (re.search(vocab(language).JOURNEY_BEFORE, before, re.IGNORECASE) is not None) is journey


@pytest.mark.parametrize("before, site", [
    ("JNIM militants attacked the VDP post of ", True),
    ("militants overran the army garrison of ", True),
    ("an attack on the military base of ", True),
    ("des assaillants ont attaqué la base de ", True),
    ("the police station of ", True),
    ("the reopening of the road to ", False),
    ("a native of ", False),
])
def test_an_outpost_of_the_forces_names_its_settlement(before, site):
    assert bool(SITE_OF_SETTLEMENT_BEFORE.search(before)) is site


def test_the_bearings_a_demand_never_holds_are_the_languages_bearing_words():
    from sitrep.analyse.events.protest_place import _BEARINGS

    for language in ("en", "fr"):
        assert vocab(language).BEARING_WORDS <= _BEARINGS and vocab(language).BEARING_WORDS <= vocab(language).NEAR_WORDS
    assert {"north", "km", "nord", "kilomètres", "outskirts", "périphérie"} <= _BEARINGS
    assert not {"near", "près", "vers"} & _BEARINGS  # (a word of nearness, not a bearing)
