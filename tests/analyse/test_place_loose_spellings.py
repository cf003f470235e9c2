"""A village's spelling a consonant off ("Ngomina" / Ngomi, "Mogande" / Mande) is taken only close to the commune
its bracket names: farther off, the commune's seat is nearer the village meant (``place_spellings``)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.place_spellings import LOOSE_SPELLING_KM
from sitrep.geo import haversine_km
from tests.analyse.small_world import one_paragraph


@pytest.mark.parametrize("text, lat, lon", [
    # "Ngomina" would be a Ngomi 47 km north of Sofara (a consonant dropped): the commune is nearer the village
    ("On 27 May 2026, JNIM militants abducted three farmers in the village of Ngomina (Sofara, Djenne, Mopti).",
     14.0167, -4.2333),
    # "Mogande" would be the Mande 47 km east of Bittou (the g dropped)
    ("On 22 May 2026, presumed JNIM militants abducted a farmer in the area of Mogande (Bittou, Boulgou).",
     11.2581, -0.3061),
])
def test_a_spelling_a_consonant_off_is_not_taken_far_from_its_commune(default_analyzer, text, lat, lon):
    doc = one_paragraph(text, dt.date(2026, 6, 1), doc_id="v" * 16)
    events = default_analyzer.analyse(doc).events
    assert events and events[0].place is not None
    assert haversine_km(events[0].place.latitude, events[0].place.longitude, lat, lon) <= 5


def test_the_loose_reach_is_shorter_than_a_communes():
    from sitrep.analyse.place_anchors import COMMUNE_KM

    assert LOOSE_SPELLING_KM < COMMUNE_KM


@pytest.mark.parametrize("a, b, same", [
    ("ngumina", "ngumi", False),  # a consonant dropped
    ("mugand", "mand", False),
    ("bambufa", "bumbufa", True),  # vowels only
    ("tiua", "tiva", True),  # a "w" (read "u") written "v"
])
def test_a_skeleton_is_the_consonants_but_a_soft_v(a, b, same):
    from sitrep.analyse.place_spellings import _same_skeleton

    assert _same_skeleton(a, b) is same
