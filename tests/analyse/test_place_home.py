"""A story naming no country but towns of elsewhere reads its bare names as the shipped Sahel table's
villages only when it says it is about the Sahel (``analyse/place_home.py``): junk capitalised words of
a story from elsewhere ("Site B", "Dani Street") must not land on Sahel villages, and a note from the
Sahel still finds its villages (sentences written for these tests)."""

from __future__ import annotations

import pytest

from sitrep.analyse.place_home import WithoutShippedVillages, foreign_cues, sahel_cues
from sitrep.eval.geoparse import place_mentions

SAHEL = {"ML", "BF", "NE", "MR"}


@pytest.fixture(scope="module")
def analyzer():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return Analyzer(load_knowledge(None, actor_files=[]))


@pytest.mark.parametrize("text", [
    "Opponents of the Site B reservoir from Edmonton met the Calgary council on Tuesday to demand a new study.",
    "Volunteers from Dani Street in Leeds handed out food parcels, as they did in Manchester.",
])
def test_a_story_from_elsewhere_puts_nothing_in_the_sahel(analyzer, text):
    assert not [p.surface for p in place_mentions(analyzer, text, "x") if p.country in SAHEL]


@pytest.mark.parametrize("text,name", [
    ("On Tuesday gunmen burned the granaries of Takoutala and drove away the cattle.", "Takoutala"),
    ("On Tuesday gunmen killed two traders near Dori.", "Dori"),
    ("Clashes at Takoutala left two dead.", "Takoutala"),  # a terse note naming nowhere else keeps its village
])
def test_a_note_naming_no_country_still_finds_its_sahel_places(analyzer, text, name):
    assert [p.name for p in place_mentions(analyzer, text, "x") if p.country in SAHEL] == [name]


class _Para:
    def __init__(self, text: str):
        self.doc = type("Doc", (), {"text": text, "ents": ()})()


@pytest.mark.parametrize("text,language,cued", [
    ("Clashes broke out 12 km north of Springfield on Monday.", "en", True),  # a distance from a place
    ("The men were seized in the village of Warrenby.", "en", True),  # a village told as one
    ("Des hommes armés ont pillé la localité de Warrenby.", "fr", True),
    ("The convoy was stopped at Kebbel (Lanfiera, Sourou) on Monday.", "en", True),  # a bracket of units
    ("The committee met in Springfield on Tuesday.", "en", False),
    ("Say what you will, the board met on Tuesday.", "en", False),  # a sentence's first word is no town
])
def test_sahel_cues(analyzer, text, language, cued):
    from sitrep.analyse.lang import vocab

    assert sahel_cues([_Para(text)], analyzer.knowledge.gazetteer, vocab(language)) is cued


def test_the_village_free_view_keeps_towns(analyzer):
    gaz = analyzer.knowledge.gazetteer
    view = WithoutShippedVillages(gaz)
    assert [c for c in gaz.lookup("Takoutala") if c.country in SAHEL]
    assert not [c for c in view.lookup("Takoutala") if c.country in SAHEL]
    assert [c for c in view.lookup("Dori") if c.country == "BF"]  # a town stays
    assert len(view) == len(gaz)


@pytest.mark.parametrize("text,cued", [
    ("The mayors of Leeds and Manchester met on Tuesday.", True),
    ("Protesters gathered in Leeds on Tuesday.", False),  # one name may be a homonym of a Sahel town
    ("Leeds and Dori are twinned.", False),  # a sentence's first word is not read
])
def test_foreign_cues(analyzer, text, cued):
    assert foreign_cues([_Para(text)], analyzer.knowledge.gazetteer) is cued
