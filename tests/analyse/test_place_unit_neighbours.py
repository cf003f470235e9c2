"""A name with several homonyms inside the unit the note names ("near Douna, in the Douentza region": three
villages Douna the dump leaves without a cercle code): the one lying by the note's other places, not the
one nearest the unit's centroid (``place_unit_neighbours``); with no other place the pin's choice stands."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse import Analyzer
from sitrep.analyse.place_anchors import km_between
from sitrep.knowledge import load_knowledge
from tests.analyse.small_world import first_event_place


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(load_knowledge())  # the shipped Sahel table: four Douna and three Kouna in the Mopti region


def _event_place(analyzer, text: str, language: str = "en"):
    return first_event_place(analyzer, text, dt.date(2026, 7, 22), "d" * 16, language)


class _At:
    def __init__(self, latitude, longitude):
        self.latitude, self.longitude = latitude, longitude


MONDORO_DOUNA = _At(14.6479, -1.738)  # GeoNames 2458258, 23 km from Mondoro
SOFARA_KOUNA = _At(14.2462, -4.145)  # GeoNames Kouna of the Djenné cercle, 31 km from Sofara


@pytest.mark.parametrize("text, language, where", [
    ("On 22 July 2026, JNIM militants coming from Mondoro ambushed a Malian army patrol near Douna, in the Douentza "
     "region; four soldiers were killed.", "en", MONDORO_DOUNA),
    ("Le 22 juillet 2026, des hommes armés venus de Mondoro ont tué deux bergers près de Douna, dans la région de "
     "Douentza.", "fr", MONDORO_DOUNA),
    ("On 2 March 2025, herders who had fled from Sofara were attacked near Kouna, in the Mopti region; two were "
     "killed.", "en", SOFARA_KOUNA),
])
def test_the_homonym_the_unit_holds_by_the_notes_other_place(analyzer, text, language, where):
    place = _event_place(analyzer, text, language)
    assert km_between(place, where) < 5, (place.name, place.latitude, place.longitude)


def test_without_another_place_the_unit_alone_decides(analyzer):
    """No other place: the pin keeps the Douna it chose by the cercle, not Mondoro's."""
    place = _event_place(analyzer, "On 22 July 2026, JNIM militants ambushed a Malian army patrol near Douna, in the "
                                   "Douentza region; four soldiers were killed.")
    assert place.name == "Douna" and km_between(place, MONDORO_DOUNA) > 25


KONNA_TOWN = _At(14.9433, -3.8947)  # GeoNames writes the town "Kona"; another Kona lies 6 km from Sévaré
TERA_TOWN = _At(14.0078, 0.7531)  # the department's seat; a village Téra lies 49 km from Gothèye


@pytest.mark.parametrize("text, where", [
    # a bracket of qualifiers is no region named by its word: the hospital's town does not move the event
    ("On 3 May 2025, a soldier wounded by a mine near Konna (Mopti, Mopti) died the next day in Sevare hospital.",
     KONNA_TOWN),
    # a seat among the homonyms is the place its name says
    ("On 3 May 2025, gunmen killed two traders near Tera, in the Tillaberi region, on the road to Gotheye.", TERA_TOWN),
])
def test_a_bracket_or_a_town_keeps_its_place(analyzer, text, where):
    place = _event_place(analyzer, text)
    assert km_between(place, where) < 5, (place.name, place.latitude, place.longitude)
