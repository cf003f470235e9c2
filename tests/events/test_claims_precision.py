"""Claim precision: sentences that look like attributed statements but are not, or whose speaker
or content a naive reading gets wrong. One small hand-written article per rule."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Document

DATE = dt.date(2025, 3, 5)


@pytest.fixture(scope="module")
def claims_of(analyzer, make_doc):
    def run(text: str, language: str = "en"):
        doc = make_doc(text, published=DATE)
        if language != "en":
            doc = Document(**{**doc.model_dump(), "language": language})
        return doc, analyzer.analyse(doc).claims

    return run


def test_announcing_an_act_is_narration_not_a_claim(claims_of):
    _, claims = claims_of(
        "On Monday, the Wagner Group officially announced its withdrawal from Mali, ending three years of deployment. "
        "The Wagner Group said that its fighters would return to Russia."
    )
    wagner = [c for c in claims if c.speaker == "wagner-group"]
    assert [c.verb for c in wagner] == ["said"], [(c.verb, c.content) for c in claims]
    assert "return to Russia" in wagner[0].content


def test_confirming_a_fact_with_a_noun_object_is_still_a_claim(claims_of):
    _, claims = claims_of("The Malian army confirmed the attack on its base in Gao.")
    assert [c.speaker for c in claims] == ["malian-armed-forces"]


def test_a_former_official_does_not_speak_for_the_organisation(claims_of):
    _, claims = claims_of(
        "Fighting went on for three days near Gao. "
        "“At least twenty fighters have been killed,” a former MINUSMA official in Gao said."
    )
    assert not [c for c in claims if c.speaker == "minusma"], [(c.speaker, c.content) for c in claims]


def test_a_named_former_official_speaks_for_himself(claims_of):
    _, claims = claims_of("Former MINUSMA official Jean Dupont said that the camp had been looted.")
    hits = [c for c in claims if c.speaker.startswith("person:")]
    assert hits and hits[0].on_behalf_of is None


def test_a_denial_does_not_take_the_narration_before_it(claims_of):
    doc, claims = claims_of(
        "There have been many reports of abuses against civilians by soldiers in the north, "
        "but Malian authorities have denied the allegations."
    )
    denial = [c for c in claims if c.speaker == "government-of-mali"]
    assert denial and denial[0].stance.value == "denies"
    assert "reports of abuses" not in denial[0].content
    assert "denied the allegations" in denial[0].content


def test_a_governments_army_speaks_for_the_armed_forces(claims_of):
    _, claims = claims_of("The Malian junta's army reported that a helicopter had made an emergency landing near Gao.")
    assert [c.speaker for c in claims] == ["malian-armed-forces"], [(c.speaker, c.speaker_surface) for c in claims]


def test_fronted_statement_is_the_content(claims_of):
    _, claims = claims_of(
        "Rebels in Mali want Russian forces to leave the country, a spokesman for the Azawad Liberation Front "
        "told AFP on Wednesday, after a week of fighting around Kidal."
    )
    assert claims and claims[0].speaker == "azawad-liberation-front" and claims[0].via == "AFP"
    assert claims[0].content == "Rebels in Mali want Russian forces to leave the country"


def test_a_word_inside_the_quote_is_not_the_speaker(claims_of):
    # the French parser takes the quoted "civils" as the subject and the speaker as an object
    _, claims = claims_of(
        "Une frappe de drone a touché le marché de Goundam.\n\n"
        "« Il n'y avait que des civils, des gens venus acheter du mil », a affirmé un élu local.",
        language="fr",
    )
    assert not [c for c in claims if c.speaker == "civilians-mali"], [(c.speaker, c.content) for c in claims]


def test_straight_quote_closed_in_a_later_sentence_keeps_its_speaker(claims_of):
    # the opening '"' sits in the previous sentence: the speaker after the closing one is no quoted word
    doc, claims = claims_of(
        'Mohamed Ag Ali, a spokesman for the Azawad Liberation Front, spoke to reporters in Kidal on Sunday. '
        '"We have no quarrel with Algeria. Our quarrel is with the junta in Bamako," Ag Ali said.'
    )
    hits = [c for c in claims if "Our quarrel" in doc.text[c.span.char_start : c.span.char_end]]
    assert hits and hits[0].speaker.startswith("person:"), [(c.speaker, c.content) for c in claims]
