"""One person shot, wounded, beaten, seized or executed whom no lexicon of victims lists: his noun's shape (an agent
noun, « -eur », « -ier »), a name's apposition (", head of a youth association", « , un commerçant ») or a title
decides that he is a person, and the armed words (soldiers, ranks, an armed actor) whether he was armed.  Animals
killed and nothing else are property destroyed.  Notes written for these tests; places from the shipped gazetteer
(``default_analyzer``)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from .conftest import first_coding


VAC_ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
CLASH = ("Battles", "Armed clash")


# the coding of the most confident event of a text published on 9 March 2024
_first = partial(first_coding, published=dt.date(2024, 3, 9))


@pytest.mark.parametrize("text", [
    "On 8 March 2024, unidentified gunmen shot and wounded a grain wholesaler outside his store in Koutiala.",
    "On 8 March 2024, two armed men shot and wounded Mamadou Coulibaly, head of a youth association, in Koutiala.",
    "On 8 March 2024, gunmen on motorbikes wounded a veterinarian on the road out of Koutiala.",
])
def test_one_civilian_hurt_is_an_attack(default_analyzer, text):
    assert _first(default_analyzer, text) == VAC_ATTACK


def test_a_named_civilian_wounded_in_french_is_an_attack(default_analyzer):
    text = "Le 8 mars 2024, des hommes armés ont blessé par balle Oumar Diarra, conseiller municipal, à Koutiala."
    assert _first(default_analyzer, text, "fr") == VAC_ATTACK


@pytest.mark.parametrize("text", [
    "On 8 March 2024, suspected JNIM militants seized a marabout, Alou Sidibe, as he travelled near Koutiala.",
    "On 8 March 2024, suspected JNIM militants seized Fatoumata Keita, a vaccinator, near Koutiala.",
])
def test_one_civilian_seized_is_an_abduction(default_analyzer, text):
    assert _first(default_analyzer, text) == ABDUCTION


def test_a_civilian_detained_and_beaten_by_soldiers_is_an_attack(default_analyzer):
    text = "On 8 March 2024, FAMa soldiers detained and beat a Bozo boatman in Koutiala, accusing him of smuggling."
    assert _first(default_analyzer, text) == VAC_ATTACK


@pytest.mark.parametrize("text", [
    "On 8 March 2024, suspected JNIM militants shot and wounded Captain Adama Sanogo, a FAMa officer, near Koutiala.",
    "On 8 March 2024, a FAMa soldier was shot and wounded by suspected JNIM militants at a checkpoint in Koutiala.",
])
def test_an_armed_victim_keeps_the_battle(default_analyzer, text):
    assert _first(default_analyzer, text) == CLASH


@pytest.mark.parametrize("text", [
    "On 8 March 2024, suspected militiamen shot and killed 22 goats belonging to Fulani herders near Koutiala.",
    "On 8 March 2024, JNIM militants killed 12 camels and donkeys near Koutiala. No herder was hurt.",
])
def test_animals_killed_alone_are_property_destroyed(default_analyzer, text):
    assert _first(default_analyzer, text) == ("Strategic developments", "Looting/property destruction")


def test_the_person_nouns_by_shape_and_apposition(default_analyzer):
    from sitrep.analyse.events.person_nouns import victim_kind

    nlp = default_analyzer.nlp("en")
    doc = nlp("Gunmen shot a jeweller, wounded Sekou Ba, a mechanic, seized a generator and killed a sergeant.")
    objects = {t.text: victim_kind(t) for t in doc if t.dep_ == "dobj"}
    assert objects == {"jeweller": "unarmed", "Ba": "unarmed", "generator": None, "sergeant": "armed"}
