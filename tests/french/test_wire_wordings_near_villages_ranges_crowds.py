"""French wire wordings, sentences written here (not the twenty-seventh blind set's): a toll told as a range after
« de » keeps both figures and counts by its lower one across sources; a lead's unnamed village near a town takes the
village a later sentence names; a present-tense reporting verb after a closing quote speaks even when the model tags
it an adjective; a condemnation that counts its deed's dead is an event and the condemning party's statement; a vow
whose adjective the model tagged a verb is no event; two crowds that fought each other are rioters on both sides."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.communal import crowds_fighting
from sitrep.analyse.fatalities import find_fatalities
from sitrep.fuse.consensus import coded_sides, consensus_actors
from sitrep.fuse.counts import figures_in
from sitrep.model import EventMention, Modality, Span


@pytest.fixture
def story(story_maker):
    def make(text: str, published: dt.date = dt.date(2031, 5, 12), outlet: str = "Sidwaya"):
        return story_maker(text, published, outlet)
    return make


@pytest.mark.parametrize("text, language, low, high", [
    ("Le bilan, encore provisoire, est de neuf à quinze morts selon les sources.", "fr", 9, 15),
    ("Trois à quatre civils ont été tués à 20 km de Djibo.", "fr", 3, 4),
    ("The toll stood at 9 to 15 dead, officials said.", "en", 9, 15),
    # a distance or an hour after « à » closes no range
    ("Deux civils ont été tués à 3 km du village.", "fr", 2, 2),
    ("Le bilan est de 5 morts à 10 heures.", "fr", 5, 5),
])
def test_a_range_after_its_first_figure_keeps_both(text, language, low, high):
    killed, _ = find_fatalities(text, language)
    assert killed is not None and (killed.low, killed.high) == (low, high), killed


def test_a_ranges_upper_figure_counts_by_its_lower_one_against_other_sources():
    (figure,) = [f for f in figures_in("Le bilan est de neuf à quinze morts selon les sources.", "d:0", ["killed"])]
    assert figure.value == 9, figure


@pytest.mark.parametrize("text, language, village", [
    ("Mali : sept civils tués\n\nAu moins sept civils ont été tués le week-end dernier dans un village proche de "
     "Ténenkou, dans le centre du Mali, selon des élus locaux.\n\nDes individus armés ont fait irruption dans le "
     "village de Dioura, à une cinquantaine de kilomètres de Ténenkou, et ont tiré sur les habitants.", "fr", "Dioura"),
    ("Mali: seven civilians killed\n\nAt least seven civilians were killed at the weekend in a village near Tenenkou in "
     "central Mali, local officials said.\n\nArmed men stormed the village of Dioura, about 50 km from Tenenkou, and "
     "opened fire on residents.", "en", "Dioura"),
])
def test_a_leads_village_near_a_town_takes_the_village_named_later(default_analyzer, story, text, language, village):
    events = default_analyzer.analyse(story(text)).events
    assert events and all(e.place is not None and e.place.surface == village for e in events), \
        [(e.place.surface if e.place else None) for e in events]


def test_the_town_a_village_lies_near_stays_when_no_village_is_named(default_analyzer, story):
    events = default_analyzer.analyse(story("Mali : sept civils tués\n\nAu moins sept civils ont été tués samedi dans un "
                                    "village proche de Ténenkou, selon des élus locaux.")).events
    assert events and events[0].place is not None and events[0].place.surface == "Ténenkou", events


def test_a_present_reporting_verb_after_a_quote_speaks(analyzer, story):
    doc = story("Mali : attaque à Dioura\n\nDes individus armés ont fait irruption dans le village de Dioura et ont "
                "tiré sur les habitants. « Ils sont venus à moto et ont tiré sur tout ce qui bougeait », raconte "
                "Amadou Cissé, un élu local.")
    claims = analyzer.analyse(doc).claims
    assert [c.speaker for c in claims] == ["person:amd-cs"], [(c.speaker, c.verb) for c in claims]
    assert claims[0].content.startswith("Ils sont venus à moto")


@pytest.mark.parametrize("tense", ["condamne", "a condamné"])
def test_a_condemnation_that_counts_the_dead_is_an_event_and_a_statement(analyzer, story, tense):
    doc = story(f"Attaque de Sebba\n\nLe Gouvernement {tense} avec la dernière rigueur l'attaque perpétrée le mardi "
                "6 mai 2031 contre le marché de Sebba par des individus armés, qui a fait neuf victimes civiles.")
    analysis = analyzer.analyse(doc)
    assert [e.sub_event_type for e in analysis.events] == ["Attack"], analysis.events
    assert [c.speaker for c in analysis.claims] == ["government-of-burkina-faso"], analysis.claims


def test_a_condemnation_that_counts_nothing_is_no_statement(analyzer, story):
    doc = story("Attaque de Sebba\n\nLe Gouvernement condamne l'attaque perpétrée mardi contre le marché de Sebba.")
    assert analyzer.analyse(doc).claims == []


def test_a_vow_with_a_mistagged_adjective_is_no_event(analyzer, story):
    doc = story("Attaque de Sebba\n\nLe Gouvernement a condamné l'attaque perpétrée mardi contre le marché de Sebba, "
                "qui a fait neuf victimes civiles. Il présente ses condoléances aux familles éplorées et assure que "
                "les auteurs de cet acte ignoble seront traqués.")
    events = analyzer.analyse(doc).events
    assert [e.event_type for e in events] == ["Violence against civilians"], [(e.event_type, e.sub_event_type) for e in events]


@pytest.mark.parametrize("text, fought", [
    ("Les orpailleurs, venus de deux villages voisins, se sont battus à coups de machettes sur le site de Bankilaré.", True),
    ("Au Niger, une rixe entre chercheurs d'or a fait cinq morts jeudi.", True),
    ("On 9 October 2020, a number of merchants fought with machetes at the cattle market in Dori.", True),
    ("Les soldats, appuyés par des drones, se sont affrontés aux jihadistes.", False),
])
def test_crowds_fighting_through_an_apposition_and_with_their_arms(text, fought):
    assert crowds_fighting(text) is fought


def _mob(doc: str, side1, side2) -> EventMention:
    return EventMention(mention_id=f"{doc}:0", span=Span(doc_id=doc, char_start=0, char_end=40), event_type="Riots",
                        sub_event_type="Mob violence", side1=list(side1), side2=list(side2), modality=Modality.fact)


def test_two_crowds_fighting_keep_their_rioters_on_both_sides():
    mentions = [_mob("a", ["rioters-niger"], ["rioters-niger"]), _mob("b", ["rioters-niger"], [])]
    sides = consensus_actors(mentions, {"a": "a", "b": "b"}, "Mob violence")
    assert (sides[0], sides[2]) == ("rioters-niger", "rioters-niger"), sides
    assert coded_sides("Riots", "Mob violence", "NE", sides)[::2] == ("rioters-niger", "rioters-niger")
    # the crowd leads side 1 even beside a named party read in it (a club named after the army: "supporters of AS FAN")
    beside = consensus_actors([_mob("a", ["rioters-niger"], ["rioters-niger"]).model_copy(
        update={"assoc1": ["niger-armed-forces"]})], {"a": "a"}, "Mob violence")
    assert (beside[0], beside[2]) == ("rioters-niger", "rioters-niger"), beside
    # a crowd against the person it beat stays one side against the other
    lynching = consensus_actors([_mob("a", ["rioters-niger"], ["civilians-niger"])], {"a": "a"}, "Mob violence")
    assert (lynching[0], lynching[2]) == ("rioters-niger", "civilians-niger"), lynching
