"""Three classes of place misses on short Sahel notes, with the gazetteer a new user gets (the shipped Sahel
table, no dump imported); sentences written for these tests:

- a journey told by its start ("a convoy that had left Sevare for Boni", « un bus qui quittait Kaya pour Dori »):
  the town left and the one bound for are the journey's ends, the event is where the attack was;
- a place named by someone's office ("the village head of Douna") with its unit told after it ("in the Filingue
  department"): the unit only says where the village lies, it is not another place of the event;
- "X (Y region)": the anchor is the region (or its seat), not a foreign town or country spelled like it, so a name
  no place of that region bears is coded in the region, not at a namesake abroad.
"""

from __future__ import annotations

import pytest

from sitrep.geo import haversine_km

from .dated_notes import note_place

HOMBORI = (15.279, -1.7004)
PISSILA = (13.1642, -0.8225)
BARA_GAO = (15.8071, 0.3245)
DOUNA_TILLABERI = (14.7027, 3.9949)
KELBO = (13.8658, -1.1608)
ARIBINDA = (14.2296, -0.8654)
FADA_NGOURMA = (12.0616, 0.3584)
KAYA_SEGOU = (13.0043, -4.3155)


@pytest.mark.parametrize("text,where", [
    ("On 2 June 2026, JNIM militants ambushed a FAMa supply convoy that had left Sevare for Boni near Hombori; "
     "four soldiers were killed.", HOMBORI),
    ("On 2 June 2026, gunmen attacked a bus that was leaving Kaya for Dori at Pissila, killing two passengers.",
     PISSILA),
    ("Le 2 juin 2026, des hommes armés ont attaqué à Pissila un bus qui quittait Kaya pour Dori, tuant deux "
     "passagers.", PISSILA),
    ("On 2 June 2026, a truck that left Gao for Ansongo hit a mine near Bara, killing the driver.", BARA_GAO),
])
def test_a_journey_told_by_its_start_is_placed_where_it_was_attacked(default_analyzer, text, where):
    p = note_place(default_analyzer, text)
    assert haversine_km(*where, p.latitude, p.longitude) < 25, p.name


@pytest.mark.parametrize("text,where", [
    ("On 2 June 2026, gunmen killed the village head of Douna, in the Filingue department (Tillaberi).",
     DOUNA_TILLABERI),
    ("On 2 June 2026, gunmen killed the village chief of Kelbo, in the Djibo department.", KELBO),
    ("Le 2 juin 2026, des hommes armés ont tué le chef du village de Kelbo, dans le département de Djibo.", KELBO),
    # an origin stays an origin, its unit with it: the event is where the man was killed
    ("On 2 June 2026, a man from Kelbo, in the Djibo department, was killed by gunmen in Arbinda.", ARIBINDA),
])
def test_the_unit_told_after_a_titled_place_is_no_other_place(default_analyzer, text, where):
    p = note_place(default_analyzer, text)
    assert haversine_km(*where, p.latitude, p.longitude) < 25, p.name


@pytest.mark.parametrize("text,where", [
    ("On 2 June 2026, suspected JNIM militants ambushed VDP members on the outskirts of Fada (Est region), "
     "killing four.", FADA_NGOURMA),
    ("On 2 June 2026, gunmen killed a village chief in Kaya, Segou region.", KAYA_SEGOU),
])
def test_a_bracket_told_as_a_region_is_that_region(default_analyzer, text, where):
    p = note_place(default_analyzer, text)
    assert haversine_km(*where, p.latitude, p.longitude) < 25, p.name
    assert p.country in ("BF", "ML")
