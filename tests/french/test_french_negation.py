"""A French deed said not to have happened is doubted as its English counterpart is (the French parse marks no "neg")."""

from __future__ import annotations

import pytest
import spacy

from sitrep.analyse.events.syntax import is_negated_fr


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("fr_core_news_sm")


@pytest.mark.parametrize("text, trigger, negated", [
    ("Aucun accrochage n'a suivi l'explosion.", "accrochage", True),
    ("Les militaires n'ont pas été attaqués.", "attaqués", True),
    ("Les assaillants n'ont jamais attaqué le poste.", "attaqué", True),
    ("Personne n'a été tué.", "tué", True),
    ("Il n'y a eu aucun échange de tirs.", "eu", True),
    ("Les assaillants ont attaqué le poste.", "attaqué", False),
    ("Les assaillants n'ont attaqué que le poste.", "attaqué", False),
    ("Un accrochage a suivi l'explosion.", "accrochage", False),
])
def test_a_french_deed_denied_is_read_as_such(nlp, text, trigger, negated):
    tok = next(t for t in nlp(text) if t.text == trigger)
    assert is_negated_fr(tok) is negated
