"""French wire wordings, texts written here (not the blind set's): a deed told in a passive main clause whose doer
carries the claim in a relative (« attaqué … par des combattants du JNIM, qui a revendiqué l'opération »), the group
named again to tell what it says it did (« Le groupe affirme avoir tué … et incendié des véhicules »), a rival toll
that opens on « Mais selon des sources locales » and names where the wounded were taken, a communiqué paragraph of
heavy losses without a figure between the incident and its toll, and the interior ministry speaking for its
government."""

from __future__ import annotations

from sitrep.model import Modality

_CLAIM_ON_THE_DOER = """Mali : le poste de Tessalit attaqué

Maliweb.net – mardi 4 mai 2032

Le poste militaire de Tessalit a été attaqué dans la nuit de dimanche à lundi par des combattants du Groupe de soutien à l'islam et aux musulmans (JNIM), qui a revendiqué l'opération dans un communiqué.

Le groupe affirme avoir tué une trentaine de soldats et incendié plusieurs véhicules.

Mais selon des habitants joints par notre correspondant, il y a eu au moins six morts parmi les soldats, et des blessés ont été évacués vers Gao.
"""

_LOSSES_WITHOUT_A_FIGURE = """Communiqué de l'état-major général des armées

République du Mali
Bamako, le 12 mai 2032

Dans la nuit du lundi 10 au mardi 11 mai 2032, le poste de Tessalit a été la cible d'une attaque de terroristes.

Grâce à la réaction vigoureuse des unités, appuyées par les vecteurs aériens, l'ennemi a été repoussé et a subi de lourdes pertes.

Le bilan fait état, côté FAMa, de trois soldats tombés et de deux blessés. Côté terroriste, une douzaine de terroristes ont été neutralisés.
"""

_INTERIOR_MINISTRY = """Niger : sept civils tués près de Say

ActuNiger – 6 mai 2032

Sept civils ont été tués lundi lors d'une attaque contre un village proche de Say, a annoncé le ministère de l'Intérieur dans un communiqué.
"""


def test_a_claim_hung_on_the_passive_doer_leaves_the_deed_the_news(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_CLAIM_ON_THE_DOER))
    news = [e for e in analysis.events if e.modality != Modality.background and e.source_actor == "jnim"]
    assert news and news[0].event_type == "Battles" and "jnim" in news[0].side1, analysis.events
    assert news[0].span.char_start == analysis.events[0].span.char_start  # the lead sentence is the event


def test_the_group_named_again_tells_the_raids_dead_not_a_looting(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_CLAIM_ON_THE_DOER))
    assert all(e.sub_event_type != "Looting/property destruction" for e in analysis.events), analysis.events
    claimed = [e for e in analysis.events if e.source_actor == "jnim"]
    assert claimed and claimed[0].fatalities is not None and claimed[0].fatalities.low == 30, claimed


def test_a_but_of_local_sources_is_a_rival_toll_whatever_town_the_wounded_went_to(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_CLAIM_ON_THE_DOER))
    rivals = [e for e in analysis.events if e.fatalities is not None and e.fatalities.low == 6]
    assert len(rivals) == 1 and rivals[0].modality == Modality.claim, analysis.events
    assert rivals[0].place is not None and rivals[0].place.name != "Gao", rivals[0].place


def test_heavy_losses_without_a_figure_still_tell_how_the_fight_went(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_LOSSES_WITHOUT_A_FIGURE))
    tolls = [e.fatalities.low for e in analysis.events if e.fatalities is not None]
    assert tolls == [15], tolls  # 3 soldiers + 12 terrorists, told two paragraphs after the attack


def test_the_interior_ministry_speaks_for_its_government(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_INTERIOR_MINISTRY))
    assert "government-of-niger" in {a.actor_id for a in analysis.actors}, analysis.actors
