"""A bare village name several Sahel countries share, in a note whose only clue is a group fighting across
borders: the group's home country (first of its ``operates_in``) breaks the tie of the region's default
shares (``place_cohesion.group_home_shares``); a country the note names still decides."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse import Analyzer
from sitrep.analyse.place_cohesion import GROUP_HOME_SHARE
from sitrep.knowledge import load_knowledge
from tests.analyse.small_world import one_paragraph


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(load_knowledge())  # the shipped Sahel table: Bonis and Yoros in Mali and Burkina Faso


def _places(analyzer, text: str):
    analysis = analyzer.analyse(one_paragraph(text, dt.date(2024, 6, 1), doc_id="d" * 16))
    return analysis, {p.surface: p.country for p in analysis.places}


@pytest.mark.parametrize("text, name", [
    ("On 22 March 2024, JNIM militants killed a herder at a well near Boni.", "Boni"),
    ("On 12 May 2024, suspected JNIM militants raided Yoro at dawn and stole cattle.", "Yoro"),
    ("On 20 May 2024, IS Sahel fighters burned granaries in Sio.", "Sio"),
])
def test_a_cross_border_group_reads_a_shared_name_in_its_home(analyzer, text, name):
    analysis, countries = _places(analyzer, text)
    assert countries.get(name) == "ML", countries
    assert analysis.events and analysis.events[0].place is not None and analysis.events[0].place.country == "ML"


def test_a_country_the_note_names_outweighs_the_groups_home(analyzer):
    _, countries = _places(analyzer, "On 22 March 2024, JNIM militants killed a herder near Yoro, in Burkina Faso.")
    assert countries.get("Yoro") == "BF", countries


def test_the_home_share_stays_below_a_named_country():
    """A country the text names or implies has a share of 0.75 or more: the nudge never reaches it."""
    assert 0.5 < GROUP_HOME_SHARE < 0.75
