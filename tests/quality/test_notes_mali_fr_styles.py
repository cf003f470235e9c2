"""Event coding on notes in the Malian register and in French wire style.

``tests/data/notes_mali_fr_styles.csv``: 32 notes written for this test (places in Mali, parties as ACLED
names them there: FAMa, JNIM, IS Sahel, Dozo, the FLA), half ACLED-style prose and a third French wire
sentences: changes of hands told through an announcement (« a annoncé avoir repris », « a été reprise par
les FAMa », « s'être emparé de »), weapons found or destroyed, suicide vehicle bombs, crowds that turned violent
while police intervened, beatings of protesters, a coup told as power seized.  Each note is one document
published on its event date; its first event must carry the note's type and sub-type.  Floors in
floors.yaml (``notes_mali_fr_styles``), pinned from the figures measured when they were written.
"""

from __future__ import annotations

import pytest

from .test_notes_written_here import _assert_floor, _coded

pytestmark = pytest.mark.xdist_group("quality")


@pytest.fixture(scope="module")
def coded_mali_fr(analyzer):
    return _coded(analyzer, "notes_mali_fr_styles.csv")


@pytest.mark.parametrize("measure", ["found", "event_type", "sub_event_type"])
def test_notes_in_malian_and_french_styles_not_below_floor(floors, coded_mali_fr, measure):
    _assert_floor(floors, coded_mali_fr, measure, "notes_mali_fr_styles")


def test_notes_cover_every_event_type_in_both_languages(coded_mali_fr):
    assert len(coded_mali_fr) >= 30
    assert {n.event_type for n, _ in coded_mali_fr} == {"Battles", "Explosions/Remote violence", "Violence against civilians",
                                                        "Protests", "Riots", "Strategic developments"}
    assert len({n.sub_event_type for n, _ in coded_mali_fr}) >= 20
    assert sum(n.notes.startswith(("L'", "Le ", "La ", "Les ", "Des ", "Une ", "Selon ")) for n, _ in coded_mali_fr) >= 10
