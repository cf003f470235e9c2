""""Neutralised": armies' word for enemies killed, counted as deaths (as ACLED codes them), in English and French."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, language, dead", [
    ("Seven assailants were neutralised.", "en", 7),
    ("The army said it neutralized 30 terrorists near Djibo.", "en", 30),
    ("A suspected militant was 'neutralised' by soldiers.", "en", 1),
    ("L'armée a neutralisé une trentaine de terroristes.", "fr", 30),
    ("Sept terroristes ont été neutralisés lors de l'opération.", "fr", 7),
])
def test_neutralised_enemies_are_dead(text, language, dead):
    killed = find_fatalities(text, language)[0]
    assert killed is not None and killed.low == dead


@pytest.mark.parametrize("text, language", [
    ("The army neutralised an IED on the road to Gao.", "en"),
    ("Les démineurs ont neutralisé un engin explosif.", "fr"),
])
def test_a_neutralised_device_is_no_toll(text, language):
    assert find_fatalities(text, language)[0] is None
