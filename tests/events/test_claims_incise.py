"""French copy closes a statement with its speaker after the verb and the day (« …, a annoncé lundi
l'état-major général des armées »): the small French model reads the speaker as the statement's object
or the statement as the verb's subject, so the words after the comma decide (quotations.incise_subject)."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document


def _claims(analyzer, text):
    return analyzer.analyse(make_document(text, dt.date(2026, 6, 9), language="fr")).claims


@pytest.mark.parametrize("text", [
    "Les FAMa ont détruit jeudi une base logistique de terroristes près de Léré, a annoncé vendredi l'état-major "
    "général des armées.",
    "Une patrouille des FAMa a repoussé une embuscade entre Boni et Hombori, a indiqué mardi soir l'armée.",
])
def test_the_speaker_after_the_verb_and_its_day(default_analyzer, text):
    claims = _claims(default_analyzer, text)
    assert any(c.speaker == "malian-armed-forces" for c in claims), [(c.speaker, c.content[:50]) for c in claims]
    said = next(c for c in claims if c.speaker == "malian-armed-forces")
    assert "a annoncé" not in said.content and "a indiqué" not in said.content  # the statement, not its incise


def test_no_speaker_no_claim(default_analyzer):
    # a place after the comma, not a speaker: no claim is invented
    text = "Les FAMa ont repoussé une attaque près de Léré, a annoncé vendredi à Tombouctou."
    assert not [c for c in _claims(default_analyzer, text) if c.speaker == "malian-armed-forces"]
