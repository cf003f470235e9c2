"""French wire wordings, sentences written here (not the fr20 blind set's): a range before the verb keeps its two
figures; a toll sentence whose only day is its saying's (a communiqué read on television « mercredi soir ») takes the
paragraph's day; an attack on a fair or told by a weekend hits civilians; a state of months is background; a
reporting verb whose object counts the dead is a statement."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.durative import durative_or_habitual
from sitrep.analyse.fatalities import find_fatalities
from sitrep.model import Modality

@pytest.fixture
def story(story_maker):
    """A story published on this file's day unless told otherwise (``story_maker``)."""
    def make(text: str, published: dt.date = dt.date(2029, 10, 12), outlet: str = "RFI"):
        return story_maker(text, published, outlet)
    return make


@pytest.mark.parametrize("text, language, low, high", [
    ("Entre 8 et 12 villageois ont été tués jeudi.", "fr", 8, 12),
    ("Entre cinq et sept soldats ont été tués dans l'embuscade.", "fr", 5, 7),
    ("Between 20 and 25 people were killed on Monday.", "en", 20, 25),
    ("Gunmen killed between 4 and 6 herders.", "en", 4, 6),
    # a list of victims, not a range, is still summed
    ("Trois soldats et deux civils ont été tués.", "fr", 5, 5),
])
def test_a_range_before_the_verb_keeps_its_two_figures(text, language, low, high):
    killed, _ = find_fatalities(text, language)
    assert killed is not None and (killed.low, killed.high) == (low, high), killed


def test_the_toll_told_on_the_day_of_its_saying_takes_the_paragraphs_day(analyzer, story):
    doc = story("Niger : une position de l'armée attaquée\n\nLundi 8 octobre, la position militaire de Banibangou a "
                "été attaquée par des hommes armés. Au cours des affrontements ont été tués quatre soldats, a annoncé "
                "le ministère de la Défense dans un communiqué lu à la télévision nationale jeudi soir.")
    told = [e for e in analyzer.analyse(doc).events if e.fatalities is not None and e.fatalities.low == 4]
    assert told and all(e.date is not None and e.date.earliest == dt.date(2029, 10, 8) for e in told), told


@pytest.mark.parametrize("body", [
    "Dimanche, des hommes armés ont ouvert le feu sur la foire de Koro, tuant six commerçants.",
    "Le bilan de l'attaque perpétrée le week-end dernier contre la foire hebdomadaire de Koro s'est alourdi à neuf morts.",
])
def test_an_attack_on_a_fair_hits_civilians(analyzer, story, body):
    events = [e for e in analyzer.analyse(story("Mali : attaque à Koro\n\n" + body)).events
              if e.modality != Modality.background]
    assert events and all(e.event_type == "Violence against civilians" for e in events), events


@pytest.mark.parametrize("text, durative", [
    ("Les habitants de Koro disent vivre sous blocus depuis plusieurs mois.", True),
    ("Des hommes armés ont attaqué Koro depuis lundi.", False),
])
def test_a_state_of_months_is_background(text, durative):
    assert durative_or_habitual(text) is durative


def test_a_count_of_dead_announced_is_the_speakers_statement(analyzer, story):
    doc = story("Mali : deuil national après l'attaque de Koro\n\nLe bilan de l'attaque perpétrée dimanche contre le "
                "marché de Koro s'est alourdi. Le gouvernement de la Transition a annoncé 14 morts et une dizaine de "
                "blessés.")
    claims = analyzer.analyse(doc).claims
    assert any(c.speaker == "government-of-mali" for c in claims), claims
