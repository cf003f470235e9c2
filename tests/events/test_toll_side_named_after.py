"""A toll whose side follows its count (« neuf morts parmi les soldats », "nine dead among the soldiers") counts one
side's dead: the attackers' dead told next add to it, as ACLED sums both sides.  And a unit that falls into an
ambush suffers it: in a note, the unnamed ambushers are the country's unidentified armed group, the unit side 2."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document

PUBLISHED = dt.date(2026, 6, 5)


def _events(analyzer, text, language):
    return analyzer.analyse(make_document(text, PUBLISHED, language=language)).events


@pytest.mark.parametrize("text, language", [
    ("Une patrouille de l'armée est tombée jeudi dans une embuscade près de Djibo. Le bilan fait état d'au moins "
     "neuf morts parmi les soldats. Une dizaine d'assaillants ont été neutralisés.", "fr"),
    ("An army patrol was ambushed near Djibo on Thursday. The toll was at least nine dead among the soldiers. "
     "About ten assailants were neutralised.", "en"),
])
def test_the_attackers_dead_add_to_a_toll_named_for_the_soldiers(analyzer, text, language):
    events = _events(analyzer, text, language)
    assert len(events) == 1 and events[0].fatalities is not None and events[0].fatalities.low == 19, \
        [(e.sub_event_type, e.fatalities) for e in events]


def test_a_restated_toll_of_the_same_side_does_not_add(analyzer):
    text = ("Une patrouille de l'armée est tombée jeudi dans une embuscade près de Djibo. Le bilan fait état d'au moins "
            "neuf morts parmi les soldats. Neuf militaires ont été tués, selon une source sécuritaire.")
    events = _events(analyzer, text, "fr")
    assert events and events[0].fatalities is not None and events[0].fatalities.low == 9


def test_a_unit_that_fell_into_an_ambush_is_its_target(analyzer):
    text = "Le 4 juin 2026, une patrouille des FAMa est tombée dans une embuscade près de Boni (Haire, Douentza)."
    events = _events(analyzer, text, "fr")
    assert events
    e = events[0]
    assert e.side1 == ["unidentified-armed-group-mali"] and "malian-armed-forces" in e.side2, (e.side1, e.side2)


@pytest.mark.parametrize("text, doer", [
    ("On 4 June 2026, a FAMa patrol fell into an ambush near Boni (Haire, Douentza). Two soldiers were killed.",
     "unidentified-armed-group-mali"),
    ("On 4 June 2026, a FAMa patrol fell into an ambush laid by JNIM militants near Boni (Haire, Douentza).", "jnim"),
])
def test_a_patrol_that_fell_into_an_ambush_is_side_two(analyzer, text, doer):
    events = _events(analyzer, text, "en")
    assert events and events[0].side1 == [doer] and "malian-armed-forces" in events[0].side2, \
        (events[0].side1, events[0].side2)
