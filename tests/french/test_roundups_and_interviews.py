"""French wire shapes written here (RFI, France 24, ORTM style): a roundup of two attacks in two towns whose claim names
its town; a fight's next step told « Au cours des combats » keeps the fight's day; a communiqué's « a permis de
neutraliser » is a toll, and its own side labelled after the enemy's (« Côté ami, … ») adds to it; the dead counted by
those who buried them; a reporting verb the small model tags an adjective (« l'armée évoque cinq militaires tués »)
still speaks; a group the area is « en proie » to for years is no doer of the deed told."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.refers_back import names_the_struck_site_again
from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, low", [
    ("La riposte des FAMa a permis de neutraliser une vingtaine de terroristes.", 20),
    ("L'intervention des forces a permis d'éliminer 12 assaillants.", 12),
    # the enemy's dead told first, the own side labelled after it in a sentence of its own: both summed
    ("La riposte a permis de neutraliser une vingtaine de terroristes. Côté ami, le bilan est de deux morts.", 22),
    ("Nous avons enterré une vingtaine de personnes, dont des femmes.", 20),
    ("Les habitants avaient inhumé onze personnes avant l'arrivée des secours.", 11),
])
def test_communique_and_witness_tolls(text, low):
    killed = find_fatalities(text, "fr")[0]
    assert (killed.low if killed is not None else None) == low, killed


def test_english_burials_count_the_dead():
    killed = find_fatalities("We have buried 12 people, a villager said.", "en")[0]
    assert killed is not None and killed.low == 12


def test_a_label_inside_a_sentence_adds_nothing():
    # a label not opening its sentence is no side of its own: the one toll stays
    killed = find_fatalities("Deux soldats ont été tués côté ami, a indiqué l'armée.", "fr")[0]
    assert killed is not None and killed.low == 2


@pytest.mark.parametrize("text, back", [
    ("Au cours des combats, nos combattants ont abattu un drone.", True),
    ("Lors de l'attaque, les assaillants ont incendié des boutiques.", True),
    ("Pendant les affrontements, deux civils ont été touchés.", True),
    ("Au cours d'une attaque menée mardi, trois soldats ont été tués.", False),  # « d'une attaque » opens another
])
def test_the_fight_named_again(text, back):
    assert names_the_struck_site_again(text) is back


_ROUNDUP = """Mali : deux attaques meurtrières à Bourem et à Macina

France 24 — 10 avril 2034

Deux attaques distinctes ont frappé dimanche le pays. À Bourem, des jihadistes ont pris d'assaut le camp militaire : 9 soldats ont été tués, selon une source sécuritaire. Quelques heures plus tard, à Macina, des hommes armés ont ouvert le feu sur le marché, tuant trois civils, selon des élus locaux.

Le JNIM a revendiqué l'attaque de Bourem sur ses canaux de propagande. Aucune revendication n'a été enregistrée pour celle de Macina.
"""


def test_a_roundups_claim_answers_the_town_it_names(analyzer, story_maker):
    doc = story_maker(_ROUNDUP, dt.date(2034, 4, 10))
    a = analyzer.analyse(doc)
    by_id = {m.mention_id: m for m in a.events}
    (claim,) = [c for c in a.claims if c.speaker == "jnim"]
    assert claim.event_mentions, a.claims
    assert {by_id[x].place.name for x in claim.event_mentions} == {"Bourem"}, [by_id[x].place for x in claim.event_mentions]


_FLA = """Communiqué du Front de libération de l'Azawad sur les combats de Ber

Front de libération de l'Azawad (FLA)
Bureau de la communication

Le Front de libération de l'Azawad informe l'opinion nationale et internationale que le 3 courant, ses unités ont accroché une colonne des FAMa près de Bourem.

Au cours des combats, nos combattants ont abattu un drone de l'armée malienne.
"""


def test_the_fights_next_step_keeps_its_day(analyzer, story_maker):
    a = analyzer.analyse(story_maker(_FLA, dt.date(2034, 4, 4), outlet="FLA"))
    days = {(m.date.earliest, m.date.latest) for m in a.events if m.date is not None}
    assert days == {(dt.date(2034, 4, 3), dt.date(2034, 4, 3))}, days


_MALIWEB = """Kidal : ce que l'on sait de l'attaque contre le camp de Tessalit

Maliweb — 8 mars 2033

Le camp militaire de Tessalit a été attaqué dans la nuit de dimanche à lundi par des combattants du GSIM.

Dans son communiqué, l'armée évoque cinq militaires tués et une vingtaine d'assaillants neutralisés.
"""


def test_a_reporting_verb_tagged_an_adjective_still_speaks(analyzer, story_maker):
    a = analyzer.analyse(story_maker(_MALIWEB, dt.date(2033, 3, 8), outlet="Maliweb"))
    army = [c for c in a.claims if c.speaker == "malian-armed-forces"]
    assert army and "cinq militaires" in army[0].content, a.claims


_FRANCE24 = """Mali : plus de vingt civils tués dans l'attaque d'un village du centre

France 24 — 17 avril 2034

Plus de vingt civils ont été tués samedi dans l'attaque du village de Sofara, au centre du Mali, selon une association de ressortissants.

La région est en proie depuis des années aux violences de la katiba Macina et des milices d'autodéfense.
"""


def test_the_group_an_area_is_prey_to_is_no_doer(analyzer, story_maker):
    a = analyzer.analyse(story_maker(_FRANCE24, dt.date(2034, 4, 17), outlet="France 24"))
    attacks = [m for m in a.events if m.sub_event_type == "Attack"]
    assert attacks and all("katiba-macina" not in m.side1 for m in attacks), [(m.side1, m.side2) for m in attacks]
