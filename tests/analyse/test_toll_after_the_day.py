"""French copy puts the day between the verb and its toll (« ont neutralisé samedi une quinzaine de
terroristes », « a tué hier soir trois civils »): the toll is still read, and a day alone is no toll."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, dead", [
    ("Les forces armées ont neutralisé samedi une quinzaine de terroristes près de la frontière.", 15),
    ("L'armée a neutralisé dimanche matin une dizaine d'assaillants, selon le communiqué.", 10),
    ("Des hommes armés ont tué hier soir trois civils dans leur champ.", 3),
    ("L'attaque a fait mardi 12 morts parmi les villageois.", 12),
])
def test_a_day_between_the_verb_and_the_toll(text, dead):
    killed = find_fatalities(text, "fr")[0]
    assert killed is not None and killed.low == dead


def test_a_day_alone_is_no_toll():
    assert find_fatalities("Les forces armées ont neutralisé samedi un engin explosif.", "fr")[0] is None
