"""Event coding on ACLED-style notes in styles the earlier test notes did not use.

``tests/data/notes_new_styles.csv``: 64 notes written for this test (invented places in Mali, Burkina Faso
and Niger), in the styles that wire copy and later ACLED notes use and the earlier notes did not: a lead
followed by a context sentence that names another kind of violence ("The road had been blocked by the
militants since a clash with VDP in November"), notes that open on the cause ("In retaliation for…",
"Following the theft of cattle…", "After Friday prayers…"), a closing sentence of who said or denied it,
and bracketed tags ("[women targeted: …]", "[size=about 200]").

``tests/data/notes_mali_fr_styles.csv``: 32 notes written for this test in the Malian register (FAMa, JNIM,
IS Sahel, Dozo, the FLA), a third of them French wire sentences: changes of hands told through an
announcement (« a annoncé avoir repris », « a été reprise par les FAMa », « s'être emparé de »), weapons
found or destroyed, suicide vehicle bombs, crowds that turned violent while police intervened, beatings of
protesters, a coup told as power seized.

``tests/data/notes_codebook_styles.csv``: 107 notes written for this test in Burkina/Mali note register but in
styles the tuning notes lack, each decided by a codebook rule on who acted against whom and by what means:
communities fighting with blades (armed clash), VDP, Dozo or Koglweogo engaging militants (armed clash, not an
attack), crowds that lynch or beat a suspect to death (mob violence), crowds with a demand that block roads with
burning tyres or ransack an office (violent demonstration), force on a peaceful crowd (excessive force) and on one
that burned (violent demonstration), protests of violence done to others (peaceful), people taken and then killed
or found dead (attack), looting without casualties (looting) and with a victim killed (attack), groups that split
or merge, air support of a ground fight (armed clash); place-first, passive and victim-first openings; people
"taken away", "carried off", « enlevés », forced into a vehicle (abduction), goods taken with people beaten, tied up
or held at gunpoint (attack) or from an empty place (looting), defenders who resisted or set out to stop raiders.

Each note is one document published on its event date; its first event (the most confident) must carry the
note's type and sub-type.  The floors are in floors.yaml (``notes_new_styles``, ``notes_mali_fr_styles``, ``notes_codebook_styles``),
pinned from the figures measured when they were written.
"""

from __future__ import annotations

import pytest

from .test_notes_written_here import _assert_floor, _coded

pytestmark = pytest.mark.xdist_group("quality")

# floor key → (file, fewest notes, fewest sub-types, openings that some notes must use)
SETS = {
    "notes_new_styles": ("notes_new_styles.csv", 60, 22, ("In retaliation", "Following", "After")),
    "notes_mali_fr_styles": ("notes_mali_fr_styles.csv", 30, 20, ("L'", "Le ", "La ", "Les ", "Des ", "Une ", "Selon ")),
    "notes_codebook_styles": ("notes_codebook_styles.csv", 60, 15, ("In ", "Overnight", "During", "Around", "Two ", "A ")),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def coded_set(request, analyzer):
    return request.param, _coded(analyzer, SETS[request.param][0])


@pytest.mark.parametrize("measure", ["found", "event_type", "sub_event_type"])
def test_notes_in_new_styles_not_below_floor(floors, coded_set, measure):
    key, coded = coded_set
    _assert_floor(floors, coded, measure, key)


def test_notes_in_new_styles_cover_every_event_type_and_their_styles(coded_set):
    key, coded = coded_set
    _, fewest, sub_types, openings = SETS[key]
    assert len(coded) >= fewest
    assert {n.event_type for n, _ in coded} == {"Battles", "Explosions/Remote violence", "Violence against civilians",
                                                "Protests", "Riots", "Strategic developments"}
    assert len({n.sub_event_type for n, _ in coded}) >= sub_types
    assert any(n.notes.startswith(openings) for n, _ in coded)
