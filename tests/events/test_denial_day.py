"""A denial that dates what it denies answers the incident of that day, not the one told beside it
(sitrep.analyse.claims._on_the_day_denied)."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document

MONDAY = dt.date(2026, 11, 16)


def _analyse(analyzer, text, language="en"):
    doc = make_document(text, MONDAY, language=language)
    return doc, analyzer.analyse(doc)


@pytest.mark.parametrize("text, language", [
    ("Malian troops retook the army camp in Tessalit from the rebels on Sunday, the army said.\n\n"
     "The army denied that twenty soldiers had been taken prisoner when the camp fell on Thursday.", "en"),
    ("Les FAMa ont repris dimanche le camp de Tessalit, selon l'armée.\n\n"
     "L'armée a démenti que des soldats aient été faits prisonniers lors de la chute du camp jeudi.", "fr"),
])
def test_a_denial_dated_to_the_fall_does_not_answer_the_retaking(analyzer, text, language):
    doc, a = _analyse(analyzer, text, language)
    retakings = {e.mention_id for e in a.events if e.sub_event_type == "Government regains territory"}
    denials = [c for c in a.claims if c.stance.value == "denies"]
    assert retakings and denials, ([(e.sub_event_type, e.date) for e in a.events], [(c.speaker, c.stance) for c in a.claims])
    assert not any(set(c.event_mentions) & retakings for c in denials)


def test_a_denial_dated_before_its_verb_still_answers_the_news(analyzer):
    text = ("Rebels said they had seized the army camp in Tessalit on Saturday.\n\n"
            "The army on Monday denied that the camp had fallen.")
    doc, a = _analyse(analyzer, text)
    denials = [c for c in a.claims if c.stance.value == "denies"]
    assert denials and all(c.event_mentions for c in denials), [(c.content, c.event_mentions) for c in denials]
