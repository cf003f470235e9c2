"""Tolls told clause by clause: two tellers' figures for the same dead set apart by a semicolon are two versions of
one toll, of which ACLED codes the most conservative (``contested_toll``); each side's dead told in a clause of its
own are summed, in English as in French (``side_tolls.summed_across_clauses``), the side a clause counts being the
one its figure names when the clause names both (the troops who "neutralised about 20 assailants")."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, language, expected", [
    ("JNIM claimed 20 soldiers killed; FAMa reported 5 soldiers killed and said the attackers were repelled.", "en", 5),
    ("The group claimed 14 soldiers killed; the army said 6 soldiers died.", "en", 6),
    ("JNIM a revendiqué la mort de 20 soldats ; l'armée a annoncé 5 soldats tués.", "fr", 5),
    ("L'armée a fait état de 4 soldats tués, tandis que des sources locales parlent de 15 morts parmi les militaires.",
     "fr", 4),
])
def test_rival_versions_of_one_toll_give_the_lower(text, language, expected):
    killed = find_fatalities(text, language)[0]
    assert killed is not None and killed.low == expected, killed


@pytest.mark.parametrize("text, expected", [
    ("Four Chadian peacekeepers were killed and 19 wounded; MINUSMA said its troops repelled the assault and "
     "neutralised about 20 assailants.", 24),
    ("Three soldiers were killed, while 12 militants were neutralised in the counter-attack.", 15),
])
def test_each_sides_dead_in_its_own_clause_are_summed(text, expected):
    killed = find_fatalities(text, "en")[0]
    assert killed is not None and killed.low == expected, killed


def test_one_sides_dead_and_a_telling_without_a_figure_stay_one_toll():
    """A semicolon before a clause with no figure of its own changes nothing."""
    killed = find_fatalities("Five soldiers were killed; the army said the attackers fled towards the border.", "en")[0]
    assert killed is not None and killed.low == 5
