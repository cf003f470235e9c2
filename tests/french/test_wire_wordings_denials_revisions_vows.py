"""French wire wordings, sentences written here (not the blind set's): a denial told after what it denies with its
speaker inverted (« …, ce que dément l'armée, qui fait état de … »), alone or beside another party's claim; a deed
told in the plus-que-parfait in a later paragraph (« Dix jours plus tôt, des jihadistes avaient attaqué … »); a short
story that opens on the government's condemnation of a deed it dates, its toll in the next sentence; a communiqué's
closing vow after its condolences (« … et assure que les auteurs seront retrouvés et punis »)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.inverted_denials import inverted_denial, tells_own_version
from sitrep.model import Modality, Stance


@pytest.fixture
def story(story_maker):
    def make(text: str, published: dt.date = dt.date(2030, 6, 12), outlet: str = "RFI"):
        return story_maker(text, published, outlet)
    return make


@pytest.mark.parametrize("sentence, speaker, own", [
    ("Des habitants évoquent douze morts, ce que dément l'armée, qui fait état de quatre victimes.", "l'armée", True),
    ("Le groupe affirme avoir pris le camp, ce qu'a démenti le gouvernement malien.", "le gouvernement malien", False),
    ("Des témoins parlent de civils visés, ce que conteste formellement l'état-major.", "l'état-major", False),
])
def test_an_inverted_denial_names_its_speaker_and_whether_it_gives_its_own_version(sentence, speaker, own):
    found = inverted_denial(sentence)
    assert found is not None and sentence[found.subject[0]:found.subject[1]] == speaker
    assert tells_own_version(sentence) is own


def test_a_relative_clause_of_denial_with_its_subject_first_is_no_inverted_denial():
    assert inverted_denial("Des habitants évoquent douze morts, un bilan que l'armée dément.") is None


def test_the_army_that_denies_a_toll_and_gives_its_own_is_a_claim_of_its_version(analyzer, story):
    doc = story("Mali : un camion de l'armée touché par une mine\n\n"
                "Un camion de l'armée malienne a sauté mardi sur une mine près de Boni. Des sources locales évoquent "
                "sept soldats tués, ce que dément l'armée, qui fait état de deux morts.")
    claims = analyzer.analyse(doc).claims
    army = [c for c in claims if c.speaker == "malian-armed-forces"]
    assert army and army[0].stance == Stance.asserts and "deux morts" in army[0].content, claims


def test_a_denial_beside_another_partys_claim_is_a_second_claim_of_the_sentence(analyzer, story):
    doc = story("Mali : le JNIM dit avoir pris un camp\n\n"
                "Des combats ont opposé mardi l'armée malienne au JNIM près de Boni. Le JNIM affirme avoir pris le camp "
                "de l'armée, ce que dément le gouvernement malien.")
    claims = analyzer.analyse(doc).claims
    speakers = {c.speaker: c for c in claims}
    assert {"jnim", "government-of-mali"} <= set(speakers), claims
    assert speakers["government-of-mali"].stance == Stance.denies
    assert speakers["government-of-mali"].claim_id != speakers["jnim"].claim_id


def test_a_later_paragraphs_deed_in_the_pluperfect_before_the_news_is_background(analyzer, story):
    doc = story("Mali : un poste de l'armée attaqué à Boni\n\n"
                "Des jihadistes ont attaqué lundi 10 juin le poste de l'armée malienne de Boni, tuant trois soldats.\n\n"
                "Dix jours plus tôt, des hommes armés avaient attaqué un convoi près de Hombori, tuant quatre gendarmes.")
    events = analyzer.analyse(doc).events
    recalled = [e for e in events if "avaient attaqué" in doc.text[e.span.char_start:e.span.char_end]]
    news = [e for e in events if e.modality != Modality.background]
    assert recalled and all(e.modality == Modality.background for e in recalled), events
    assert news and news[0].fatalities.low == 3


def test_a_short_storys_toll_after_a_condemnation_of_a_dated_deed_is_news(analyzer, story):
    doc = story("Le gouvernement condamne l'attaque de Boni\n\n"
                "Le gouvernement de la Transition a condamné, dans un communiqué publié mardi, l'attaque perpétrée "
                "lundi contre les populations de Boni. Selon le communiqué, onze civils ont perdu la vie.")
    news = [e for e in analyzer.analyse(doc).events if e.modality != Modality.background]
    assert any(e.fatalities is not None and e.fatalities.low == 11 for e in news), news


def test_a_communiques_closing_vow_after_its_condolences_is_no_event(analyzer, story):
    doc = story("Le gouvernement condamne l'attaque de Boni\n\n"
                "Le gouvernement de la Transition a condamné une attaque contre les populations de Boni. Le gouvernement "
                "présente ses condoléances aux familles et assure que les auteurs seront retrouvés et traduits en justice.")
    events = analyzer.analyse(doc).events
    vow = [e for e in events if "condoléances" in doc.text[e.span.char_start:e.span.char_end]]
    assert not vow, events


def test_gunmen_who_fire_into_a_crowd_attack_it_no_mob(analyzer, story):
    doc = story("Mali : une foire attaquée\n\n"
                "Des hommes armés ont attaqué mardi la foire de Boni, tuant trois civils. « Ils ont tiré dans la foule "
                "puis sont repartis à moto », a raconté un commerçant.")
    events = analyzer.analyse(doc).events
    assert not [e for e in events if e.sub_event_type == "Mob violence"], events


@pytest.mark.parametrize("verb, says_no", [
    ("dément", True), ("démentent", True), ("démenti", True), ("Dément", True), ("réfute", True), ("rejeté", True),
    ("informe", False), ("indique", False), ("revendiqué", False),
])
def test_a_verb_of_denial_is_one_of_the_denying_verbs(verb, says_no):
    from sitrep.analyse.inverted_denials import denies

    assert denies(verb) is says_no
