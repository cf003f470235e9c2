"""Three classes of place misses on short Sahel notes, with the gazetteer a new user gets (the shipped Sahel
table, no dump imported); sentences written for these tests:

- a note that opens on its place as a label ("Kidal: ...", "Ansongo – ...", "Tillia (Tahoua). ...") is placed
  there, whatever the model reads in the label (a person, a common noun, a title-case headline), while an
  opening category ("Looting: ...") or a person followed by a comma is no place;
- "the X commune", "la commune rurale de X" is the seat of the commune so named when one of X's homonyms is such
  a seat, not a namesake elsewhere;
- of a name's homonyms, the one by the seat of the department, cercle or commune the note names wins over a
  bigger namesake in another region.
"""

from __future__ import annotations

import pytest

from sitrep.geo import haversine_km

from .dated_notes import note_place

KIDAL = (18.4411, 1.4078)
ANSONGO = (15.6597, 0.5022)
TILLIA = (16.1233, 4.7897)
SAY_NIGER = (13.1007, 2.3689)
KELBO = (13.8658, -1.1608)
DORI_BF = (14.0354, -0.0345)
BONI_MALI = (15.0766, -2.2198)
DIOURA = (14.8252, -5.2547)
DAMANA = (13.899, 3.0694)
LOGA_OUALLAM = (14.4569, 2.2908)


@pytest.mark.parametrize("text,where", [
    ("Kidal: a rocket fired at the town's airport on 2 June 2026 wounded one guard.", KIDAL),
    ("Ansongo (Gao). Suspected IS Sahel fighters set fire to three trucks on 2 June 2026, killing a driver.", ANSONGO),
    ("Tillia (Tahoua). Gunmen killed two camel herders on 2 June 2026.", TILLIA),
    ("Say: a gendarme was killed in an ambush by unidentified gunmen on 2 June 2026.", SAY_NIGER),
])
def test_a_note_opening_on_its_place_is_placed_there(default_analyzer, text, where):
    p = note_place(default_analyzer, text)
    assert haversine_km(*where, p.latitude, p.longitude) < 5, p.name


@pytest.mark.parametrize("text,where", [
    # an ACLED note's category opens it: the village the note names is the place
    ("Looting: On 2 June 2026, JNIM militants seized motorcycles and cattle in the village of Kelbo.", KELBO),
    # a person opens it, a comma after the name
    ("Amadou Dicko, a herder, was shot dead by gunmen in Dori on 2 June 2026.", DORI_BF),
])
def test_an_opening_category_or_person_is_no_label(default_analyzer, text, where):
    p = note_place(default_analyzer, text)
    assert haversine_km(*where, p.latitude, p.longitude) < 15, p.name


@pytest.mark.parametrize("text,seat", [
    ("On 2 June 2026, JNIM militants burned the town hall of the Haïré commune and abducted a councillor.", BONI_MALI),
    ("Des hommes armés ont tué un berger dans la commune rurale de Karéri le 2 juin 2026.", DIOURA),
    ("Bandits shot dead a trader on 2 June 2026 in the rural commune of Tondikandia (Filingué).", DAMANA),
])
def test_a_commune_told_so_is_its_seat_not_a_namesake(default_analyzer, text, seat):
    p = note_place(default_analyzer, text)
    assert haversine_km(*seat, p.latitude, p.longitude) < 5, p.name
    assert p.geo_precision == 2


@pytest.mark.parametrize("text", [
    "On 2 June 2026, IS Sahel militants killed four villagers in Loga, Ouallam department.",
    "Le 2 juin 2026, des hommes armés ont tué deux éleveurs à Loga, dans le département de Ouallam.",
])
def test_the_homonym_by_the_seat_of_the_department_named_wins(default_analyzer, text):
    p = note_place(default_analyzer, text)
    assert haversine_km(*LOGA_OUALLAM, p.latitude, p.longitude) < 5, p.name
