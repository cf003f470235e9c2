"""A French communiqué's opening is its institution's statement, though the small French model reads
« informe » as an adjective and « dément » as an adverb (sitrep.analyse.attribution._communique)."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document


def _analyse(analyzer, text):
    doc = make_document(text, dt.date(2026, 10, 20), language="fr")
    return analyzer.analyse(doc)


@pytest.mark.parametrize("text, stance", [
    ("L'état-major général des armées informe l'opinion nationale que le lundi 19 octobre 2026, une patrouille "
     "des FAMa a été attaquée près de Gao. Plusieurs terroristes ont été neutralisés.", "asserts"),
    ("Bamako, le 20 octobre 2026 - L'état-major général des armées informe que les FAMa ont repoussé une "
     "attaque contre le camp de Gao dans la nuit de lundi.", "asserts"),
    ("Les FAMa ont repoussé une attaque à Gao lundi. L'état-major dément formellement les bilans "
     "fantaisistes relayés sur les réseaux sociaux faisant état de soldats tués.", "denies"),
])
def test_a_communique_opening_is_the_armys_statement(analyzer, text, stance):
    a = _analyse(analyzer, text)
    hits = [c for c in a.claims if c.speaker == "malian-armed-forces" and c.stance.value == stance]
    assert hits, [(c.speaker, c.stance.value, c.content[:60]) for c in a.claims]


def test_an_adjective_informe_is_no_statement(analyzer):
    a = _analyse(analyzer, "Un amas informe de véhicules calcinés gisait à l'entrée de Gao lundi.")
    assert not a.claims


@pytest.mark.parametrize("text, speaker", [
    # the issuer after an opening phrase, and after the verb (wire-disputes)
    ("Dans un communiqué rendu public hier soir, l'état-major général des armées informe que des frappes ont "
     "neutralisé une quinzaine de terroristes mercredi près de Ténenkou.", "malian-armed-forces"),
    ("Une patrouille a été attaquée lundi près de Ouallam, informe un communiqué du ministère de la Défense "
     "nationale lu hier soir à la télévision.", "government-of-niger"),
])
def test_a_relayed_communique_is_its_issuers_statement(default_analyzer, text, speaker):
    # (the shipped gazetteer, which knows Ouallam with or without the GeoNames dumps of ../shared)
    a = _analyse(default_analyzer, text)
    assert any(c.speaker == speaker for c in a.claims), [(c.speaker, c.content[:60]) for c in a.claims]


def test_an_incise_speaker_whose_name_the_parser_split_is_the_named_spokesman(analyzer):
    a = _analyse(analyzer, "Les combattants du Front de libération de l'Azawad (FLA) contrôlent désormais la ville "
                           "d'Andéramboukane, a indiqué dimanche leur porte-parole, Attaye Ag Mohamed, sur les "
                           "réseaux sociaux.")
    assert any(c.speaker.startswith("person:") for c in a.claims), [(c.speaker, c.on_behalf_of) for c in a.claims]
