"""Deaths and deeds told in a later sentence of a note by a pronoun or a bare verb (notes written for these tests):

- the dead of a killing of "them" are the people the sentence before counted ("seized four herders. They killed them",
  "They were later found dead", « Ils les ont exécutés »), and « en » counts a part of them (« Ils en ont exécuté
  neuf »); an adverb may stand between the auxiliary and the killing (« Ils ont ensuite abattu trois hommes »);
- a killing told after a deed that killed no one (a taking, an arrest, a sermon) turns the note's event into the
  attack, on the killing's own day ("preached in the mosque. The next day they killed two men");
- « pris pour cible » is an attack (a clash on armed men, an attack on civilians), not a place taken.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.fatalities import find_fatalities
from sitrep.analyse.pronoun_tolls import pronoun_toll_told_before

from tests.analyse.dated_notes import note_event


@pytest.mark.parametrize("before, text, language, dead", [
    ("Armed men stopped four herders near Ansongo and took them away.", "They were later found dead.", "en", 4),
    ("Dozo hunters seized four Fulani herders near Macina.", "They killed them the same evening.", "en", 4),
    ("Les FAMa ont arrêté six bergers peuls à Diafarabé.", "Ils les ont exécutés quelques heures plus tard.", "fr", 6),
    ("Des hommes armés ont enlevé trois commerçants près de Tera.", "Ils ont été retrouvés morts le lendemain.", "fr", 3),
    # no pronoun's killing, or no people counted before: no toll
    ("Soldiers arrested two traders in Kaya.", "They were later released.", "en", None),
    ("Gunmen raided the village.", "They killed them.", "en", None),
])
def test_a_pronoun_killed_counts_the_people_told_before(before, text, language, dead):
    killed = pronoun_toll_told_before(text, before, language)
    assert (killed.low if killed else None) == dead


@pytest.mark.parametrize("text, dead", [
    ("Ils ont ensuite abattu trois hommes avant de repartir.", 3),
    ("Ils en ont exécuté neuf sur place et relâché les trois autres.", 9),
    ("Les assaillants ont froidement exécuté deux bergers.", 2),
])
def test_french_killings_with_an_adverb_or_a_part_told_by_en(text, dead):
    killed, _ = find_fatalities(text, "fr")
    assert killed is not None and killed.low == dead


def test_en_with_no_count_after_the_verb_is_no_toll():
    assert find_fatalities("Ils en ont tué d'autres plus tard.", "fr")[0] is None


@pytest.mark.parametrize("text, event_type, sub_event_type, dead, day", [
    ("On 12 June 2024, Dozo hunters seized four Fulani herders near Macina (Macina, Segou). They killed them the same "
     "evening.", "Violence against civilians", "Attack", 4, dt.date(2024, 6, 12)),
    ("Le 21 juin 2024, les FAMa ont arrêté six bergers peuls à Diafarabé (Tenenkou, Mopti). Ils les ont exécutés "
     "quelques heures plus tard.", "Violence against civilians", "Attack", 6, dt.date(2024, 6, 21)),
    ("On 8 June 2024, JNIM militants preached in the mosque of Dioura (Tenenkou, Mopti), warning villagers against "
     "cooperating with the army. The next day they killed two men accused of being informants.",
     "Violence against civilians", "Attack", 2, dt.date(2024, 6, 9)),
    ("Le 5 novembre 2024, des jihadistes ont prêché dans la mosquée de Solenzo (Banwa, Boucle du Mouhoun). Le "
     "lendemain, ils ont abattu deux conseillers municipaux.", "Violence against civilians", "Attack", 2,
     dt.date(2024, 11, 6)),
    # a sermon with no killing stays a development, an arrest with a release stays an arrest
    ("On 20 September 2024, JNIM militants preached at the mosque of Mondoro (Douentza, Mopti) and ordered women to "
     "wear the veil. They left the village without harming anyone.", "Strategic developments", "Other", 0,
     dt.date(2024, 9, 20)),
    ("On 14 August 2024, soldiers arrested two traders accused of supplying fuel to militants in Kaya (Sanmatenga, "
     "Centre-Nord). They were later released.", "Strategic developments", "Arrests", 0, dt.date(2024, 8, 14)),
    ("Le 11 février 2024, des terroristes présumés du JNIM ont pris pour cible un groupe de VDP en patrouille près de "
     "Djibo (Soum, Sahel), tuant cinq volontaires.", "Battles", "Armed clash", 5, dt.date(2024, 2, 11)),
    ("Le 13 mai 2024, des hommes armés ont pris pour cible des fidèles à la sortie de la mosquée de Makalondi (Torodi, "
     "Tillaberi), tuant six d'entre eux.", "Violence against civilians", "Attack", 6, dt.date(2024, 5, 13)),
])
def test_the_killing_told_after_is_the_note_event(analyzer, text, event_type, sub_event_type, dead, day):
    event = note_event(analyzer, text, dt.date(2025, 1, 10))
    assert event is not None
    assert (event.event_type, event.sub_event_type) == (event_type, sub_event_type)
    assert ((event.fatalities.low or 0) if event.fatalities else 0) == dead
    assert event.date is not None and event.date.earliest == day


def test_the_vdp_targeted_are_the_second_side(analyzer):
    event = note_event(analyzer, "Le 11 février 2024, des terroristes présumés du JNIM ont pris pour cible un groupe de "
                                 "VDP en patrouille près de Djibo (Soum, Sahel), tuant cinq volontaires.")
    assert "jnim" in event.side1 and "vdp" in event.side2
