"""Whole-note place coding for the classes ``notes_places_blind_19.csv`` measured (sentences written for these
tests, not the set's): a town's area framed by its region ("the Macina area of the Ségou region", « la zone de
Macina, région de Ségou »: Ké-Macina, the cercle's seat, not a hamlet Macina 40 km west), a titled place with a
settlement word before its bracket ("the village chief of Macina town (Ségou region)"), and a village told by its
distance and direction from a town that has homonyms abroad ("Dori, a village about 45 km south of Torodi":
Niger's Dori, not Burkina's)."""

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


@pytest.mark.parametrize("text,language,name,country,lat", [
    ("On 9 May 2026, JNIM militants abducted four traders in the Macina area of the Ségou region.", "en",
     "Ké-Macina", "ML", 13.96),
    ("Le 9 mai 2026, des jihadistes ont enlevé quatre commerçants dans la zone de Macina, région de Ségou.", "fr",
     "Ké-Macina", "ML", 13.96),
    ("On 3 June 2026, suspected JNIM militants killed the village chief of Macina town (Ségou region) at his home.", "en",
     "Ké-Macina", "ML", 13.96),
    ("On 2 June 2026, gunmen killed two herders at Dori, a village about 45 km south of Torodi in the Tillabéri region.",
     "en", "Dori", "NE", 12.71),
    ("Le 2 juin 2026, des hommes armés ont tué deux éleveurs à Dori, un village situé à environ 45 km au sud de Torodi.",
     "fr", "Dori", "NE", 12.71),
])
def test_areas_titled_towns_and_told_offsets(analyzer, text, language, name, country, lat):
    place = _place(analyzer, text, language)
    assert place is not None and place.name == name and place.country == country, place
    assert abs(place.latitude - lat) < 0.05, place


def test_a_town_named_with_no_offset_keeps_its_largest_homonym(analyzer):
    # with no distance told, the seat of Burkina's Sahel region stays the Dori meant
    place = _place(analyzer, "On 4 June 2026, gunmen attacked a police post in Dori, killing two officers.")
    assert place is not None and place.country == "BF" and place.name == "Dori", place
