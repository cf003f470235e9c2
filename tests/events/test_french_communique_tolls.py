"""French wire stories whose toll is told after the lead, written here: a communiqué's two sides over a paragraph, a
named « bilan » that counts the dead a vague floor announced, the speaker's own « martyrs » after the enemy's dead."""

from __future__ import annotations

import datetime as dt

import pytest

TUESDAY = dt.date(2026, 6, 23)


@pytest.mark.parametrize("text, dead", [
    # a vague floor, then the named count of the same dead: the count
    ("Des dizaines de villageois ont été tués dimanche dans l'attaque de Sangha, a-t-on appris de sources locales. "
     "Selon un élu, le bilan provisoire fait état de 41 morts.", 41),
    # the same, the count below the floor's reading does not replace it
    ("Au moins douze civils ont été tués dimanche dans l'attaque de Sangha. Selon un élu, le bilan est de 8 morts.", 12),
    # a toll in the paragraph after the lead, then the own side's dead in the same paragraph: both sides
    ("Une patrouille de l'armée a été prise à partie dimanche par des terroristes près de Sangha.\n\n"
     "La riposte a mis l'ennemi en déroute. Le bilan fait état d'une quinzaine de terroristes neutralisés. "
     "Malheureusement, trois de nos soldats sont tombés au champ d'honneur.", 18),
])
def test_the_toll_told_after_the_lead(analyzer, make_doc, text, dead):
    events = analyzer.analyse(make_doc(text, published=TUESDAY, language="fr")).events
    assert len(events) == 1, [(e.sub_event_type, e.fatalities) for e in events]
    assert events[0].fatalities is not None and events[0].fatalities.low == dead
