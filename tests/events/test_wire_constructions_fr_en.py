"""Constructions of short wire stories read alike in French and English: a day told in a relative clause on the
incident itself (« lors de l'attaque qui a visé mardi dernier le détachement »), a day told in a participle that
describes the people (« enlevés en janvier, … remis en liberté samedi »), the parent an armed group is tied to
(« le JNIM, affilié à Al-Qaïda, a revendiqué l'assaut »), a position attacked told in the passive (« le camp
militaire de X a été attaqué »), the side a toll counts (« neuf morts parmi les soldats »), a wounded man
evacuated to a clinic (no withdrawal), and the lexicons both languages share."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.day_words import NEWS_DAY_WORDS
from sitrep.analyse.events import registers
from sitrep.analyse.events.codebook import CROWD_VIOLENCE
from sitrep.analyse.events.fates import RELEASED_BY_DEAL
from sitrep.analyse.events.harm_verbs import KILLING_VERBS
from sitrep.analyse.fatalities import find_fatalities

TUESDAY = dt.date(2027, 3, 9)  # the day the stories below are published
FRIDAY = dt.date(2027, 3, 12)


def _events(analyzer, make_doc, text, language, published=TUESDAY):
    return analyzer.analyse(make_doc(text, published=published, language=language)).events


@pytest.mark.parametrize("text,language", [
    ("Dans un communiqué publié jeudi soir, l'état-major a indiqué que sept militaires avaient été tués lors de "
     "l'attaque qui a visé mardi dernier le détachement de Gorom-Gorom.", "fr"),
    ("In a statement released on Thursday evening, the general staff said seven soldiers had been killed in the "
     "attack that targeted the Gorom-Gorom detachment last Tuesday.", "en"),
])
def test_a_day_told_in_the_incidents_own_relative_clause_is_its_day(default_analyzer, make_doc, text, language):
    (event,) = _events(default_analyzer, make_doc, text, language, published=FRIDAY)
    assert str(event.date.earliest) == str(event.date.latest) == "2027-03-09"


@pytest.mark.parametrize("text,language", [
    ("Cinq employés, enlevés en janvier sur l'axe Diéma-Nioro, ont été remis en liberté samedi près de Diéma.", "fr"),
    ("Five workers, kidnapped in January on the Diema-Nioro road, were set free on Saturday near Diema.", "en"),
])
def test_a_release_is_dated_by_its_day_not_by_the_taking_that_describes_the_captives(default_analyzer, make_doc,
                                                                                    text, language):
    events = _events(default_analyzer, make_doc, text, language, published=dt.date(2027, 3, 14))
    assert events and all(e.sub_event_type != "Abduction/forced disappearance" for e in events)
    assert all(str(e.date.earliest) == "2027-03-13" for e in events)


@pytest.mark.parametrize("text,language", [
    ("Le camp militaire de Gorom-Gorom a été attaqué mardi. Le Groupe de soutien à l'islam et aux musulmans (JNIM), "
     "affilié à Al-Qaïda, a revendiqué l'assaut.", "fr"),
    ("Le poste militaire de Gorom-Gorom a été attaqué mardi. Le JNIM, lié à Al-Qaïda, a revendiqué l'assaut.", "fr"),
])
def test_the_claimer_is_the_group_not_the_parent_it_is_tied_to(default_analyzer, make_doc, text, language):
    (event,) = _events(default_analyzer, make_doc, text, language)
    assert event.event_type == "Battles" and event.side1 == ["jnim"]


def test_a_position_attacked_in_the_passive_is_a_clash_and_the_side_after_its_toll_is_the_dead(default_analyzer,
                                                                                               make_doc):
    text = ("Au Burkina Faso, le détachement militaire de Gorom-Gorom a été attaqué mardi. Selon des sources "
            "sécuritaires, le bilan est lourd : au moins neuf morts parmi les soldats.")
    (event,) = _events(default_analyzer, make_doc, text, "fr")
    assert event.sub_event_type == "Armed clash" and event.fatalities.low == 9


def test_a_wounded_man_evacuated_to_a_clinic_is_no_withdrawal(default_analyzer, make_doc):
    text = ("Le maire de Niafunké a été tué hier soir par deux individus armés. Son neveu a été blessé par "
            "balle et évacué vers le centre de santé de Niafunké.")
    events = _events(default_analyzer, make_doc, text, "fr")
    assert [e.sub_event_type for e in events] == ["Attack"] and events[0].fatalities.low == 1


@pytest.mark.parametrize("text,language", [
    ("Le maire de Mondoro a été tué dans la nuit.", "fr"),
    ("The mayor of Mondoro was killed overnight.", "en"),
    ("Le chef du village a été poignardé à mort par des inconnus.", "fr"),
])
def test_one_victim_named_by_the_office_of_a_place_is_one_dead(text, language):
    killed, _ = find_fatalities(text, language)
    assert killed is not None and (killed.low, killed.high) == (1, 1)


def test_the_days_of_news_and_their_parts_are_known_in_both_languages():
    for word in ("today", "aujourd'hui", "yesterday", "hier", "avant-hier"):
        assert word in NEWS_DAY_WORDS.split("|")
    for part in ("this morning", "ce matin", "last night", "la nuit dernière", "this week", "cette semaine"):
        assert registers.DAY_OF_NEWS.search(f"gunmen struck the village {part}"), part


def test_the_crowds_and_killers_verbs_have_their_french_forms():
    assert {"wound", "blesser", "stab", "poignarder", "destroy", "détruire"} <= CROWD_VIOLENCE
    assert {"stab", "poignarder", "lynch", "lyncher"} <= KILLING_VERBS


@pytest.mark.parametrize("text", [
    "Les otages ont été libérés en contrepartie de la libération de prisonniers.",
    "The hostages were released in return for several detained fighters.",
    "Le groupe a libéré les otages en échange de prisonniers.",
])
def test_a_release_for_prisoners_is_a_deal_in_both_languages(text):
    assert RELEASED_BY_DEAL.search(text)


def test_a_release_for_a_ransom_stays_no_deal():
    assert not RELEASED_BY_DEAL.search("Les otages ont été libérés contre le paiement d'une rançon.")
