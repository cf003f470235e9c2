"""The one list of armed people's words (knowledge/data/armed_people.tsv) and the rules that read it."""

from __future__ import annotations

import re

import pytest

from sitrep.knowledge import armed_people as armed_lexicon
from sitrep.knowledge.armed_people import armed_forms, with_armed_words
from sitrep.analyse.events.classifier import load_cues
from sitrep.analyse.events.codebook import ARMED_WORD, MILITARY_TARGET
from sitrep.analyse.events.communal import communities_fighting
from sitrep.analyse.events.defenders import defenders_resisted
from sitrep.analyse.events.scope import ARMED_PARTY

ROLES = ("battle_target", "defender", "doer", "not_communal", "hostile", "fighter_dead", "servicemen", "captive",
         "held_armed", "armed_at_work")


def test_each_word_is_listed_once_and_every_role_has_words():
    forms = [form.lower() for form, _ in armed_lexicon._entries()]
    assert len(forms) == len(set(forms)), [f for f in forms if forms.count(f) > 1]
    for role in ROLES:
        assert armed_forms(role)
    with pytest.raises(KeyError):
        armed_forms("no_such_role")


def test_a_cue_names_a_role_and_gets_its_words():
    expanded = with_armed_words(r"\b{armed:defender}\b tried to stop")
    assert "{armed:" not in expanded
    assert re.search(expanded, "the koglweogo tried to stop them", re.IGNORECASE)
    assert not any("{armed:" in cue.regex for cue in load_cues("en"))


@pytest.mark.parametrize("text", [
    "Gunmen attacked a koglweogo patrol near Wemtenga.",  # a community's armed men, not civilians
    "Militants ambushed the FDS on the road to Silgadji.",
    "Les assaillants ont attaqué les supplétifs de l'armée.",
])
def test_the_codebook_reads_its_targets_from_the_list(text):
    assert ARMED_WORD.search(text)
    assert MILITARY_TARGET.search(text)


def test_the_other_rules_read_the_same_list():
    assert defenders_resisted("Vigilantes of the hamlet tried to defend the grain store.")
    assert not defenders_resisted("Shopkeepers tried to defend the grain store.")  # unarmed people
    assert ARMED_PARTY.search("Des hommes armés ont enlevé le chef du village.")
    assert communities_fighting("A clash between herders and farmers of Boulkon left two dead.")
    assert not communities_fighting("A clash between herders and soldiers of the Boulkon post left two dead.")


@pytest.mark.parametrize("text", [
    "Gunmen abducted three VDPs during an attack on their position near Arbinda.",
    "Militants kidnapped two koglweogos after clashes with them near Kaya.",
    "Assailants captured four hunters during an attack on their post.",
    "Des assaillants ont enlevé trois volontaires lors d'une attaque contre leur poste.",
    "Des hommes armés ont enlevé deux chasseurs lors d'une attaque contre leur poste.",
])
def test_armed_men_taken_in_a_fight_are_read_from_the_tables_captives(text):
    from sitrep.analyse.events.takings import armed_taken_in_a_fight

    assert armed_taken_in_a_fight(text)
    assert not armed_taken_in_a_fight(text.replace("during an attack on their position", "at the market")
                                      .replace("after clashes with them", "at the market")
                                      .replace("during an attack on their post", "at the market")
                                      .replace("lors d'une attaque contre leur poste", "au marché"))
