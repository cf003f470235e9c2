"""Five readings of world news: a chemical weapon is coded only where a word names the poison (the model alone read
the generic words of an attack, « blessés lors d'une attaque menée la veille », as one); deaths « lors d'une
attaque » are that attack's toll; armed men who flog, whip, lash or cane people attack them, while a court's
sentence of lashes is no armed party's deed; a release told as the news is a strategic development of its own,
while a taking told with it or before it stays the abduction; a fly-past or air show names no strike."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.classifier import score_texts

from .conftest import make_document

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _events(analyzer, text: str, language: str = "en"):
    return analyzer.analyse(make_document(text, dt.date(2026, 11, 16), language=language)).events


def _types(analyzer, text: str, language: str = "en") -> list[str]:
    return [e.sub_event_type for e in _events(analyzer, text, language)]


@pytest.mark.parametrize("text, language", [
    ("Trois gendarmes ont été blessés lors d'une attaque menée la veille contre leur brigade.", "fr"),
    ("Un chauffeur a été tué lors d'une attaque menée avant-hier sur la route de Gossi.", "fr"),
    ("Two guards were wounded in an attack carried out the previous night, the ministry said.", "en"),
])
def test_an_attack_with_no_poison_named_is_no_chemical_weapon(text, language):
    assert score_texts([text], language)[0].best != "CHEM_WEAP"


@pytest.mark.parametrize("text, language", [
    ("Des habitants ont été intoxiqués au chlore lors du bombardement du quartier.", "fr"),
    ("Helicopters dropped barrels of chlorine on the besieged suburb, medics said.", "en"),
])
def test_a_poison_named_is_still_a_chemical_weapon(text, language):
    assert score_texts([text], language)[0].best == "CHEM_WEAP"


def test_soldiers_wounded_during_an_attack_are_a_battle_in_french(default_analyzer):
    text = "Deux militaires ont été tués lors d'une attaque menée la veille contre un convoi près de Tessit."
    assert _types(default_analyzer, text, "fr")[:1] == ["Armed clash"], _types(default_analyzer, text, "fr")


@pytest.mark.parametrize("text", [
    "Militants lashed a shopkeeper in the main square of the village for selling cigarettes, residents said.",
    "Rebel fighters publicly caned a schoolteacher accused of disrespecting their commander.",
    "Policemen flogged street vendors with belts outside the central market, a rights group said.",
])
def test_armed_men_flogging_people_attack_them(default_analyzer, text):
    assert _types(default_analyzer, text)[:1] == ["Attack"], _types(default_analyzer, text)


def test_a_court_s_sentence_of_lashes_is_no_violent_event(default_analyzer):
    text = ("An Islamic court sentenced a man to 40 lashes for drinking alcohol; officials carried out the "
            "punishment in public on Friday.")
    assert not any(e.event_type in VIOLENT for e in _events(default_analyzer, text))


@pytest.mark.parametrize("text", [
    "Nine aid workers kidnapped in South Sudan in June have been freed, their organisation said on Tuesday.",
    "A Colombian soldier held captive by dissident rebels for five months walked free on Sunday near the town of Tame, the army said.",
])
def test_a_release_told_as_the_news_is_a_strategic_development(default_analyzer, text):
    assert _types(default_analyzer, text)[:1] == ["Other"], _types(default_analyzer, text)


@pytest.mark.parametrize("text", [
    "Gunmen seized two nurses from a clinic near Kaduna and freed them a week later.",
    "Four engineers were abducted and later released on the Zaria road, police said.",
    "Bandits kidnapped a village head near Gusau on Monday. He was released on Thursday after a ransom was paid.",
])
def test_a_taking_told_with_its_release_stays_the_abduction(default_analyzer, text):
    assert _types(default_analyzer, text)[:1] == ["Abduction/forced disappearance"], _types(default_analyzer, text)


@pytest.mark.parametrize("text", [
    "The air force thrilled spectators with a fly-past of fighter jets over the capital on Independence Day.",
    "Jets of the air force staged an air show over the coast to mark the navy's anniversary.",
])
def test_a_show_of_aircraft_names_no_strike(default_analyzer, text):
    assert not any(e.event_type in VIOLENT for e in _events(default_analyzer, text)), _types(default_analyzer, text)


@pytest.mark.parametrize("text", [
    "A car bomb went off during an army parade in the northern city on Friday, killing seven soldiers.",
    "Une bombe a explosé lors d'un défilé militaire à Niamey samedi, tuant quatre soldats.",
])
def test_a_blow_struck_at_a_parade_is_still_the_blow(default_analyzer, text):
    language = "fr" if "bombe" in text else "en"
    assert any(e.event_type in VIOLENT for e in _events(default_analyzer, text, language)), \
        _types(default_analyzer, text, language)
