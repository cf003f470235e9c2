"""Two communities whose dead are told in a chain of reprisals fight a battle (communal militias), and
armies that "neutralise" fighters, or fighters "killed by soldiers", fought them: armed clashes, in
English and French.  One community's dead, even told as revenge, stay an attack on civilians."""

from __future__ import annotations

import pytest

from .conftest import first_sub_type as _first
from sitrep.analyse.events.communal import communities_in_reprisals, communities_killed


def test_the_dead_of_two_communities_in_reprisals():
    text = ("Two Mossi farmers were shot dead near Kaya, which led to reprisals by Mossi youths on Fulani hamlets "
            "in which 9 Fulani were killed.")
    assert communities_killed(text) == {"mossi", "fulani"}
    assert communities_in_reprisals(text)
    # spellings of one people are one community
    assert not communities_in_reprisals("In revenge, 3 Fula were killed, and later 2 Fulani were killed in the bush.")
    assert not communities_in_reprisals("In retaliation for the killing of a Dogon hunter, gunmen killed 6 people.")


@pytest.mark.parametrize("language,text,expected", [
    ("en", "Two Mossi farmers were shot dead near Kaya, which led to reprisals by Mossi youths on Fulani hamlets in "
           "which 9 Fulani were killed.", "Armed clash"),
    ("en", "In retaliation for the killing of a Dogon hunter, gunmen attacked a Fulani camp and killed 6 people.", "Attack"),
    ("en", "On 3 March 2023, FAMa neutralised 12 terrorists during a reconnaissance mission near Boni (Douentza, Mopti).",
     "Armed clash"),
    ("en", "A JNIM commander was killed by soldiers during an operation near Tenenkou.", "Armed clash"),
    ("fr", "Les FAMa ont neutralisé une dizaine de terroristes lors d'une patrouille près de Boni.", "Armed clash"),
])
def test_battles_told_as_reprisals_or_kills(analyzer, language, text, expected):
    assert _first(analyzer, text, language) == expected, _first(analyzer, text, language)
