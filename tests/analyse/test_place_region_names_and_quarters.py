"""Regional names that are also a province or a village elsewhere ("the Gourma", "the Liptako"), and numbered
parts of a town ("Sector 4 of Ouahigouya", « le secteur 6 de Djibo »), on the notes of
``tests/data/notes_places_blind_11.csv``' registers (sentences written for these tests)."""

from __future__ import annotations

import pytest

from sitrep.eval.notes import primary_event

from .seeds import make_document


@pytest.fixture(scope="module")
def analyzer():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return Analyzer(load_knowledge(None, actor_files=[]))


def _place(analyzer, text: str, language: str = "en"):
    event = primary_event(analyzer.analyse(make_document("t", text, language=language)))
    return event.place if event is not None else None


@pytest.mark.parametrize("text,language,name,country", [
    # Mali's Gourma (a natural region) is also Burkina's province: the name must not carry the village abroad
    ("In the Gourma, gunmen killed two drivers near Boni on 8 October 2025.", "en", "Boni", "ML"),
    ("Dans le Gourma, des hommes armés ont tué deux transporteurs près de Boni le 8 octobre 2025.", "fr", "Boni", "ML"),
    ("A JNIM unit from the Gourma attacked the gendarmerie post at Léré on 13 October 2025.", "en", "Léré", "ML"),
    # a tract without bounds yields to the village the sentence names
    ("In the Liptako, IS Sahel fighters killed five herders near Markoye on 6 November 2025.", "en", "Markoye", "BF"),
    # a numbered sector or a quarter of a town is in that town
    ("Unidentified gunmen killed a trader in Sector 4 of Ouahigouya on 2 November 2025.", "en", "Ouahigouya", "BF"),
    ("Le 3 novembre 2025, des hommes armés ont abattu deux VDP au secteur 6 de Djibo.", "fr", "Djibo", "BF"),
])
def test_region_names_and_town_parts(analyzer, text, language, name, country):
    place = _place(analyzer, text, language)
    assert place is not None and place.name == name and place.country == country, place


def test_a_province_named_as_such_still_places_the_note(analyzer):
    """"in Gourma province" is Burkina's province: the village beside it stays there."""
    place = _place(analyzer, "JNIM militants abducted a nurse near Matiacoali, in Gourma province, on 8 November 2025.")
    assert place is not None and place.country == "BF" and place.name == "Matiakoali"


def test_a_region_alone_is_not_a_village(analyzer):
    place = _place(analyzer, "Gunmen killed two civilians in the Liptako on 3 May 2025.")
    assert place is not None and place.geo_precision == 3


def test_a_spelling_near_an_anchor_is_read_with_r_for_l_and_a_far_guess_is_dropped(analyzer):
    """"in Kolanga, near Tankoualou (Foutouri, Komandjari)": Tankoualou is GeoNames' Tankwarou, written with "r" for
    "l" (``transliteration``: one sound in Gulmancema names); the "Koulga" a near spelling of Kolanga would give lies
    105 km away, so it is dropped and the anchor confirmed by the bracket places the note."""
    place = _place(analyzer, "On 18 June 2021, presumed JNIM militants abducted a male farmer in Kolanga, near Tankoualou "
                             "(Foutouri, Komandjari).")
    assert place is not None and place.name == "Tankwarou"
