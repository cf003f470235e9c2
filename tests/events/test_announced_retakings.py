"""A retaking or a capture told through an announcement is the change of hands (ACLED's "Government
regains territory" / "Non-state actor overtakes territory"), in English and French: the place as the
passive subject, the gainer as the agent or the one who announces it, the gain as a claim's matter or as an
infinitive under the verb of saying."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document


REGAINS = "Government regains territory"
OVERTAKES = "Non-state actor overtakes territory"


def _types(analyzer, text: str, language: str) -> list[str]:
    doc = make_document(text, dt.date(2026, 11, 16), language=language)
    return [e.sub_event_type for e in analyzer.analyse(doc).events]


@pytest.mark.parametrize("language,text,expected", [
    ("en", "The army said on Monday it had retaken Boni on Sunday.", REGAINS),
    ("en", "The town of Lere was retaken by Malian troops on Sunday, the army said on Monday.", REGAINS),
    ("en", "Boni was recaptured on Sunday, the army said.", REGAINS),
    ("en", "\"We have retaken Boni,\" an army spokesman told reporters on Monday.", REGAINS),
    ("en", "The separatists said on Monday they had taken control of the military camp at Ber.", OVERTAKES),
    ("fr", "L'armée a annoncé lundi avoir repris dimanche la ville de Boni.", REGAINS),
    ("fr", "La localité de Boni a été reprise par les FAMa.", REGAINS),
    ("fr", "Selon un communiqué de l'armée publié lundi, Ménaka a été reprise dimanche.", REGAINS),
    ("fr", "L'armée a revendiqué lundi la reprise de la ville de Boni.", REGAINS),
    ("fr", "« Nous avons repris Boni », a déclaré lundi le porte-parole de l'armée.", REGAINS),
    ("fr", "Le CSP-DPA a annoncé lundi s'être emparé dimanche de la ville de Léré.", OVERTAKES),
])
def test_an_announced_change_of_hands_is_the_change(default_analyzer, language, text, expected):
    assert expected in _types(default_analyzer, text, language), _types(default_analyzer, text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "The army said on Monday it would try to retake Boni before the rains."),
    ("fr", "Les combats ont repris lundi près de Boni, selon des habitants."),
])
def test_a_plan_or_fighting_that_resumes_is_no_retaking(default_analyzer, language, text):
    assert REGAINS not in _types(default_analyzer, text, language)
