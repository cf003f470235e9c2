"""French communiqué and local-radio wordings, sentences written here: a toll told side by side (« côté ami … ; côté
ennemi … ») is both sides' dead summed; « tombés au champ d'honneur » and « martyrs » are dead; a ceremony a strike
hit is the scene of the news, not a ceremony's act (the register check)."""

from __future__ import annotations

import pytest
import spacy

from sitrep.analyse.events.registers import told_in_another_register
from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, low", [
    ("Bilan : côté ami, trois morts et cinq blessés ; côté terroriste, plus d'une vingtaine de corps récupérés.", 23),
    ("Dans nos rangs, deux morts ; dans les rangs de l'ennemi, douze morts.", 14),
    ("Côté FDS, deux soldats tués ; côté assaillants, quinze neutralisés.", 17),
    ("Côté ami, quatre blessés ; côté ennemi, dix terroristes neutralisés.", 10),   # one side's dead only
    ("Six soldats sont tombés au champ d'honneur lors des combats.", 6),
    ("Le mouvement déplore trois martyrs parmi ses combattants.", 3),
    ("Des individus armés ont tué par balles quatre commerçants au marché.", 4),
    ("Une demi-douzaine de civils ont été tués par des hommes armés.", 6),   # half a dozen, not « une »
])
def test_communique_tolls(text, low):
    killed = find_fatalities(text, "fr")[0]
    assert (killed.low if killed is not None else None) == low, killed


def test_a_threat_to_kill_is_no_toll():
    assert find_fatalities("Les ravisseurs menacent de tuer dix otages si la rançon n'est pas versée.", "fr")[0] is None


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("fr_core_news_sm")


@pytest.mark.parametrize("text, trigger, framed", [
    ("Une frappe de drone a touché dimanche une cérémonie de baptême dans un village près de Djenné.", "frappe", False),
    ("Des hommes armés ont attaqué une cérémonie de mariage à Bankass.", "attaqué", False),
    ("Le ministre a présidé une cérémonie en hommage aux soldats tués lors de l'attaque de Boulkessi.", "attaque", True),
])
def test_a_struck_ceremony_is_the_scene(nlp, text, trigger, framed):
    sent = next(iter(nlp(text).sents))
    tok = next(t for t in sent if t.text == trigger)
    assert told_in_another_register(sent, tok) is framed


@pytest.mark.parametrize("text, expected", [
    ("côté terroriste, plus d'une trentaine de corps abandonnés sur le terrain.", True),
    ("Nos combattants déplorent deux martyrs et trois blessés.", True),
    ("Les assaillants ont emporté des armes, selon la même source.", False),
    ("Le maire a salué le courage des habitants du côté de Sévaré.", False),
])
def test_a_sentence_naming_one_side(text, expected):
    from sitrep.analyse.side_tolls import names_a_side

    assert names_a_side(text, "fr") is expected
