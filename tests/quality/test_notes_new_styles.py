"""Event coding on ACLED-style notes in styles the earlier test notes did not use.

``tests/data/notes_new_styles.csv``: 64 notes written for this test (invented places in Mali, Burkina Faso
and Niger), in the styles that wire copy and later ACLED notes use and the earlier notes did not: a lead
followed by a context sentence that names another kind of violence ("The road had been blocked by the
militants since a clash with VDP in November"), notes that open on the cause ("In retaliation for…",
"Following the theft of cattle…", "After Friday prayers…"), a closing sentence of who said or denied it,
and bracketed tags ("[women targeted: …]", "[size=about 200]").  Each note is one document published on
its event date; its first event (the most confident) must carry the note's type and sub-type.  The
floors are in floors.yaml (``notes_new_styles``), pinned from the figures measured when they were written.
"""

from __future__ import annotations

import pytest

from .test_notes_written_here import _assert_floor, _coded

pytestmark = pytest.mark.xdist_group("quality")


@pytest.fixture(scope="module")
def coded_new(analyzer):
    return _coded(analyzer, "notes_new_styles.csv")


@pytest.mark.parametrize("measure", ["found", "event_type", "sub_event_type"])
def test_notes_in_new_styles_not_below_floor(floors, coded_new, measure):
    _assert_floor(floors, coded_new, measure, "notes_new_styles")


def test_notes_in_new_styles_cover_every_event_type_and_their_styles(coded_new):
    assert len(coded_new) >= 60
    assert {n.event_type for n, _ in coded_new} == {"Battles", "Explosions/Remote violence", "Violence against civilians",
                                                    "Protests", "Riots", "Strategic developments"}
    assert len({n.sub_event_type for n, _ in coded_new}) >= 22
    assert any(n.notes.startswith(("In retaliation", "Following", "After")) for n, _ in coded_new)
